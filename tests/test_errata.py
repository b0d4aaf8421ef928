"""The errata page keeps its own books: errata ordered by article, each listed
once in the table at the top with its kind, and the counts in the opening
paragraph equal to the table's. Both languages list the same errata.
"""

import re
from collections import Counter

import pytest

from layout import DOCS, LANGS

KINDS = {
    "en": {"wrong number": "number", "outdated code": "code", "wrong claim": "claim"},
    "zh": {"数字错误": "number", "过时的代码": "code", "说法错误": "claim"},
}
# All errata, wrong numbers, outdated code and wrong claims; then the passages found correct.
COUNTS = {
    "en": r"lists (\d+) errata: (\d+) wrong numbers, (\d+) pieces of outdated code .*?"
    r", and (\d+) wrong claims"
    r".*?The (\d+) passages",
    "zh": r"共列出 (\d+) 处错误：数字错误 (\d+) 处，过时的代码 (\d+) 处，说法错误 (\d+) 处"
    r".*?核对无误的 (\d+) 处",
}
HEADING = re.compile(r"^### (.+?) \{#([ec])(\d{3})-[\w-]+\}$", re.M)
ROW = re.compile(r"^\| (\d{3}) \| \[(.+)\]\(#(e\d{3}-[\w-]+)\) \| (.+?) \|$", re.M)


def page(lang):
    return (DOCS / lang / "reference" / "sources.md").read_text(encoding="utf-8")


def entries(text):
    """(id, title, article it sits under) of every ### heading, in order."""
    found, article = [], None
    for line in text.splitlines():
        if m := re.match(r"^## (\d{3})[:：]", line):
            article = m[1]
        elif m := HEADING.match(line):
            found.append((line.split("{#")[1].rstrip("}"), m[1], article))
    return found


def table(text, lang):
    return [(ident, title, KINDS[lang].get(kind, kind)) for _, title, ident, kind in ROW.findall(text)]


def problems(text, lang):
    found = []
    heads = entries(text)
    articles = [article for _, _, article in heads]
    if articles != sorted(articles):
        found.append("errata are not ordered by article")
    for ident, _, article in heads:
        if ident[1:4] != article:
            found.append(f"{ident} sits under article {article}")
    errata = [(ident, title) for ident, title, _ in heads if ident.startswith("e")]
    rows = table(text, lang)
    if [(ident, title) for ident, title, _ in rows] != errata:
        found.append("the table does not list the errata headings, in order")
    kinds = Counter(kind for _, _, kind in rows)
    if set(kinds) - {"number", "code", "claim"}:
        found.append(f"unknown kinds {sorted(set(kinds) - {'number', 'code', 'claim'})}")
    m = re.search(COUNTS[lang], text, re.S)
    checked = sum(ident.startswith("c") for ident, _, _ in heads)
    if not m:
        found.append("no counts in the opening paragraph")
    elif [int(n) for n in m.groups()] != [len(rows), kinds["number"], kinds["code"], kinds["claim"], checked]:
        found.append(f"counts {m.groups()} disagree with the table")
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_errata_page_keeps_its_books(lang):
    assert problems(page(lang), lang) == []


def test_both_languages_list_the_same_errata_with_the_same_kinds():
    def books(lang):
        return [(ident, kind) for ident, _, kind in table(page(lang), lang)]

    assert books("zh") == books("en")
    assert [i for i, _, _ in entries(page("zh"))] == [i for i, _, _ in entries(page("en"))]


@pytest.mark.parametrize("lang", LANGS)
def test_errata_check_catches_a_wrong_count_a_missing_row_and_a_misplaced_entry(lang):
    text = page(lang)
    row = ROW.search(text)[0]
    assert (
        problems(text.replace(row + "\n", ""), lang)[0]
        == "the table does not list the errata headings, in order"
    )
    m = re.search(COUNTS[lang], text, re.S)
    wrong = text[: m.start(2)] + str(int(m[2]) + 1) + text[m.end(2) :]
    assert problems(wrong, lang)[-1].endswith("disagree with the table")
    first = HEADING.search(text)[0]
    moved = text.replace(first, first.replace("#e000-", "#e004-"))
    assert "sits under article 000" in " ".join(problems(moved, lang))
