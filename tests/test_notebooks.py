"""Execute every notebook with nbclient, as a reader who downloads it would,
and compare what each cell prints with the output the page shows.

The Chinese and English notebooks of a page run the same code cells and show
the same outputs; notebooks are grouped by exactly those, and each group is
executed once (a kernel start and the imports cost seconds per notebook)."""

import nbformat
import pytest
from nbclient import NotebookClient

from contract import LANGS, ROOT, notebooks


def code_cells(nb):
    """(source, printed text) of each code cell of a notebook node."""
    return tuple(
        (c.source, "".join(o.get("text", "") for o in c.outputs if o.output_type == "stream"))
        for c in nb.cells
        if c.cell_type == "code"
    )


def groups():
    by_code = {}
    for path in [p for lang in LANGS for p in notebooks(lang)]:
        by_code.setdefault(code_cells(nbformat.read(path, as_version=4)), []).append(path)
    return list(by_code.values())


@pytest.mark.parametrize(
    "paths", groups(), ids=lambda ps: "+".join(p.relative_to(ROOT).as_posix() for p in ps)
)
def test_notebook_runs_and_prints_what_it_shows(paths, tmp_path):
    recorded = nbformat.read(paths[0], as_version=4)
    fresh = nbformat.read(paths[0], as_version=4)
    NotebookClient(
        fresh, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    ).execute()
    for before, after in zip(recorded.cells, fresh.cells, strict=True):
        if before.cell_type == "code":
            errors = [o for o in after.outputs if o.output_type == "error"]
            assert not errors, f"{before.metadata.get('snippet')}: {errors[0].get('evalue')}"
    for (source, shown), (_, now) in zip(code_cells(recorded), code_cells(fresh), strict=True):
        assert now == shown, f"{source.splitlines()[0]!r}... prints something else now"
