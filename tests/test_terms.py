"""The glossary's words and letters, and no others: each glossary page ends
with a table of variants the site does not use, and no page's prose may use
one; its notation table names formulas no page may write.

Prose is a page without its code, formulas, link targets and comments; the
glossary's own tables, which name the variants, are left out too.
"""

import json
import re

import pytest

from layout import DOCS, LANGS, pages

HEADING = {"zh": "## 避免的写法", "en": "## Variants to avoid"}
NOTATION = {"zh": "## 记号", "en": "## Notation"}
MATH = re.compile(r"\$\$(.*?)\$\$|\$([^$\n]*)\$", re.S)
CUT = re.compile(r"```.*?```|\$\$.*?\$\$|\$[^$\n]*\$|`[^`\n]*`|\]\([^)]*\)|<!--.*?-->", re.S)


def variants(lang):
    """The right-hand column of the glossary's variants table, one entry per variant."""
    text = (DOCS / lang / "reference" / "glossary.md").read_text(encoding="utf-8")
    table = text.split(HEADING[lang], 1)[1]
    rows = [line for line in table.splitlines() if line.startswith("|")][2:]  # after header and rule
    found = [v.strip() for row in rows for v in re.split(r"[,，、]", row.strip("|").split("|")[1])]
    return [v for v in found if v]


def markdown(path):
    """A page's Markdown (a notebook's markdown cells); the glossary without its tables,
    which name the variants and the letters the other pages must not use."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ipynb":
        cells = json.loads(text)["cells"]
        text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    if path.name == "glossary.md":
        text = "\n".join(line for line in text.splitlines() if not line.startswith("|"))
    return text


def prose(path):
    return CUT.sub(" ", markdown(path))


def uses(text, variant):
    # Latin variants match as whole words, in any case; Chinese ones anywhere.
    if re.search(r"[A-Za-z]", variant):
        return re.search(rf"(?<![\w-]){re.escape(variant)}(?![\w-])", text, re.I) is not None
    return variant in text


def banned(text, lang):
    return sorted({v for v in variants(lang) if uses(text, v)})


PAGES = [(lang, DOCS / lang / page) for lang in LANGS for page in pages(lang)]


@pytest.mark.parametrize("lang, path", PAGES, ids=[p.relative_to(DOCS).as_posix() for _, p in PAGES])
def test_page_uses_no_variant_the_glossary_rules_out(lang, path):
    assert banned(prose(path), lang) == []


def test_each_glossary_names_its_variants():
    assert {"学习减速", "one-hot"} <= set(variants("zh"))
    assert {"cross entropy", "one hot", "onehot", "learning slow-down"} <= set(variants("en"))


def test_variant_check_catches_prose_but_not_code_or_math():
    assert banned("在学习减速实验中，目标是 one-hot 向量。", "zh") == ["one-hot", "学习减速"]
    assert banned("The Cross entropy of a one hot label.", "en") == ["cross entropy", "one hot"]
    clean = CUT.sub(
        " ", "独热目标 `F.one_hot(t)` 与 $y_{\\text{one-hot}}$，cross-entropy 与 [链接](one-hot.md)"
    )
    assert banned(clean, "zh") == [] and banned("cross-entropy, one-hot, learning slowdown", "en") == []


def notation_rows(lang):
    text = (DOCS / lang / "reference" / "glossary.md").read_text(encoding="utf-8")
    table = text.split(NOTATION[lang], 1)[1].split("\n## ", 1)[0]
    return [line for line in table.splitlines() if line.startswith("|")]


def squeeze(formula):
    return re.sub(r"\s+", "", formula)


def notation_variants(lang):
    """The formulas in the notation table's last column, without spaces."""
    edge = r"(?<!\\)\|"  # an escaped \| inside a formula is no cell edge
    cells = [re.split(edge, row.strip("|"))[-1] for row in notation_rows(lang)[2:]]
    return [squeeze(a or b) for cell in cells for a, b in MATH.findall(cell.replace("\\|", "|"))]


def formulas(path):
    return [squeeze(a or b).replace("\\|", "|") for a, b in MATH.findall(markdown(path))]


def off_notation(found, lang):
    return sorted({v for v in notation_variants(lang) for f in found if v in f})


@pytest.mark.parametrize("lang, path", PAGES, ids=[p.relative_to(DOCS).as_posix() for _, p in PAGES])
def test_page_formulas_use_the_site_notation(lang, path):
    assert off_notation(formulas(path), lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_notation_check_catches_the_old_letters(lang, tmp_path):
    page = tmp_path / "page.md"
    old = "$$a = \\sigma(z)$$ and $H(y, p) = -\\sum_j y_j \\log p_j$, $D_{KL}(y \\| p)$"
    page.write_text(old, encoding="utf-8")
    assert off_notation(formulas(page), lang) == ["D_{KL}(y|p)", "H(y,p)", "a=\\sigma(z)"]


def test_contributing_shows_the_glossary_notation():
    contributing = (DOCS.parent / "CONTRIBUTING.md").read_text(encoding="utf-8")
    rows = [line.strip() for line in contributing.splitlines() if line.strip().startswith("| $")]
    assert rows == notation_rows("en")[2:]
    assert len(notation_rows("zh")) == len(notation_rows("en"))


def headings_with_formulas(text):
    """Headings holding $...$: the table of contents and search show them as raw TeX."""
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    return [line for line in text.splitlines() if re.match(r"#{1,6} ", line) and MATH.search(line)]


@pytest.mark.parametrize("lang, path", PAGES, ids=[p.relative_to(DOCS).as_posix() for _, p in PAGES])
def test_no_heading_holds_a_formula(lang, path):
    assert headings_with_formulas(markdown(path)) == []


def test_heading_check_catches_a_formula():
    page = "## Two cases\n\n### The gradient $a - y$ {#grad}\n\n```python\n# $not a heading$\n```\n"
    assert headings_with_formulas(page) == ["### The gradient $a - y$ {#grad}"]
