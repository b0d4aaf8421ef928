"""Both languages have the same pages, in the same nav, showing the same
snippets and quoting the same numbers."""

import re

import pytest

from contract import DOCS, LANGS, includes, load_nav, notebook_cells, prose_numbers


def tree(lang):
    root = DOCS / lang
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


PAIRS = [name for name in tree("zh") if name.endswith(".md")]


def test_same_files_in_both_languages():
    assert tree("zh") == tree("en")


def nav_files(node):
    """Page files in nav order, ignoring the (translated) titles."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [f for value in node.values() for f in nav_files(value)]
    return [f for item in node for f in nav_files(item)]


def test_same_nav_in_both_languages():
    zh, en = (nav_files(load_nav(lang)) for lang in LANGS)
    assert zh == en
    assert sorted(zh) == sorted(n for n in tree("zh") if n.endswith((".md", ".ipynb")))


def headings(text):
    return [len(m.group(1)) for m in re.finditer(r"^(#{1,6}) ", text, re.M)]


@pytest.mark.parametrize("name", PAIRS)
def test_page_pair_moves_together(name):
    zh, en = ((DOCS / lang / name).read_text(encoding="utf-8") for lang in LANGS)
    assert includes(zh) == includes(en), "the two languages include different snippets"
    assert prose_numbers(zh) == prose_numbers(en), "the two languages quote different numbers"
    assert headings(zh) == headings(en), "the two languages have different section structure"
    assert zh.count("$$") == en.count("$$"), "the two languages show different display math"


HEADING = re.compile(r"^(#{2,6}) (.+)$", re.M)
FENCED = re.compile(r"^```.*?^```", re.M | re.S)


def heading_ids(text):
    """The explicit id of every section heading outside code, or None where it has none."""
    found = []
    for m in HEADING.finditer(FENCED.sub("", text)):
        ident = re.search(r" \{#([\w-]+)\}$", m[2])
        found.append(ident[1] if ident else None)
    return found


@pytest.mark.parametrize("name", PAIRS)
def test_sections_share_language_neutral_ids(name):
    # One anchor works in both languages, and the switcher can carry it across;
    # a heading renamed in one language keeps its id.
    zh, en = (heading_ids((DOCS / lang / name).read_text(encoding="utf-8")) for lang in LANGS)
    assert None not in zh + en, "a section heading has no {#id}"
    assert zh == en, "the two languages give their sections different ids"


def test_heading_id_check_catches_a_missing_and_a_different_id():
    assert heading_ids("## 二元情形 {#binary-case}\n\n```python\n## not a heading\n```\n### 例子") == [
        "binary-case",
        None,
    ]
    assert heading_ids("## The binary case {#binary}") != heading_ids("## 二元情形 {#binary-case}")


@pytest.mark.parametrize("name", [n for n in tree("zh") if n.endswith(".ipynb")])
def test_notebook_pair_runs_the_same_snippets(name):
    zh, en = ([c["metadata"].get("snippet") for c in notebook_cells(DOCS / lang / name)] for lang in LANGS)
    assert zh == en


def test_same_abbreviations_in_both_languages():
    terms = {
        lang: sorted(
            re.findall(
                r"^\*\[([^\]]+)\]:", (DOCS / "abbreviations" / f"{lang}.md").read_text(encoding="utf-8"), re.M
            )
        )
        for lang in LANGS
    }
    assert terms["zh"] == terms["en"] and terms["zh"]
