"""Tables a phone can read.

Material breaks inline code anywhere (`word-break: break-word`), so in a narrow
column a function name came out as `xent.cros|s_entropy`. This hook gives
every table that Python-Markdown writes:

- a line-break opportunity, <wbr>, after each `.` and `_` inside a name in
  inline code (`xent.` `cross_` `entropy`), and nowhere else; the stylesheet
  (docs/assets/stylesheets/tables-notebooks.css) forbids breaks anywhere else
  in code in a table. <wbr> adds no character, so a name copied from the page
  stays whole, and Material's search index drops it;
- data-label="<its column's heading>" on every data cell, which the
  stylesheet shows in front of each cell when a table wrapped in
  `<div class="table-cards" markdown>` becomes one card per row on a narrow
  screen.
"""

import re
from html import escape, unescape

TABLE = re.compile(r"<table>(.*?)</table>", re.S)  # Python-Markdown writes <table> bare
HEADING = re.compile(r"<th\b[^>]*>(.*?)</th>", re.S)
ROW = re.compile(r"<tr>(.*?)</tr>", re.S)
CELL = re.compile(r"<td\b")
CODE = re.compile(r"(<code\b[^>]*>)(.*?)(</code>)", re.S)
TAG = re.compile(r"(<[^>]+>)")
# After a dot or an underscore that joins two parts of a name: not in a
# number (0.5), not before another underscore (__init__ keeps its run).
JOINT = re.compile(r"(?<=[A-Za-z0-9])([._])(?=[A-Za-z])")


def text_of(fragment):
    return re.sub(r"\s+", " ", unescape(TAG.sub("", fragment))).strip()


def breakable(code):
    """Inline code with <wbr> after each joint of a name; tags left alone."""
    return "".join(part if part.startswith("<") else JOINT.sub(r"\1<wbr>", part) for part in TAG.split(code))


def labelled(body, labels):
    def row(match):
        cells = iter(labels)
        return CELL.sub(lambda m: f'<td data-label="{escape(next(cells, ""))}"', match[0])

    return ROW.sub(row, body)


def readable(table):
    body = table[1]
    head, sep, rows = body.partition("</thead>")
    if sep:
        body = head + sep + labelled(rows, [text_of(h) for h in HEADING.findall(head)])
    body = CODE.sub(lambda m: m[1] + breakable(m[2]) + m[3], body)
    return f"<table>{body}</table>"


def on_page_content(html, page, config, files):
    return TABLE.sub(readable, html)
