"""Compile the theme's templates once, not in every build.

Each language is its own MkDocs build with its own Jinja environment, so
without a cache Material's templates are compiled from source twice per
build, and again in the next one. on_env hands this hook the environment;
Jinja's FileSystemBytecodeCache (a documented Jinja feature) keeps the
compiled templates in .cache/jinja, keyed by each template's name and
checked against its source. BUILD_CACHE=off builds without it.
"""

from pathlib import Path

from jinja2 import FileSystemBytecodeCache

from build_memo import caching

CACHE = Path(__file__).resolve().parent.parent / ".cache" / "jinja"


def on_env(env, config, files):
    if caching():
        CACHE.mkdir(parents=True, exist_ok=True)
        env.bytecode_cache = FileSystemBytecodeCache(str(CACHE))
    return env
