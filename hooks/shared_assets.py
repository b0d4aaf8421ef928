"""Give each language's build the same shared assets.

Each language is its own MkDocs build with its own docs_dir, so files both need
(stylesheets, scripts, KaTeX, the figures snippets draw) are added here
instead of being copied into docs/zh and docs/en. A figure recorded as
snippets/<section>/<page>/<name>.svg is served at figures/<section>/<page>/<name>.svg.
KaTeX comes from the npm package in node_modules, which `make` installs from
package-lock.json; nothing is loaded from a CDN.
"""

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT / "docs" / "assets"
KATEX = ROOT / "node_modules" / "katex" / "dist"
SNIPPETS = ROOT / "snippets"
FIGURES = ("*.svg", "*.png", "*.json")  # figures, and data a page's script reads
# Only what the pages use (math is typeset at build time): the stylesheet and the woff2
# fonts (every browser that runs the site picks woff2 first).
KATEX_FILES = ["katex.min.css"]


def on_files(files, config):
    if not KATEX.is_dir():
        raise PluginError(
            f"KaTeX is missing: {KATEX} does not exist. Run `npm ci` (or any "
            "`make` target, which runs it) to install the front-end packages."
        )
    sources = {f"assets/{p.relative_to(SHARED).as_posix()}": p for p in SHARED.rglob("*") if p.is_file()}
    katex = KATEX_FILES + [f"fonts/{p.name}" for p in sorted((KATEX / "fonts").glob("*.woff2"))]
    sources.update({f"assets/katex/{name}": KATEX / name for name in katex})
    for pattern in FIGURES:
        sources.update({f"figures/{p.relative_to(SNIPPETS).as_posix()}": p for p in SNIPPETS.rglob(pattern)})
    for uri, path in sources.items():
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files
