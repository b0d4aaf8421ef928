"""Keep code blocks, their outputs and TeX source out of the search index.

Material's search worker downloads the whole index on every page, so its
size counts towards every page's weight; code and recorded outputs were most
of it. Prose, headings and inline code stay searchable. Material's search
parser skips any element marked data-search-exclude.
"""

import re

NOT_PROSE = re.compile(r'<(div|span) class="([^"]*\bhighlight\b[^"]*|jp-Cell jp-CodeCell[^"]*|arithmatex)"')


def on_page_content(html, page, config, files):
    return NOT_PROSE.sub(r'<\1 class="\2" data-search-exclude', html)
