"""Record what every snippet prints: the one command behind `make outputs`.

Each snippets/<section>/<page>/<name>.py gets its output recorded beside it
in <name>.out, the way the Rust Book keeps output.txt beside each listing.
Pages include both files. A snippet that draws a figure saves it into its
working directory as <name>.svg (or <name>-<part>.svg); it is recorded beside
the snippet too, and the site serves it at figures/<section>/<page>/<file>.
Notebook code cells that name a snippet in their metadata
(`"snippet": "<section>/<page>/<name>.py"`) get that file's source and output;
in a Chinese notebook, the source with its comments translated from the
folder's comments.zh.toml (tools/translate_comments.py).

    python tools/outputs.py              # rewrite .out files and notebooks
    python tools/outputs.py --check      # change nothing; exit 1 on any drift
    python tools/outputs.py FILE.py...   # only these snippets
    python tools/outputs.py --notebooks  # only the notebooks, from the recorded outputs

Snippets run in this process, one after another, each in fresh globals with
the libraries' print settings reset, so their imports are paid once.
"""

import argparse
import contextlib
import difflib
import io
import os
import platform
import runpy
import sys
import tempfile
import time
import traceback
from pathlib import Path

# Figures are compared byte for byte, and NumPy's float32 exp and log differ in
# the last bit between its AVX2 and AVX-512 kernels, which moves points on
# frameworks/stability/errors_plot-*.svg. So snippets are recorded and checked with NumPy's
# x86-64 baseline kernels only, the same on every x86-64 CPU. The names are
# numpy 2.4's dispatch targets (tests/test_snippet_contract.py keeps them so);
# NumPy reads the variable once, when it is first imported.
NUMPY_DISPATCH_OFF = "X86_V3 X86_V4 AVX512_ICL AVX512_SPR"
if platform.machine().lower() in ("x86_64", "amd64"):
    if "numpy" in sys.modules and "NPY_DISABLE_CPU_FEATURES" not in os.environ:
        raise ImportError(
            "tools/outputs.py must be imported before numpy, so that NPY_DISABLE_CPU_FEATURES takes effect"
        )
    os.environ.setdefault("NPY_DISABLE_CPU_FEATURES", NUMPY_DISPATCH_OFF)

from layout import DOCS, ROOT, SNIPPETS, import_path  # noqa: E402
from translate_comments import shown_source  # noqa: E402


def snippet_paths():
    return sorted(p for p in SNIPPETS.rglob("*.py") if "__pycache__" not in p.parts)


def output_path(snippet: Path) -> Path:
    return snippet.with_suffix(".out")


import numpy as np  # noqa: E402  (after NPY_DISABLE_CPU_FEATURES is set)

# NumPy's defaults, captured before any snippet runs: np.set_printoptions()
# with no arguments keeps the current settings rather than resetting them.
NUMPY_PRINT_DEFAULTS = np.get_printoptions()


def reset_library_state():
    """Undo what one snippet may have changed for the next (print options)."""
    np.set_printoptions(**NUMPY_PRINT_DEFAULTS)
    if "torch" in sys.modules:
        torch = sys.modules["torch"]
        torch.set_printoptions(profile="default", sci_mode=None)
        torch.set_default_dtype(torch.float32)


# A figure, or data that a page's script reads (the playground's character model).
FIGURE_SUFFIXES = (".svg", ".png", ".json")


def run_snippet(path: Path) -> tuple[str, dict[str, bytes]]:
    """Run one snippet as a reader would (`python name.py` in an empty folder).

    Returns its stdout and the files it wrote, by name.
    """
    reset_library_state()
    buffer = io.StringIO()
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as work:
        os.chdir(work)
        # Like `python name.py`: the snippet's folder comes first on sys.path,
        # so a snippet may import a module that sits beside it (or a shared one).
        added = import_path(path)
        sys.path[:0] = added
        try:
            with contextlib.redirect_stdout(buffer):
                runpy.run_path(str(path), run_name="__main__")
        finally:
            for entry in added:
                sys.path.remove(entry)
            os.chdir(cwd)
            if "matplotlib.pyplot" in sys.modules:
                sys.modules["matplotlib.pyplot"].close("all")
        files = {f.name: f.read_bytes() for f in Path(work).iterdir() if f.is_file()}
    for name in files:
        stem = name.rsplit(".", 1)[0]
        if not name.endswith(FIGURE_SUFFIXES) or stem.split("-")[0] != path.stem:
            raise SystemExit(
                f"{path.name} wrote {name!r}; figures must be {path.stem}.svg "
                f"or {path.stem}-<part>.svg (or .png, or .json for data)"
            )
    return buffer.getvalue(), files


def recorded_figures(path: Path) -> dict[str, bytes]:
    return {
        f.name: f.read_bytes()
        for f in path.parent.iterdir()
        if f.suffix in FIGURE_SUFFIXES and f.stem.split("-")[0] == path.stem
    }


def notebook_paths():
    return sorted(DOCS.rglob("*.ipynb"))


def notebook_lang(path: Path) -> str:
    return path.relative_to(DOCS).parts[0]


def refresh_notebook(path: Path, outputs: dict[str, str], write: bool = True) -> tuple[str, str] | None:
    """Copy each linked snippet's source (as a page in the notebook's language
    shows it) and output into its cell. Returns the notebook before and after
    if that changed it (written only if write), else None."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    before = nbformat.writes(nb) + "\n"
    for cell in nb.cells:
        name = cell.get("metadata", {}).get("snippet")
        if cell.cell_type != "code" or not name:
            continue
        recorded = output_path(SNIPPETS / name)
        if name not in outputs and not recorded.is_file():
            raise SystemExit(f"{path.relative_to(ROOT)}: cell names unknown snippet {name!r}")
        text = outputs[name] if name in outputs else recorded.read_text(encoding="utf-8")
        cell.source = shown_source(SNIPPETS / name, notebook_lang(path)).rstrip("\n")
        cell.execution_count = None
        cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=text)]
    after = nbformat.writes(nb) + "\n"
    if after == before:
        return None
    if write:
        path.write_text(after, encoding="utf-8")
    return before, after


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report drift, write nothing")
    parser.add_argument(
        "--notebooks", action="store_true", help="only the notebooks' cells, from the recorded outputs"
    )
    parser.add_argument("snippets", nargs="*", type=Path, help="only these snippet files (default: all)")
    args = parser.parse_args(argv)

    if args.notebooks:
        if args.snippets:
            parser.error("--notebooks runs no snippet: name none")
        drifted = []
        refresh_notebooks({}, args.check, drifted)
        if drifted:  # only with --check
            report(drifted)
            return 1
        return 0

    paths = [p.resolve() for p in args.snippets] or snippet_paths()
    outside = [p for p in paths if SNIPPETS not in p.parents or p.suffix != ".py" or not p.is_file()]
    if outside:
        parser.error(f"not a snippet under {SNIPPETS}: {', '.join(map(str, outside))}")
    outputs, drifted, failed = {}, [], []
    start = time.perf_counter()
    for i, path in enumerate(paths, 1):
        name = path.relative_to(SNIPPETS).as_posix()
        t0 = time.perf_counter()
        try:
            text, figures = run_snippet(path)
        except (Exception, SystemExit):  # a broken snippet: report it, keep its record, go on
            failed.append(name)
            print(traceback.format_exc(), file=sys.stderr)
            print(f"[{i}/{len(paths)}] {name:<44} FAILED; its recorded output is unchanged", file=sys.stderr)
            continue
        outputs[name] = text
        recorded = output_path(path)
        old = recorded.read_text(encoding="utf-8") if recorded.exists() else None
        old_figures = recorded_figures(path)
        status = "same" if old == text else ("new" if old is None else "changed")
        if figures != old_figures:
            status = "figure changed" if status == "same" else status
            drifted.append(
                (
                    name + " (figures)",
                    " ".join(sorted(old_figures)),
                    " ".join(
                        f"{n}:{'same' if old_figures.get(n) == b else 'differs'}"
                        for n, b in sorted(figures.items())
                    ),
                )
            )
        if old != text:
            drifted.append((name, old or "", text))
        if status != "same" and not args.check:
            recorded.write_text(text, encoding="utf-8")
            for stale in set(old_figures) - set(figures):
                (path.parent / stale).unlink()
            for fig, data in figures.items():
                (path.parent / fig).write_bytes(data)
        print(
            f"[{i}/{len(paths)}] {name:<44} {status:<14} {time.perf_counter() - t0:5.2f} s",
            file=sys.stderr,
            flush=True,
        )

    refresh_notebooks(outputs, args.check, drifted)
    print(
        f"{len(paths)} snippets in {time.perf_counter() - start:.1f} s, "
        f"{len(drifted)} {'drifted' if args.check else 'rewritten'}",
        file=sys.stderr,
    )
    if failed:
        print(f"{len(failed)} snippets failed: {', '.join(failed)}", file=sys.stderr)
    if args.check and drifted:
        report(drifted)
        return 1
    return 1 if failed else 0


def refresh_notebooks(outputs, check, drifted):
    """Rewrite each notebook's cells, or with check, add each that would change to drifted."""
    for nb in notebook_paths():
        changed = refresh_notebook(nb, outputs, write=not check)
        name = nb.relative_to(ROOT).as_posix()
        if changed and check:
            drifted.append((name, *changed))
        elif changed:
            print(f"notebook updated: {name}", file=sys.stderr)


def report(drifted):
    for name, old, new in drifted:
        diff = difflib.unified_diff(
            old.splitlines(), new.splitlines(), f"{name} (recorded)", f"{name} (now)", lineterm=""
        )
        print("\n".join(diff))


if __name__ == "__main__":
    sys.exit(main())
