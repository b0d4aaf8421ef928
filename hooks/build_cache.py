"""Remember the two slowest pure steps of a build, across languages and builds.

- Pygments highlighting (through pymdownx.highlight's Highlight.highlight):
  both languages show the same snippets, and a rebuild shows mostly the code
  the last one did, yet every block was re-tokenised; about a quarter of a build.
- jieba's segmentation of Chinese text for the search index (jieba.cut):
  jieba's first use loads a 500,000-entry dictionary, about 0.8 s. Material
  loads our user dictionary when it starts, which forces that load, so the
  user dictionary is applied just before the first text jieba really has to cut.

Each cache maps everything its output depends on to that output, lives in
.cache/<name>.pickle keyed by the library versions (and the user dictionary's
content), and keeps only the entries used since the process started.
"""

import hashlib
import pickle
from importlib.metadata import version
from pathlib import Path

import jieba
from pymdownx.highlight import Highlight

ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = ROOT / ".cache"
USER_DICT = ROOT / "hooks" / "jieba_user_dict.txt"


class Memo:
    """A dict from key to output, loaded from and saved to .cache/<name>.pickle."""

    def __init__(self, name, versions):
        self.path = CACHE_DIR / f"{name}.pickle"
        self.versions = versions
        stored = pickle.loads(self.path.read_bytes()) if self.path.exists() else {}
        self.entries = stored.get("entries", {}) if stored.get("versions") == versions else {}
        self.saved = set(self.entries)
        self.used = {}

    def get(self, key, compute):
        if key not in self.entries:
            self.entries[key] = compute()
        self.used[key] = self.entries[key]
        return self.used[key]

    def save(self):
        if set(self.used) != self.saved:
            CACHE_DIR.mkdir(exist_ok=True)
            self.path.write_bytes(pickle.dumps({"versions": self.versions, "entries": self.used}))
            self.saved = set(self.used)


def cached_highlight(highlight):
    memo = Memo("highlight", (version("pygments"), version("pymdown-extensions")))
    not_settings = {"md", "extend_pygments_lang"}  # the rest of vars(self) is configuration

    def wrapper(self, src, language, *args, **kwargs):
        if self.auto_title or self.title_mode == "html":  # output would depend on self.md
            return highlight(self, src, language, *args, **kwargs)
        settings = sorted((k, repr(v)) for k, v in vars(self).items() if k not in not_settings)
        key = repr((src, language, args, sorted(kwargs.items()), settings))
        return memo.get(key, lambda: highlight(self, src, language, *args, **kwargs))

    wrapper.memo, wrapper.original = memo, highlight
    return wrapper


def cached_cut(cut, load_userdict):
    user_dict = hashlib.sha256(USER_DICT.read_bytes()).hexdigest()
    memo = Memo("jieba", (version("jieba"), user_dict))
    pending = []  # user dictionaries not yet loaded into jieba

    def defer_userdict(path):
        if Path(path).resolve() != USER_DICT:
            raise ValueError(f"hooks/build_cache.py keys jieba's cache on {USER_DICT}, not {path}")
        pending.append(path)

    def wrapper(text, *args, **kwargs):
        def compute():
            while pending:
                load_userdict(pending.pop())
            return list(cut(text, *args, **kwargs))
        return memo.get(repr((text, args, sorted(kwargs.items()))), compute)

    wrapper.memo, wrapper.original = memo, cut
    return wrapper, defer_userdict


# Each language's build loads this module again; patch once per process.
if not hasattr(Highlight.highlight, "memo"):
    Highlight.highlight = cached_highlight(Highlight.highlight)
    jieba.cut, jieba.load_userdict = cached_cut(jieba.cut, jieba.load_userdict)


def on_post_build(config):
    Highlight.highlight.memo.save()
    jieba.cut.memo.save()
