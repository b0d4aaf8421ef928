"""Theme templates, cheaper: compiled once, listed without Material's icons.

- Each language is a separate build with its own Jinja environment, so without
  a cache the Material templates are compiled from source twice per build; the
  bytecode cache in .cache/jinja makes both builds, and every later build,
  reuse them.
- To collect the theme's static files, MkDocs lists every file under the theme
  folders and then drops each name with a part that starts with "." (its
  patterns ".*" and "*/.*"). Material's .icons folder alone holds about 14,500
  SVGs, so listing them cost about 0.15 s per language. The loader here does
  not descend into such folders; MkDocs collects the same files
  (tests/test_hooks.py) and templates still include icons by name.
"""

import os
from pathlib import Path

from jinja2 import FileSystemBytecodeCache, FileSystemLoader

CACHE = Path(__file__).resolve().parent.parent / ".cache" / "jinja"


class NoHiddenFoldersLoader(FileSystemLoader):
    def list_templates(self):
        found = set()
        for searchpath in self.searchpath:
            for dirpath, dirnames, filenames in os.walk(searchpath, followlinks=self.followlinks):
                dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                rel = os.path.relpath(dirpath, searchpath)
                for name in filenames:
                    found.add(name if rel == "." else f"{rel}/{name}".replace(os.sep, "/"))
        return sorted(found)


def on_config(config):
    stock_get_env = config.theme.get_env

    def get_env():
        env = stock_get_env()
        loader = env.loader
        env.loader = NoHiddenFoldersLoader(loader.searchpath, loader.encoding, loader.followlinks)
        return env

    config.theme.get_env = get_env
    return config


def on_env(env, config, files):
    CACHE.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(CACHE))
    return env
