"""The glossary's words, and no others: each glossary page ends with a table
of variants the site does not use, and no page's prose may use one.

Prose is a page without its code, formulas, link targets and comments; the
glossary's own tables, which name the variants, are left out too.
"""

import json
import re

import pytest

from layout import DOCS, LANGS, pages

HEADING = {"zh": "## 避免的写法", "en": "## Variants to avoid"}
CUT = re.compile(r"```.*?```|\$\$.*?\$\$|\$[^$\n]*\$|`[^`\n]*`|\]\([^)]*\)|<!--.*?-->", re.S)


def variants(lang):
    """The right-hand column of the glossary's variants table, one entry per variant."""
    text = (DOCS / lang / "reference" / "glossary.md").read_text(encoding="utf-8")
    table = text.split(HEADING[lang], 1)[1]
    rows = [line for line in table.splitlines() if line.startswith("|")][2:]  # after header and rule
    found = [v.strip() for row in rows for v in re.split(r"[,，、]", row.strip("|").split("|")[1])]
    return [v for v in found if v]


def prose(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ipynb":
        cells = json.loads(text)["cells"]
        text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    if path.name == "glossary.md":
        text = "\n".join(line for line in text.splitlines() if not line.startswith("|"))
    return CUT.sub(" ", text)


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
