"""A dict from key to output, loaded from and saved to .cache/<name>.pickle,
and the one switch that turns every build cache off.

Not a hook: hooks import it by name (MkDocs puts hooks/ on sys.path while it
loads them), so the one instance per name is shared by the Chinese build and
the English build that runs inside it, although MkDocs loads each hook module
afresh for each.
"""

import os
import pickle
from pathlib import Path

CACHE_DIR = Path(__file__).resolve().parent.parent / ".cache"
_memos = {}


class Memo:
    def __init__(self, name, versions):
        self.path = CACHE_DIR / f"{name}.pickle"
        self.versions = versions
        stored = pickle.loads(self.path.read_bytes()) if self.path.exists() else {}
        self.entries = stored.get("entries", {}) if stored.get("versions") == versions else {}
        self.used, self.hits, self.misses = {}, 0, 0

    def get(self, key, compute):
        if key in self.entries:
            self.hits += 1
        else:
            self.misses += 1
            self.entries[key] = compute()
        self.used[key] = self.entries[key]
        return self.used[key]

    def save(self):
        """Keep only the entries used since the process started."""
        CACHE_DIR.mkdir(exist_ok=True)
        self.path.write_bytes(pickle.dumps({"versions": self.versions, "entries": self.used}))


def caching():
    """False when BUILD_CACHE=off: the build caches neither read nor write, so
    tests/test_hooks.py can compare the site built with and without them."""
    return os.environ.get("BUILD_CACHE") != "off"


def memo(name, versions):
    """The process's Memo for name (created on first use)."""
    if name not in _memos or _memos[name].versions != versions:
        _memos[name] = Memo(name, versions)
    return _memos[name]
