"""The state and work behind hooks/snippet_refresh.py (see there).

Not a hook: MkDocs loads each hook module afresh whenever `mkdocs serve`
reloads the configuration, and calls on_startup only once, so what must
outlive a rebuild (are we serving, which sources were seen) lives in this
module, which the hook imports by name and Python keeps.
"""

import importlib.util
import logging
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
OUTPUTS = ROOT / "tools" / "outputs.py"
NEEDS = ("numpy", "matplotlib", "torch")  # what most snippets import (requirements/test.txt)
# A folder's translated comments (tools/translate_comments.py): pages read them
# in every build, but the Chinese notebooks hold them, written by tools/outputs.py.
CATALOGUES = "comments.*.toml"
log = logging.getLogger("mkdocs.hooks.snippet_refresh")

serving = False
seen = {}  # snippet path -> mtime when the last build started


def sources():
    """Snippets and comment catalogues, with their mtimes."""
    found = [p for p in SNIPPETS.rglob("*.py") if "__pycache__" not in p.parts]
    return {p: p.stat().st_mtime_ns for p in found + list(SNIPPETS.rglob(CATALOGUES))}


def start(command):
    global serving, seen
    # The English build inside a served Chinese one starts as a "build": it
    # must not switch the refresh off.
    if command != "serve":
        return
    serving = True
    missing = [name for name in NEEDS if importlib.util.find_spec(name) is None]
    if missing:
        serving = False
        log.warning(
            "Snippet outputs will not refresh while serving: %s not installed here. "
            "Run `make outputs` (it installs the test dependencies) after editing a snippet.",
            ", ".join(missing),
        )
        return
    seen = sources()


def before_build():
    global seen
    if not serving:
        return
    now = sources()
    changed = {p for p, mtime in now.items() if seen.get(p) != mtime}
    seen = now  # an edit saved while the snippets run has a newer mtime: the next build sees it
    snippets = {p for p in changed if p.suffix == ".py"}
    if snippets:  # tools/outputs.py rewrites the notebooks too
        refresh(sorted(snippets | importers(snippets, {p for p in now if p.suffix == ".py"})))
    elif changed:
        refresh_notebooks()


def importers(modules, snippets):
    """Snippets that import one of the changed modules (xent.py, say): their output may change too."""
    names = {p.stem for p in modules}
    pattern = re.compile(rf"^\s*(?:import|from)\s+({'|'.join(map(re.escape, names))})\b", re.M)
    return {p for p in snippets if p not in modules and pattern.search(p.read_text(encoding="utf-8"))}


def refresh_notebooks():
    """A catalogue changed: copy the translated sources into the Chinese notebooks."""
    log.info("Rewriting the notebooks' code cells (comments changed)")
    return run([sys.executable, str(OUTPUTS), "--notebooks"])


def refresh(paths):
    names = ", ".join(p.relative_to(SNIPPETS).as_posix() for p in paths)
    log.info("Re-recording the output of %s", names)
    return run([sys.executable, str(OUTPUTS), *map(str, paths)])


def run(command):
    proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        # tools/outputs.py goes on past a failing snippet and names each one.
        report = [line for line in proc.stderr.splitlines() if not line.startswith("[") or "FAILED" in line]
        log.error("%s", "\n".join(report)[-3000:])
    return proc.returncode
