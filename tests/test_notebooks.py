"""Execute every notebook with nbclient, as a reader who downloads it would,
and compare what each cell prints with the output the page shows."""

import nbformat
import pytest
from nbclient import NotebookClient

from contract import LANGS, ROOT, notebooks


@pytest.mark.parametrize("path", [p for lang in LANGS for p in notebooks(lang)],
                         ids=lambda p: p.relative_to(ROOT).as_posix())
def test_notebook_runs_and_prints_what_it_shows(path, tmp_path):
    recorded = nbformat.read(path, as_version=4)
    fresh = nbformat.read(path, as_version=4)
    NotebookClient(fresh, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    for before, after in zip(recorded.cells, fresh.cells):
        if before.cell_type == "code":
            shown = "".join(o.get("text", "") for o in before.outputs)
            now = "".join(o.get("text", "") for o in after.outputs if o.output_type == "stream")
            errors = [o for o in after.outputs if o.output_type == "error"]
            assert not errors, f"{before.metadata.get('snippet')}: {errors[0].get('evalue')}"
            assert now == shown, f"{before.metadata.get('snippet')} prints something else now"
