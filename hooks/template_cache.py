"""Cache compiled theme templates on disk (.cache/jinja).

Each language is a separate build with its own Jinja environment, so without
this the Material templates are compiled from source twice per build; the
bytecode cache makes both builds, and every later build, reuse them.
"""

from pathlib import Path

from jinja2 import FileSystemBytecodeCache

CACHE = Path(__file__).resolve().parent.parent / ".cache" / "jinja"


def on_env(env, config, files):
    CACHE.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(CACHE))
    return env
