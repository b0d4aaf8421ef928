"""Where things live: one folder of snippets per page.

The page docs/<lang>/<section>/<page>.md (or .ipynb) shows the snippets in
snippets/<section>/<page>/, and nothing else, except what the two lists below
allow by name. Each snippet keeps its recorded output (<name>.out) and its
figures (<name>.svg, <name>-<part>.svg) beside it; the site serves a figure
at figures/<section>/<page>/<file>. The folder's comments.zh.toml holds the
Chinese of its snippets' comments, which Chinese pages and notebooks show
(tools/translate_comments.py).
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
LANGS = ("zh", "en")
PAGE_SUFFIXES = (".md", ".ipynb")

# A notebook runs, cell by cell, the snippets of the page it accompanies.
SHARED_FOLDERS = {
    "classification/slowdown.ipynb": "classification/learning-slowdown",
    "frameworks/pytorch-step-by-step.ipynb": "frameworks/pytorch-cross-entropy-loss",
}
# Modules that snippets of other pages import: the NumPy reference is the
# yardstick the PyTorch and comparison pages check their numbers against; the
# arithmetic coder of the code-length page compresses text on the language-model
# pages.
SHARED_MODULES = ("frameworks/numpy-reference/xent.py", "theory/code-length/arithmetic_coder.py")


def snippet_folder(page: str) -> str:
    """The snippets folder of a page given relative to docs/<lang>/."""
    return page.rsplit(".", 1)[0]


def allowed_folders(page: str) -> set[str]:
    own = {snippet_folder(page)}
    return own | {SHARED_FOLDERS[page]} if page in SHARED_FOLDERS else own


def import_path(snippet: Path) -> list[str]:
    """sys.path entries a snippet runs with, as `python name.py` would give it
    (its own folder), plus the folders of the shared modules."""
    shared = [str((SNIPPETS / m).parent) for m in SHARED_MODULES]
    return [str(snippet.parent)] + [d for d in shared if d != str(snippet.parent)]


def pages(lang: str) -> list[str]:
    """Every page of one language (.md and .ipynb), relative to docs/<lang>/."""
    root = DOCS / lang
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.suffix in PAGE_SUFFIXES)


def page_url(page: str) -> str:
    """The URL path, under the language's root, of a page given relative to
    docs/<lang>/: "theory/entropy.md" -> "theory/entropy/", "index.md" -> ""."""
    stem = page.rsplit(".", 1)[0]
    return "" if stem == "index" else stem + "/"
