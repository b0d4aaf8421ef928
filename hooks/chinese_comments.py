"""Chinese pages show each listing with its comments in Chinese.

A listing is a fence whose body is one include of a snippet,
`--8<-- "section/page/name.py"`. In the Chinese build only, on_page_markdown
puts in its place the snippet's source with its comments translated from
the folder's comments.zh.toml (tools/translate_comments.py), line for line
as pymdownx.snippets would have included the file: indented like the
include, the file's final newline kept. pymdownx.snippets then has nothing
to include there, and everything after it (Pygments, the copy button, the
highlight cache) sees the translated source. The English build, outputs and
every other include are left alone.

A comment that needs a translation and has none stays in English, and the
build says so (an INFO line naming the file, the line and the comment, which
`mkdocs serve` shows); tests/test_chinese_comments.py fails on it. It is not a
warning: a strict build would stop on it, and with it every test that needs
the site, for a page whose only fault is an English comment.

Files and catalogues are read afresh in every build: under `mkdocs serve`,
saving a snippet or its catalogue rebuilds the page with it (`watch` in
mkdocs.yml includes snippets/). Tokenizing the snippets and parsing the
catalogues took about 1 s of each build, so the result is remembered in
.cache/chinese_comments.pickle (hooks/build_memo.py), keyed by the file's
source and its catalogue's text, and by this translator's own code;
BUILD_CACHE=off builds without it.
"""

import hashlib
import logging
import re
import sys
import tomllib
from pathlib import Path

from mkdocs.exceptions import PluginError

from build_memo import caching
from build_memo import memo as shared_memo

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
EN_CONFIG = "mkdocs.en.yml"  # as in hooks/english_site.py

sys.path.insert(0, str(ROOT / "tools"))
try:
    import translate_comments
finally:
    sys.path.remove(str(ROOT / "tools"))

VERSIONS = (hashlib.sha256(Path(translate_comments.__file__).read_bytes()).hexdigest(),)
log = logging.getLogger("mkdocs.hooks.chinese_comments")
memo = None  # this build's Memo, in the Chinese build


def chinese(config):
    return Path(config.config_file_path).name != EN_CONFIG


def on_pre_build(config):
    global memo
    memo = shared_memo("chinese_comments", VERSIONS) if chinese(config) and caching() else None


def on_post_build(config):
    if memo is not None:
        memo.save()
        log.info("comment cache: %d hits, %d misses", memo.hits, memo.misses)


# A fence whose body is exactly one include of a .py file, and its closing fence.
LISTING = re.compile(
    r"^(?P<open>(?P<indent>[ \t]*)(?P<ticks>`{3,})[^\n]*\n)"
    r'(?P<space>[ \t]*)--8<--[ \t]+"(?P<path>[^"\n]+\.py)"[ \t]*\n'
    r"(?=(?P=indent)(?P=ticks)[ \t]*$)",
    re.M,
)


def on_page_markdown(markdown, page, config, files):
    if not chinese(config):
        return markdown
    return LISTING.sub(lambda m: _translated(m, page.file.src_uri), markdown)


def translation(source, catalogue_text, catalogue):
    """(translated source, [(line, text) of each comment left untranslated])."""
    try:
        entries = tomllib.loads(catalogue_text)
        text, missing = translate_comments.translation(source, entries)
    except (tomllib.TOMLDecodeError, ValueError) as error:
        raise PluginError(f"snippets/{catalogue.relative_to(SNIPPETS).as_posix()}: {error}") from None
    return text, [(c.line, c.text) for c in missing]


def _translated(m, page):
    path = SNIPPETS / m.group("path")
    if not path.is_file():
        return m.group(0)  # pymdownx.snippets (check_paths) reports it
    source = path.read_text(encoding="utf-8")
    catalogue = path.parent / translate_comments.CATALOGUE
    catalogue_text = catalogue.read_text(encoding="utf-8") if catalogue.is_file() else ""
    compute = lambda: translation(source, catalogue_text, catalogue)  # noqa: E731
    text, missing = compute() if memo is None else memo.get(repr((source, catalogue_text)), compute)
    for line, comment in missing:
        log.info(
            "%s: snippets/%s:%d has a comment with no Chinese in %s: %r",
            page,
            m.group("path"),
            line,
            f"snippets/{catalogue.relative_to(SNIPPETS).as_posix()}",
            comment,
        )
    if text == source:
        return m.group(0)
    # What pymdownx.snippets makes of an include: each line of the file
    # (a final newline gives a last, empty one) after the include's indent.
    space = m.group("space").expandtabs(4)
    return m.group("open") + "\n".join(space + line for line in text.split("\n")) + "\n"
