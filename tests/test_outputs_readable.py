"""A recorded output a reader can read: it fits the content column of a
desktop, and a Chinese page shows no English sentences in it.

- Width: no line of an output shown on a page is longer than
  OUTPUT_COLUMNS characters, the number of monospace characters that fit in
  an output block at 1280 px (measured in Chromium by
  test_output_columns_fit_a_desktop_column). On a phone a wider output
  scrolls inside its own box, as every listing does.
- Words: the same outputs appear on the Chinese and the English page, so
  their labels are neutral: symbols, numbers, and words that are code (a
  name in the snippet's own source, or in NEUTRAL). A line quoting what a
  library said (`ValueError: ...`, `UserWarning: ...`) is the library's text
  and is exempt.
"""

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest

from chromium import guarded_context, open_page
from contract import LANGS, ROOT, SNIPPETS, includes, notebook_cells, notebooks, pages

OUTPUT_COLUMNS = 80

# Words that are code or notation in either language, by kind.
NEUTRAL = {
    # units and standard abbreviations
    "bits", "nats", "KB", "MB", "ms", "MSE", "CE", "BCE", "NLL", "KL", "D_KL", "ECE", "NaN", "nan", "inf",
    # Python, NumPy and torch values as they print
    "True", "False", "None", "dtype", "float16", "bfloat16", "float32", "float64", "int64", "tensor",
    "array", "grad_fn",
    # functions of the notation table
    "ln", "log", "log2", "exp", "softmax", "sigmoid", "sigma", "eta", "argmax", "argmin", "max", "min",
    # reductions, as the libraries spell them
    "sum", "mean", "none",
    # the names of data splits, as code spells them
    "train", "val", "test",
    # libraries
    "PyTorch", "TensorFlow", "Keras", "NumPy", "torch", "numpy", "tf", "np", "keras", "jax", "optax",
}  # fmt: skip
WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]+")
LIBRARY_LINE = re.compile(r"\b\w*(?:Error|Warning|Exception):")


def shown_outputs():
    """Every recorded output a page or notebook shows: {path: the pages showing it}."""
    shown = {}
    for lang in LANGS:
        for page in pages(lang):
            for path in includes(page.read_text(encoding="utf-8")):
                if path.endswith(".out"):
                    shown.setdefault(SNIPPETS / path, set()).add(page)
        for notebook in notebooks(lang):
            for cell in notebook_cells(notebook):
                snippet = cell.get("metadata", {}).get("snippet")
                out = snippet and (SNIPPETS / snippet).with_suffix(".out")
                if out and out.is_file():
                    shown.setdefault(out, set()).add(notebook)
    return shown


SHOWN = sorted(shown_outputs())


def rel(path):
    return path.relative_to(ROOT).as_posix()


def wide_lines(text, columns=OUTPUT_COLUMNS):
    return [f"{len(line)} > {columns}: {line[:60]}..." for line in text.splitlines() if len(line) > columns]


def code_names(source):
    """Every name of a Python source: its identifiers, keywords and attributes,
    those inside f-strings included (Python 3.11 tokenizes an f-string as one
    string; its syntax tree holds the expressions)."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    names = {t.string for t in tokens if t.type == tokenize.NAME}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
    return names


def data_strings(source):
    """The string constants of a source, as repr() prints them: the data a snippet works on
    (the sentences a language model scores), which it may print quoted."""
    return {
        repr(node.value)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip()
    }


def english_words(output, source):
    """Words of an output that are neither code nor notation, with their line."""
    names, data = code_names(source) | NEUTRAL, data_strings(source)
    found = []
    for line in output.splitlines():
        if LIBRARY_LINE.search(line):
            continue
        for quoted in data:  # a string of the code, printed with its quotes, is code
            line = line.replace(quoted, "")
        found += [f"{word!r} in {line.strip()[:60]!r}" for word in WORD.findall(line) if word not in names]
    return found


@pytest.mark.parametrize("out", SHOWN, ids=rel)
def test_output_fits_the_content_column(out):
    assert wide_lines(out.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("out", SHOWN, ids=rel)
def test_output_labels_are_neutral(out):
    source = out.with_suffix(".py").read_text(encoding="utf-8")
    assert english_words(out.read_text(encoding="utf-8"), source) == []


def test_width_check_flags_a_line_one_column_too_long():
    assert wide_lines("x" * OUTPUT_COLUMNS) == []
    assert len(wide_lines("ok\n" + "x" * (OUTPUT_COLUMNS + 1))) == 1


def test_word_check_flags_english_but_not_code_notation_or_library_messages():
    source = "grad = 1\nprint(f'grad {grad}, ln 2 = {math.log(2)}')\n"
    assert english_words("grad 1, ln 2 = 0.6931\nD_KL 0.5 bits", source) == []
    assert english_words("ValueError: probabilities must sum to 1", source) == []
    assert english_words("same as autograd: True", source) == ["'same' in 'same as autograd: True'"] + [
        "'as' in 'same as autograd: True'",
        "'autograd' in 'same as autograd: True'",
    ]


def test_quoted_strings_of_the_code_count_as_code_but_not_unquoted():
    source = 'for sentence in ("the cross entropy",):\n    print(f"{sentence!r}: 2.9652")\n'
    assert english_words("'the cross entropy': 2.9652", source) == []
    assert english_words("the cross entropy: 2.9652", source) == [
        "'the' in 'the cross entropy: 2.9652'",
        "'cross' in 'the cross entropy: 2.9652'",
        "'entropy' in 'the cross entropy: 2.9652'",
    ]


def test_names_inside_f_strings_count_as_code():
    assert {"argmin", "size"} <= code_names("print(f'{curv.argmin()} {beta.size}')\n")


def test_shown_outputs_include_pages_and_notebooks():
    names = {rel(p) for p in SHOWN}
    assert "snippets/classification/learning-slowdown/slowdown.out" in names
    notebook_only = {
        out for out, where in shown_outputs().items() if all(Path(p).suffix == ".ipynb" for p in where)
    }
    assert all(out.is_file() for out in notebook_only)


# The number of monospace characters that fit in an output block at 1280 px.
COLUMNS_JS = """() => {
  const code = document.querySelector('.highlight pre > code');
  const probe = document.createElement('span');
  probe.textContent = '0'.repeat(200);
  code.appendChild(probe);
  const ch = probe.getBoundingClientRect().width / 200;
  probe.remove();
  const style = getComputedStyle(code);
  const inner = code.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return Math.floor(inner / ch);
}"""


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_output_columns_fit_a_desktop_column(browser, site_server, lang):
    prefix = {"zh": "", "en": "en/"}[lang]
    with guarded_context(browser, viewport={"width": 1280, "height": 900}) as context:
        page, _ = open_page(context, f"{site_server}{prefix}classification/learning-slowdown/")
        assert page.evaluate(COLUMNS_JS) >= OUTPUT_COLUMNS
