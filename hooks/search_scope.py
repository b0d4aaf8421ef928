"""Keep code blocks and their outputs out of the search index, and give it
each formula as text a reader can read.

Material's search worker downloads the whole index on every page, so its
size counts towards every page's weight; code and recorded outputs were most
of it. Prose, headings and inline code stay searchable. Material's search
parser skips any element marked data-search-exclude.

It still walks every tag inside such an element, and highlighted code is
most of a page's tags, so while the search plugin reads the page, each
excluded block is swapped for an empty placeholder and put back right after.
That also keeps a notebook's code cells out whole: Material's parser stops
skipping an excluded element at the first </div> nested in it, so the
prompt, the copy button's text and the plain-text copy of the code that
mkdocs-jupyter writes into each cell were indexed.

Formulas are still TeX at this point (hooks/katex_render.py typesets them
after search has read the page). For the index, each one is swapped for a
readable form (hooks/tex_text.py: "H(p, q) = −Σ p log q", sub- and
superscripts kept) and put back too, so a result's preview reads as the
sentence it came from instead of losing its formulas, and a search for
"softmax" or "log" finds the formula that holds it. A command tex_text.py
does not know comes out as its name, and the build log names it.

A notebook page has no front matter, so this hook gives it the search boost
the other pages set in theirs (`search: boost:`): NOTEBOOK_BOOST, since it
repeats the page it accompanies, which should rank first.

Each formula's text is cached in .cache/search-text.pickle, keyed by
tex_text.py's source; BUILD_CACHE=off builds without it.

Only the placeholders are touched: whatever other plugins change in between
stays (Material's search itself strips every data-search-*="..." attribute,
so the placeholders are named otherwise).

Both steps fail the build when a pattern stops matching what pymdownx or
mkdocs-jupyter write (a <pre> outside an excluded element, a placeholder
gone missing), instead of quietly indexing code or losing it.
"""

import hashlib
import html
import logging
import re
from pathlib import Path

import tex_text
from katex_render import ARITHMATEX, CODE, DOLLARS, NOTEBOOK_MARKDOWN
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority

from build_memo import caching
from build_memo import memo as shared_memo

log = logging.getLogger("mkdocs.hooks.search_scope")
NOT_PROSE = re.compile(r'<(div|span) class="([^"]*\bhighlight\b[^"]*|jp-Cell jp-CodeCell[^"]*)"')
PRE = re.compile(r"<pre\b(?! data-code-placeholder).*?</pre>", re.S)
PLACEHOLDER = '<pre data-code-placeholder="{}"></pre>'
PLACEHOLDERS = re.compile(r'<pre data-code-placeholder="(\d+)"></pre>')
MATH_PLACEHOLDER = '<{tag} data-math-placeholder="{n}">{text}</{tag}>'
MATH_PLACEHOLDERS = re.compile(r'<(span|div) data-math-placeholder="(\d+)">.*?</\1>', re.S)
# Each formula's text is kept in .cache/search-text.pickle (build_memo.py),
# keyed by tex_text.py's source: both languages and every rebuild reuse it.
TEXT_VERSION = (hashlib.sha256(Path(tex_text.__file__).read_bytes()).hexdigest(),)
texts = None  # this build's Memo, or None with BUILD_CACHE=off
# A notebook page repeats the page it accompanies, which should rank first.
NOTEBOOK_BOOST = 0.25
# A <pre> is block content: it can sit in an excluded <div>, never in a
# <span>, so only div and pre tags are followed (Pygments writes thousands
# of spans a page).
TAG = re.compile(r"<(/?)(div|pre)\b([^>]*)>")
hidden = {}  # page src_uri -> (its <pre> blocks, its formulas) while the search plugin reads it


def on_pre_build(config):
    global texts
    texts = shared_memo("search-text", TEXT_VERSION) if caching() else None


def readable(tex):
    """(the text of a formula, the commands tex_text.py did not know in it)."""

    def compute():
        convert = tex_text.Text()
        return convert(tex), sorted(convert.unknown)

    return texts.get(tex, compute) if texts is not None else compute()


def on_post_build(config):
    if texts is not None:
        texts.save()


def excluded_blocks(html):
    """The (start, end) of each outermost <div data-search-exclude> element."""
    stack, spans = [], []  # stack: (excluded, start) of open div elements
    for m in TAG.finditer(html):
        closing, tag, attrs = m.groups()
        if tag == "pre":
            continue
        if not closing:
            if not attrs.rstrip().endswith("/"):
                excluded = "data-search-exclude" in attrs and not any(e for e, _ in stack)
                stack.append((excluded, m.start()))
        elif stack:
            excluded, start = stack.pop()
            if excluded:
                spans.append((start, m.end()))
    return spans


def unexcluded_pre(html):
    """How many <pre> blocks sit outside every data-search-exclude element."""
    stack, count = [], 0  # stack: (tag, excluded) of open div elements
    for m in TAG.finditer(html):
        closing, tag, attrs = m.groups()
        excluded = any(e for _, e in stack)
        if tag == "pre":
            count += not closing and not excluded
        elif closing:
            while stack and stack.pop()[0] != tag:
                pass
        elif not attrs.rstrip().endswith("/"):
            stack.append((tag, "data-search-exclude" in attrs))
    return count


def on_page_content(html, page, config, files):
    html = NOT_PROSE.sub(r'<\1 class="\2" data-search-exclude', html)
    if unexcluded_pre(html):
        raise PluginError(
            f"{page.file.src_uri}: a <pre> block is outside every element "
            "hooks/search_scope.py marks data-search-exclude; update NOT_PROSE "
            "for what pymdownx or mkdocs-jupyter now write"
        )
    return html


@event_priority(100)  # before Material's search plugin (priority 0)
def _hide_code_from_search(context, page, config, nav):
    blocks, formulas = hidden[page.file.src_uri] = [], []
    unknown = set()
    if page.file.src_uri.endswith(".ipynb"):  # a notebook has no front matter to say it
        page.meta.setdefault("search", {}).setdefault("boost", NOTEBOOK_BOOST)

    def as_text(source, tex, display):
        formulas.append(source)
        text, commands = readable(html.unescape(tex).strip())
        unknown.update(commands)
        return MATH_PLACEHOLDER.format(tag="div" if display else "span", n=len(formulas) - 1, text=text)

    def stash(match):
        blocks.append(match.group(0))
        return PLACEHOLDER.format(len(blocks) - 1)

    content, end = [], 0
    for start, stop in excluded_blocks(page.content):
        content += [page.content[end:start], PLACEHOLDER.format(len(blocks))]
        blocks.append(page.content[start:stop])
        end = stop
    content = "".join(content) + page.content[end:]
    content = PRE.sub(stash, content)  # any <pre> left outside them (on_page_content allows none)
    content = ARITHMATEX.sub(lambda m: _formula(m, as_text), content)
    if page.file.src_uri.endswith(".ipynb"):  # markdown cells keep $...$ until katex_render.py
        content = NOTEBOOK_MARKDOWN.sub(lambda m: m[1] + _dollars_as_text(m[2], as_text) + m[3], content)
    page.content = content
    if unknown:
        log.info(
            "%s: tex_text.py does not know %s; search shows it by name",
            page.file.src_uri,
            ", ".join(sorted(unknown)),
        )
    return context


def _formula(match, as_text):
    """A match of ARITHMATEX or DOLLARS, as as_text(source, tex, display) gives it.
    Punctuation ARITHMATEX takes along after the formula (its `after` group) stays text."""
    display = match["display"] is not None
    after = match.groupdict().get("after") or ""
    source = match[0][: len(match[0]) - len(after)]
    return as_text(source, match["display"] if display else match["inline"], display) + after


def _dollars_as_text(cell, as_text):
    parts = CODE.split(cell)  # text, code, tag name, text, ...
    for i in range(0, len(parts), 3):
        parts[i] = DOLLARS.sub(lambda m: _formula(m, as_text), parts[i])
    return "".join(p for i, p in enumerate(parts) if i % 3 != 2)


@event_priority(-100)  # after it: the page is rendered in full
def _restore_code(context, page, config, nav):
    blocks, formulas = hidden.pop(page.file.src_uri)
    restored, formulas_back = set(), set()

    def put_back(match):
        restored.add(int(match.group(1)))
        return blocks[int(match.group(1))]

    def put_formula_back(match):
        formulas_back.add(int(match.group(2)))
        return formulas[int(match.group(2))]

    page.content = PLACEHOLDERS.sub(put_back, page.content)
    page.content = MATH_PLACEHOLDERS.sub(put_formula_back, page.content)
    if restored != set(range(len(blocks))):
        raise PluginError(
            f"{page.file.src_uri}: {len(blocks) - len(restored)} code blocks "
            "hidden from search were lost before hooks/search_scope.py put them back"
        )
    if formulas_back != set(range(len(formulas))):
        raise PluginError(
            f"{page.file.src_uri}: {len(formulas) - len(formulas_back)} formulas "
            "shown to search as text were lost before hooks/search_scope.py put them back"
        )
    return context


on_page_context = CombinedEvent(_hide_code_from_search, _restore_code)
