"""Every page obeys the snippet contract (see tests/contract.py), and every
recorded output is what its snippet prints now."""

import os
import platform
import subprocess
import sys

import pytest

import outputs  # tools/outputs.py, on sys.path via the root conftest.py
from contract import (
    LANGS,
    ROOT,
    SNIPPETS,
    fence_problems,
    figure_problems,
    folder_problems,
    includes,
    notebook_cells,
    notebook_text,
    notebooks,
    page_name,
    pages,
    prose_numbers,
    shadowing_names,
    shown_outputs,
    snippets_config_problems,
    title_problems,
    unbacked_numbers,
)
from layout import SHARED_MODULES
from translate_comments import shown_source

ALL_PAGES = [p for lang in LANGS for p in pages(lang)]
ALL_NOTEBOOKS = [p for lang in LANGS for p in notebooks(lang)]


def rel(path):
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("page", ALL_PAGES, ids=rel)
def test_page_shows_code_and_output_only_from_snippets(page):
    assert fence_problems(page.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("page", ALL_PAGES, ids=rel)
def test_listings_are_titled_with_their_file_and_outputs_as_output(page):
    lang = page.relative_to(ROOT / "docs").parts[0]
    assert title_problems(page.read_text(encoding="utf-8"), lang) == []


@pytest.mark.parametrize("page", ALL_PAGES + ALL_NOTEBOOKS, ids=rel)
def test_page_shows_only_snippets_of_its_own_folder(page):
    if page.suffix == ".ipynb":
        shown = [c["metadata"].get("snippet", "") for c in notebook_cells(page) if c["cell_type"] == "code"]
    else:
        shown = includes(page.read_text(encoding="utf-8"))
    assert folder_problems(page_name(page), shown) == []


def test_snippet_names_do_not_shadow_modules():
    """A snippet's folder comes first on sys.path when it runs, so a snippet
    called numpy.py or keras.py would be imported in place of the library."""
    assert shadowing_names(sorted(SNIPPETS.rglob("*.py"))) == []


def test_snippet_includes_are_checked_by_the_build():
    from mkdocs.config import load_config

    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        config = load_config(str(ROOT / name))
        assert snippets_config_problems(config.mdx_configs) == [], name


@pytest.mark.parametrize("page", ALL_PAGES, ids=rel)
def test_figures_are_drawn_by_a_snippet_on_the_page(page):
    assert figure_problems(page.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("page", ALL_PAGES, ids=rel)
def test_page_includes_exist(page):
    missing = [p for p in includes(page.read_text(encoding="utf-8")) if not (SNIPPETS / p).is_file()]
    assert missing == []


@pytest.mark.parametrize("page", ALL_PAGES, ids=rel)
def test_numbers_in_prose_come_from_shown_outputs(page):
    text = page.read_text(encoding="utf-8")
    assert unbacked_numbers(prose_numbers(text), shown_outputs(text)) == []


@pytest.mark.parametrize("nb", ALL_NOTEBOOKS, ids=rel)
def test_notebook_cells_are_snippets_with_their_outputs(nb):
    for cell in notebook_cells(nb):
        if cell["cell_type"] != "code":
            continue
        name = cell["metadata"].get("snippet")
        assert name, f"{rel(nb)}: a code cell names no snippet in its metadata"
        # A Chinese notebook shows the source with its comments translated.
        source = shown_source(SNIPPETS / name, nb.relative_to(ROOT / "docs").parts[0])
        output = (SNIPPETS / name).with_suffix(".out").read_text(encoding="utf-8")
        assert "".join(cell["source"]) == source.rstrip("\n"), (
            f"{name}: cell source differs; run make outputs"
        )
        shown = "".join("".join(o.get("text", "")) for o in cell["outputs"])
        assert shown == output, f"{name}: cell output differs; run make outputs"


@pytest.mark.parametrize("nb", ALL_NOTEBOOKS, ids=rel)
def test_numbers_in_notebook_prose_come_from_its_outputs(nb):
    md, outputs = notebook_text(nb)
    assert unbacked_numbers(prose_numbers(md), outputs) == []


def test_every_snippet_has_an_output_and_a_page():
    shown = {p for page in ALL_PAGES for p in includes(page.read_text(encoding="utf-8"))}
    shown |= {c["metadata"].get("snippet") for nb in ALL_NOTEBOOKS for c in notebook_cells(nb)}
    for py in sorted(SNIPPETS.rglob("*.py")):
        name = py.relative_to(SNIPPETS).as_posix()
        assert py.with_suffix(".out").is_file(), f"{name} has no recorded output; run make outputs"
        assert name in shown, f"{name} is on no page"
    for out in sorted(SNIPPETS.rglob("*.out")):
        assert out.with_suffix(".py").is_file(), f"{out.name} has no snippet"


def test_recorded_outputs_are_current_on_one_thread():
    """Re-run every snippet in a fresh process limited to one thread.

    The page tests run the snippets with the default thread count, so the
    recorded outputs are proven the same whatever the thread count.
    """
    env = {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    proc = subprocess.run(
        [sys.executable, "tools/outputs.py", "--check"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert proc.returncode == 0, f"outputs drifted; run make outputs\n{proc.stdout}\n{proc.stderr}"


@pytest.mark.skipif(
    platform.machine().lower() not in ("x86_64", "amd64"), reason="NumPy's dispatch is pinned on x86-64 only"
)
def test_snippets_run_on_numpy_baseline_kernels():
    """tools/outputs.py turns off every SIMD target this NumPy dispatches to,
    so recorded figures do not depend on the CPU; a NumPy that adds a target
    must be named there too."""
    from numpy._core import _multiarray_umath as umath

    assert sorted(outputs.NUMPY_DISPATCH_OFF.split()) == sorted(umath.__cpu_dispatch__)
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.path.insert(0, 'tools'); import outputs, numpy; numpy.show_runtime()",
        ],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k != "NPY_DISABLE_CPU_FEATURES"},
        capture_output=True,
        text=True,
    )
    assert "'found': []" in proc.stdout, proc.stdout + proc.stderr


# The checkers above must be able to fail.


def test_fence_rule_rejects_typed_code_and_orphan_output():
    typed = "```python\nprint(1)\n```\n"
    assert fence_problems(typed) == ["fence ```python holds typed text, not one --8<-- include"]
    orphan = '<!--pytest-codeblocks:expected-output-->\n```text\n--8<-- "pytorch/three_ways.out"\n```\n'
    assert fence_problems(orphan) == [
        "output pytorch/three_ways.out does not directly follow its snippet pytorch/three_ways.py "
        "and the expected-output marker"
    ]
    unpaired = '```python\n--8<-- "pytorch/three_ways.py"\n```\n'
    assert fence_problems(unpaired) == ["snippet pytorch/three_ways.py is shown without its output"]
    good = (
        '```python title="x"\n--8<-- "a/b.py"\n```\n\n' + "<!--pytest-codeblocks:expected-output-->\n"
        '```text\n--8<-- "a/b.out"\n```\n'
    )
    assert fence_problems(good) == []


def test_number_rule_rejects_a_number_no_output_prints():
    assert unbacked_numbers(prose_numbers("The mean is 2.3185."), "tensor(2.3185)\n") == []
    assert unbacked_numbers(prose_numbers("The mean is 2.3186."), "tensor(2.3185)\n") == ["2.3186"]
    # A rounded quote of a longer printed number is not the printed number.
    assert unbacked_numbers(["2.318"], "tensor(2.3185)\n") == ["2.318"]
    assert unbacked_numbers(prose_numbers("log is -1.5600"), "tensor([-1.5600])\n") == []
    assert unbacked_numbers(prose_numbers("log is -1.5600"), "tensor([1.5600])\n") == ["-1.5600"]
    assert prose_numbers("see <http://127.0.0.1:8000> and `4.5418e-05`") == ["4.5418e-05"]
    # A section of a cited book is not a number; a number beside one still is.
    assert prose_numbers("Bishop (2006, §4.3.3) finds 0.0345") == ["0.0345"]


def test_figure_rule_rejects_a_figure_without_its_snippet():
    assert figure_problems("![H](../figures/theory/entropy/three_ways.svg)") == [
        "figure theory/entropy/three_ways.svg is shown without the snippet that draws it "
        "(theory/entropy/three_ways.py)",
        "figure theory/entropy/three_ways.svg is not recorded; run make outputs",
    ]
    name = "theory/entropy/binary_plot.py"
    shown = f'```python title="snippets/{name}"\n--8<-- "{name}"\n```\n'
    assert figure_problems(shown + "![H](../figures/theory/entropy/binary_plot-light.svg#only-light)") == []


def test_folder_rule_rejects_another_pages_snippet():
    assert folder_problems("theory/entropy.md", ["theory/entropy/binary.py"]) == []
    assert folder_problems("theory/entropy.md", ["theory/information/curve.py"]) == [
        "theory/entropy.md shows theory/information/curve.py, which is not in its folder "
        "snippets/theory/entropy/"
    ]
    # Only the named list lets a notebook run its chapter's snippets.
    assert (
        folder_problems("classification/slowdown.ipynb", ["classification/learning-slowdown/slowdown.py"])
        == []
    )
    assert folder_problems("classification/convexity.md", ["classification/learning-slowdown/slowdown.py"])


def test_title_rule_rejects_a_wrong_or_missing_title():
    block = '```{info}\n--8<-- "theory/entropy/binary.{ext}"\n```\n'
    right = block.format(info='python title="snippets/theory/entropy/binary.py"', ext="py")
    assert title_problems(right, "en") == []
    for info in ('python title="snippets/theory/entropy/other.py"', "python", 'python title="binary.py"'):
        assert title_problems(block.format(info=info, ext="py"), "en"), info
    assert title_problems(block.format(info='text title="Output"', ext="out"), "en") == []
    assert title_problems(block.format(info='text title="输出"', ext="out"), "zh") == []
    for info in ("text", 'text title="Output"'):
        assert title_problems(block.format(info=info, ext="out"), "zh"), info


def test_shadowing_rule_rejects_library_and_shared_module_names():
    assert shadowing_names([SNIPPETS / "theory/entropy/binary.py", SNIPPETS / SHARED_MODULES[0]]) == []
    assert shadowing_names(
        [SNIPPETS / "a/b/torch.py", SNIPPETS / "a/b/json.py", SNIPPETS / "a/c/xent.py"]
    ) == [
        "a/b/json.py",
        "a/b/torch.py",
        "a/c/xent.py",
    ]


def test_config_rule_rejects_missing_check_paths():
    assert snippets_config_problems({"pymdownx.snippets": {"check_paths": True}}) == []
    assert snippets_config_problems({"pymdownx.snippets": {"base_path": ["snippets"]}})
    assert snippets_config_problems({})
