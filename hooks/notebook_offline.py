"""Notebook pages: offline, light, and read like the site's other pages.

mkdocs-jupyter renders notebooks through nbconvert's lab template, which puts
into every notebook page:
- a MathJax loader (its URL is empty here, so it requests the page itself);
- a Mermaid loader that imports from cdnjs;
- about 575 KB of inline JupyterLab CSS, plus its theme variables;
- a <style> holding a Python list repr (a bug in mkdocs-jupyter 0.26);
- Pygments CSS written for JupyterLab's colour variables, which the page does
  not define, so it turned every token the text colour (and set the line
  height of every <pre> on the page);
- its own copy button per cell (a custom element, its script, and a hidden
  copy of each cell's source), which docs/assets/stylesheets/tables-notebooks.css
  hid anyway.

This hook removes them, and makes each code cell what Material decorates:
mkdocs-jupyter's `highlight_extra_classes: highlight` (mkdocs.yml) gives the
cell Material's token colours, and the hook wraps the cell's <pre> content in
<code>, the element Material's copy button (content.code.copy) attaches to.
The button finds its block through the nearest id, as a CSS selector, so the
cells' ids lose nbconvert's "cell-id=" prefix, which no selector can hold.
hooks/katex_render.py typesets notebook math at build time, and
tables-notebooks.css styles the few notebook classes left.

Downloads. mkdocs-jupyter copies each notebook beside its page
(`include_source: true`); the hook puts a "download" button under the
notebook's title, and turns a Markdown link to a notebook page written with
`{download}` (attr_list) into a link to that .ipynb file, so a twin page can
offer the download without knowing where the file lands.

A pattern that stops matching fails the build, so an upgrade of
mkdocs-jupyter cannot quietly bring a CDN back or lose a copy button.
"""

import posixpath
import re
from html import escape
from pathlib import Path

import material
from mkdocs.exceptions import PluginError

STRIP = {
    "MathJax loader": r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->",
    "Mermaid loader": (
        r'<script type="module">\s*document\.addEventListener\("DOMContentLoaded", async \(\) => \{'
        r'\s*const diagrams = document\.querySelectorAll\("\.jp-Mermaid.*?</script>'
    ),
    "Mermaid CSS": r"<style>\s*\.jp-Mermaid:not\(\.jp-RenderedMermaid\).*?</style>",
    "JupyterLab CSS": r'<style type="text/css">\s*@charset "UTF-8";\.jupyter-wrapper\{--md-red-50.*?</style>',
    "JupyterLab theme": r'<style type="text/css">\s*\.jupyter-wrapper\{--jp-shadow-base-lightness.*?</style>',
    "list-repr CSS": r"<style>\s*\['pre \{.*?</style>",
    "Pygments CSS": r'<style type="text/css">\s*pre \{ line-height: 125%; \}.*?</style>',
    "copy-button element": r"<script>\s*\(function \(global, factory\) \{.*?ClipboardCopyElement.*?</script>",
    "copy-button notice": r"<script>\s*document\.addEventListener\('clipboard-copy'.*?</script>",
}
PATTERNS = {name: re.compile(p, re.S) for name, p in STRIP.items()}

# Once per code cell.
CODE_CELL = re.compile(
    r'(<div class="highlight-ipynb hl-[\w+-]+ highlight"[^>]*>\s*<pre>)(?:<span></span>)?(.*?)</pre>', re.S
)
PER_CELL = {
    "copy button": re.compile(
        r'<div class="zeroclipboard-container">\s*<clipboard-copy\b.*?</clipboard-copy>\s*</div>\s*', re.S
    ),
    "copy source": re.compile(r'<div class="clipboard-copy-txt" id="cell-\d+">[^<]*</div>\s*'),
}
TITLE_END = re.compile(r"</h1>")
# nbconvert names each cell id="cell-id=<id>"; Material's copy button finds its
# block by the nearest id as a CSS selector, and "=" makes that selector invalid.
CELL_ID = re.compile(r'(<div class="jp-Cell\b[^"]*"[^>]*\sid=")cell-id=([\w-]+)"')

# A link written [text](page.ipynb){download}: attr_list puts download="download" on it.
DOWNLOAD_LINK = re.compile(r'<a\b(?=[^>]*\sdownload(?:="download")?[\s>])[^>]*>')
DOWNLOAD_ATTR = re.compile(r'\sdownload(?:="download")?(?=[\s>])')
HREF = re.compile(r'\shref="([^"]*)"')

LABELS = {"zh": "下载笔记本", "en": "Download the notebook"}
ICON = (Path(material.__file__).parent / "templates/.icons/material/download.svg").read_text(encoding="utf-8")
ICON = ICON.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1)


def is_notebook(page):
    return page.file.src_uri.endswith(".ipynb")


def download_button(name, lang):
    if lang not in LABELS:
        raise PluginError(f"hooks/notebook_offline.py has no download label for language {lang!r}")
    return (
        f'<p class="nb-download"><a class="md-button" href="{escape(name)}" download="{escape(name)}">'
        f'<span class="twemoji">{ICON}</span> {LABELS[lang]} <code>{escape(name)}</code></a></p>'
    )


def notebook_cells(html, page, lang):
    """Code cells as Material code blocks, without mkdocs-jupyter's copy
    button; the download button under the title."""
    where = page.file.src_uri
    cells = len(CODE_CELL.findall(html))
    if cells == 0 and "jp-CodeCell" in html:
        raise PluginError(
            f"{where}: no code cell has the class `highlight`: keep mkdocs-jupyter's "
            "`highlight_extra_classes: highlight` in mkdocs.yml, or update hooks/notebook_offline.py"
        )
    html = CODE_CELL.sub(lambda m: f"{m[1]}<span></span><code>{m[2]}</code></pre>", html)
    html = CELL_ID.sub(r'\1cell-\2"', html)
    if "cell-id=" in html:
        raise PluginError(f"{where}: a cell id hooks/notebook_offline.py cannot make a CSS selector")
    for name, pattern in PER_CELL.items():
        html, count = pattern.subn("", html)
        if count != cells:
            raise PluginError(
                f"{where}: expected one mkdocs-jupyter {name} per code cell ({cells}), "
                f"found {count}; update hooks/notebook_offline.py for this version."
            )
    html, count = TITLE_END.subn(lambda m: m[0] + download_button(Path(where).name, lang), html, count=1)
    if count != 1:
        raise PluginError(f"{where}: the notebook has no # title to put its download button under")
    return html


def notebook_file_url(href, page, files):
    """The URL, relative to page, of the .ipynb behind the notebook page href links to."""
    target = posixpath.normpath(posixpath.join(posixpath.dirname("/" + page.url), href.split("#")[0]))
    for file in files.documentation_pages():
        if file.src_uri.endswith(".ipynb") and posixpath.normpath("/" + file.url) == target:
            notebook_dir = posixpath.dirname(posixpath.normpath("/" + file.dest_uri))
            source = posixpath.join(notebook_dir, posixpath.basename(file.src_uri))
            return posixpath.relpath(source, posixpath.dirname("/" + page.file.dest_uri))
    return None


def download_links(html, page, files):
    def retarget(match):
        tag = match[0]
        href = HREF.search(tag)
        url = href and notebook_file_url(href[1], page, files)
        if not url:
            raise PluginError(
                f"{page.file.src_uri}: a {{download}} link must point to a notebook page "
                f"(.ipynb), not {href[1] if href else 'nowhere'!r}"
            )
        tag = tag.replace(href[0], f' href="{escape(url)}"', 1)
        return DOWNLOAD_ATTR.sub(f' download="{escape(posixpath.basename(url))}"', tag, count=1)

    return DOWNLOAD_LINK.sub(retarget, html)


def on_page_content(html, page, config, files):
    html = download_links(html, page, files)
    if is_notebook(page):
        html = notebook_cells(html, page, config.theme["language"])
    return html


def on_post_page(output, page, config):
    if not is_notebook(page):
        return output
    for name, pattern in PATTERNS.items():
        output, count = pattern.subn("", output)
        if count != 1:
            raise PluginError(
                f"{page.file.src_uri}: expected one {name} block from mkdocs-jupyter, "
                f"found {count}; update hooks/notebook_offline.py for this version."
            )
    return output
