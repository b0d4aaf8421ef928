"""Keep code blocks, their outputs and TeX source out of the search index.

Material's search worker downloads the whole index on every page, so its
size counts towards every page's weight; code and recorded outputs were most
of it. Prose, headings and inline code stay searchable. Material's search
parser skips any element marked data-search-exclude.

It still walks every tag inside such an element, and highlighted code is
most of a page's tags, so while the search plugin reads the page, each <pre>
block is swapped for an empty placeholder (all of them sit in excluded
elements, so the index is the same) and put back right after. Only the
placeholders are touched: whatever other plugins change in between stays
(Material's search itself strips every data-search-*="..." attribute, so the
placeholder is named otherwise).

Both steps fail the build when a pattern stops matching what pymdownx or
mkdocs-jupyter write (a <pre> outside an excluded element, a placeholder
gone missing), instead of quietly indexing code or losing it.
"""

import re

from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority

NOT_PROSE = re.compile(r'<(div|span) class="([^"]*\bhighlight\b[^"]*|jp-Cell jp-CodeCell[^"]*|arithmatex)"')
PRE = re.compile(r"<pre\b.*?</pre>", re.S)
PLACEHOLDER = '<pre data-code-placeholder="{}"></pre>'
PLACEHOLDERS = re.compile(r'<pre data-code-placeholder="(\d+)"></pre>')
# A <pre> is block content: it can sit in an excluded <div>, never in a
# <span>, so only div and pre tags are followed (Pygments writes thousands
# of spans a page).
TAG = re.compile(r"<(/?)(div|pre)\b([^>]*)>")
hidden = {}  # page src_uri -> its <pre> blocks while the search plugin reads it


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
    blocks = hidden[page.file.src_uri] = []

    def stash(match):
        blocks.append(match.group(0))
        return PLACEHOLDER.format(len(blocks) - 1)

    page.content = PRE.sub(stash, page.content)
    return context


@event_priority(-100)  # after it: the page is rendered in full
def _restore_code(context, page, config, nav):
    blocks = hidden.pop(page.file.src_uri)
    restored = set()

    def put_back(match):
        restored.add(int(match.group(1)))
        return blocks[int(match.group(1))]

    page.content = PLACEHOLDERS.sub(put_back, page.content)
    if restored != set(range(len(blocks))):
        raise PluginError(
            f"{page.file.src_uri}: {len(blocks) - len(restored)} code blocks "
            "hidden from search were lost before hooks/search_scope.py put them back"
        )
    return context


on_page_context = CombinedEvent(_hide_code_from_search, _restore_code)
