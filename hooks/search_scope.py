"""Keep code blocks, their outputs and TeX source out of the search index.

Material's search worker downloads the whole index on every page, so its
size counts towards every page's weight; code and recorded outputs were most
of it. Prose, headings and inline code stay searchable. Material's search
parser skips any element marked data-search-exclude.

It still walks every tag inside such an element, and highlighted code is
most of a page's tags, so while the search plugin reads the page it sees the
page without its <pre> blocks (all of them sit in excluded elements, so the
index is the same); the full page is put back before it is rendered.
"""

import re

from mkdocs.plugins import CombinedEvent, event_priority

NOT_PROSE = re.compile(r'<(div|span) class="([^"]*\bhighlight\b[^"]*|jp-Cell jp-CodeCell[^"]*|arithmatex)"')
PRE = re.compile(r"<pre\b.*?</pre>", re.S)


def on_page_content(html, page, config, files):
    return NOT_PROSE.sub(r'<\1 class="\2" data-search-exclude', html)


@event_priority(100)  # before Material's search plugin (priority 0)
def _hide_code_from_search(context, page, config, nav):
    page.full_content = page.content
    page.content = PRE.sub("", page.content)
    return context


@event_priority(-100)  # after it: the page is rendered in full
def _restore_code(context, page, config, nav):
    page.content = page.full_content
    return context


on_page_context = CombinedEvent(_hide_code_from_search, _restore_code)
