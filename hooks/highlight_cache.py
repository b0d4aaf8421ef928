"""Remember Pygments' HTML for each code block, across languages and builds.

Both languages show the same snippets, and a rebuild shows mostly the code
the last one did, yet every block was tokenised again; caching it makes a
warm build about 2 s faster here (see CONTRIBUTING.md, "Performance").

No library is patched. pymdownx.superfences and pymdownx.inlinehilite ask
each registered Markdown extension for its highlighter class
(get_pymdownx_highlighter); this hook puts, in place of pymdownx.highlight in
this build's extension list, a subclass of its extension whose highlighter is
a subclass of Highlight that looks a block up before calling Pygments. Other
Markdown instances in the process are untouched.

A block's key is everything its HTML is computed from: the source, the
arguments of highlight() and every setting the highlighter was created with.
Blocks whose HTML depends on more than that (auto titles, HTML titles) and
inline code skip the cache. Entries live in .cache/highlight.pickle, keyed
by the versions of Pygments and pymdown-extensions, and only those used by
the last build are kept. BUILD_CACHE=off builds without it;
tests/test_hooks.py compares both builds byte for byte.
"""

import logging
from importlib.metadata import version

from pymdownx.highlight import Highlight, HighlightExtension

from build_memo import caching
from build_memo import memo as shared_memo

VERSIONS = (version("pygments"), version("pymdown-extensions"))
log = logging.getLogger("mkdocs.hooks.highlight_cache")
memo = None  # this build's Memo (shared with the other language's build)


class CachedHighlight(Highlight):
    def __init__(self, md, **settings):
        super().__init__(md, **settings)
        self.settings_key = repr(sorted(settings.items()))

    def highlight(self, src, language, *args, **kwargs):
        if kwargs.get("inline") or self.auto_title or self.title_mode == "html":
            return super().highlight(src, language, *args, **kwargs)
        key = repr((self.settings_key, src, language, args, sorted(kwargs.items())))
        return memo.get(key, lambda: super(CachedHighlight, self).highlight(src, language, *args, **kwargs))


class CachedHighlightExtension(HighlightExtension):
    def get_pymdownx_highlighter(self):
        return CachedHighlight


def on_config(config):
    global memo
    if not caching():
        return config
    memo = shared_memo("highlight", VERSIONS)
    extensions = config.markdown_extensions
    if "pymdownx.highlight" not in extensions:
        raise ValueError(
            "hooks/highlight_cache.py stands in for pymdownx.highlight, which mkdocs.yml must list"
        )
    settings = config.mdx_configs.pop("pymdownx.highlight", {})
    extensions[extensions.index("pymdownx.highlight")] = CachedHighlightExtension(**settings)
    return config


def on_post_build(config):
    if memo is not None:
        memo.save()
        log.info("highlight cache: %d hits, %d misses", memo.hits, memo.misses)
