"""What a reader sees of the comparison table and the notebook pages.

- The comparison table (frameworks/comparison), at 360 and 390 px and on a
  1280 px desktop: no name in code is broken mid-name (only after a `.` or
  `_`, where hooks/readable_tables.py put a <wbr>), and every column can be
  reached: its cells are on screen, or in a sideways scroller that shows a cue;
  where the heading row is out of sight (the phone's cards), each value says
  which column it is.
- Notebook pages, on a phone and a desktop, light and dark: a visible download
  button under the title that serves the notebook itself; code cells in the
  theme's colours, each with Material's copy button copying exactly the cell's
  source; a line too long for its block scrolls and the block shows it.
- The built site holds each notebook beside its page, in both languages, and
  the twin page of each notebook (tools/layout.py, SHARED_FOLDERS) links to the
  same file for download.
- The hooks' own rules, each shown able to fail.

Each browser check is also run on the page with the defect put back (the
hooks' markup removed, this stylesheet switched off) and must report it.
"""

import importlib.util
import json
import re
import types
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from mkdocs.exceptions import PluginError

from chromium import PHONE, new_guarded_context
from layout import DOCS, LANGS, ROOT, SHARED_FOLDERS
from sitebuild import URL_PREFIX

TABLE_PAGE = "frameworks/comparison/"
STYLESHEET = "tables-notebooks.css"
NOTEBOOKS = sorted(SHARED_FOLDERS)  # "classification/slowdown.ipynb", ...


def load_hook(name):
    spec = importlib.util.spec_from_file_location(f"hook_{name}", ROOT / "hooks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def page_dir(notebook):
    return notebook.removesuffix(".ipynb") + "/"


def code_sources(lang, notebook):
    cells = json.loads((DOCS / lang / notebook).read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]


# --- the hooks, on their own ------------------------------------------------------


def test_table_names_break_only_after_a_dot_or_underscore():
    hook = load_hook("readable_tables")
    html = (
        "<table>\n<thead>\n<tr>\n<th>Function</th>\n<th>Eps <code>x</code></th>\n</tr>\n</thead>\n"
        "<tbody>\n<tr>\n<td><code>tf.nn.sparse_softmax</code></td>\n<td><code>0.5 __init__</code></td>\n"
        "</tr>\n</tbody>\n</table>"
    )
    out = hook.on_page_content(html, None, None, None)
    assert "<code>tf.<wbr>nn.<wbr>sparse_<wbr>softmax</code>" in out
    assert "<code>0.5 __init__</code>" in out  # a number and a leading run stay whole
    assert '<td data-label="Function"><code>tf.' in out
    assert '<td data-label="Eps x">' in out
    assert "<th>Eps <code>x</code></th>" in out  # headings keep their markup
    # Outside a table, nothing changes.
    assert hook.on_page_content("<p><code>a.b_c</code></p>", None, None, None) == "<p><code>a.b_c</code></p>"


def fake_site(*pages):
    """(page, files) stand-ins: pages as (src_uri, url, dest_uri)."""
    files = [types.SimpleNamespace(src_uri=s, url=u, dest_uri=d) for s, u, d in pages]
    return files, types.SimpleNamespace(documentation_pages=lambda: files)


def test_a_download_link_to_a_notebook_page_gets_the_notebook_file():
    hook = load_hook("notebook_offline")
    (twin, notebook, other), files = fake_site(
        ("c/learning.md", "c/learning/", "c/learning/index.html"),
        ("c/slowdown.ipynb", "c/slowdown/", "c/slowdown/index.html"),
        ("c/other.md", "c/other/", "c/other/index.html"),
    )
    page = types.SimpleNamespace(url=twin.url, file=twin)
    out = hook.download_links('<a href="../slowdown/" download>get it</a>', page, files)
    assert out == '<a href="../slowdown/slowdown.ipynb" download="slowdown.ipynb">get it</a>'
    assert hook.download_links('<a href="../other/">x</a>', page, files) == '<a href="../other/">x</a>'
    with pytest.raises(PluginError, match="must point to a notebook"):
        hook.download_links('<a download="download" href="../other/">x</a>', page, files)


CELL = (
    '<div class="jp-Cell jp-CodeCell" id="cell-id=ab-1">'
    '<div class="zeroclipboard-container">\n<clipboard-copy for="cell-1">'
    "<div><span>Copied!</span></div></clipboard-copy>\n</div>\n"
    '<div class="highlight-ipynb hl-python{extra}" data-search-exclude><pre><span></span>'
    '<span class="kn">import</span> x\n</pre></div>\n'
    '<div class="clipboard-copy-txt" id="cell-1">import x\n</div>\n</div>'
)


def test_notebook_cells_become_material_code_blocks():
    hook = load_hook("notebook_offline")
    page = types.SimpleNamespace(file=types.SimpleNamespace(src_uri="c/slowdown.ipynb"))
    out = hook.notebook_cells('<h1 id="t">T</h1>' + CELL.format(extra=" highlight"), page, "en")
    assert '<pre><span></span><code><span class="kn">import</span> x\n</code></pre>' in out
    assert "clipboard" not in out
    assert 'id="cell-ab-1"' in out  # "#__code_cell-id=ab-1 > code" would be no selector
    assert re.search(r'</h1><p class="nb-download"><a class="md-button" href="slowdown.ipynb" download=', out)
    assert "Download the notebook" in out
    assert "下载笔记本" in hook.notebook_cells('<h1 id="t">T</h1>', page, "zh")
    with pytest.raises(PluginError, match="highlight_extra_classes"):
        hook.notebook_cells('<h1 id="t">T</h1>' + CELL.format(extra=""), page, "en")
    with pytest.raises(PluginError, match="copy source per code cell"):
        hook.notebook_cells(
            '<h1 id="t">T</h1>' + CELL.format(extra=" highlight").replace("clipboard-copy-txt", "x"),
            page,
            "en",
        )
    with pytest.raises(PluginError, match="no # title"):
        hook.notebook_cells(CELL.format(extra=" highlight"), page, "en")
    with pytest.raises(PluginError, match="no download label"):
        hook.notebook_cells('<h1 id="t">T</h1>', page, "fr")


# --- the built site ---------------------------------------------------------------


def links(html):
    return re.findall(r"<a\b([^>]*)>", html)


def download_targets(html, page_url):
    """Where each <a download> on a page leads, as site paths."""
    found = []
    for attrs in links(html):
        if re.search(r"\sdownload\b", " " + attrs):
            href = re.search(r'href="([^"]*)"', attrs)[1]
            found.append(urlsplit(urljoin("http://site/" + page_url, href)).path.lstrip("/"))
    return found


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_notebook_is_downloadable_from_its_page_and_its_twin(built_site, lang, notebook):
    root = built_site.path / URL_PREFIX[lang]
    prefix = URL_PREFIX[lang]
    file = page_dir(notebook) + Path(notebook).name
    served = root / file
    assert served.is_file(), f"{lang}: {file} is not in the built site"
    assert served.read_bytes() == (DOCS / lang / notebook).read_bytes(), f"{lang}: {file} is not the notebook"
    for page in (page_dir(notebook), SHARED_FOLDERS[notebook] + "/"):
        html = (root / page / "index.html").read_text(encoding="utf-8")
        assert download_targets(html, prefix + page) == [prefix + file], f"{lang}/{page}: download links"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_notebook_page_speaks_to_readers_and_has_material_code_blocks(built_site, lang, notebook):
    markdown = "".join(
        "".join(c["source"])
        for c in json.loads((DOCS / lang / notebook).read_text(encoding="utf-8"))["cells"]
        if c["cell_type"] == "markdown"
    )
    assert "make outputs" not in markdown and "make " not in markdown, "maintainer detail in the notebook"
    html = (built_site.path / URL_PREFIX[lang] / page_dir(notebook) / "index.html").read_text(
        encoding="utf-8"
    )
    blocks = re.findall(
        r'<div class="highlight-ipynb hl-python highlight"[^>]*><pre><span></span><code>', html
    )
    assert len(blocks) == len(code_sources(lang, notebook))
    for leftover in ("clipboard-copy", "--jp-mirror-editor", "line-height: 125%"):
        assert leftover not in html, f"mkdocs-jupyter's {leftover!r} is still on the page"


# --- in the browser ---------------------------------------------------------------

# Lines a name in code is broken across, and the character before each break.
BROKEN_NAMES_JS = r"""(root) => {
  const broken = [];
  for (const code of root.querySelectorAll("code")) {
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    let text = "", top = null, cut = [];
    for (let node; (node = walker.nextNode());) {
      for (let i = 0; i < node.length; i++) {
        const range = document.createRange();
        range.setStart(node, i); range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (rect && top !== null && rect.top > top + 2) cut.push(text.length);
        if (rect) top = rect.top;
        text += node.data[i];
      }
    }
    const bad = cut.filter(at => !/[._]/.test(text[at - 1]));
    if (bad.length) broken.push(bad.reduceRight((t, at) => t.slice(0, at) + "|" + t.slice(at), text));
  }
  return broken;
}"""

# For each column: a cell neither on screen nor in a scroller with a cue; a
# value whose heading is out of sight and that does not show it (the first
# two columns title a card).
COLUMNS_JS = r"""([root, titleColumns]) => {
  const table = root.querySelector("table");
  const headings = [...table.querySelectorAll("thead th")].map(th => th.textContent.trim());
  const head = table.querySelector("thead").getBoundingClientRect();
  const headVisible = head.width > 2 && head.height > 2;
  const cue = el => /gradient/.test(getComputedStyle(el).backgroundImage);
  const scroller = el => {
    for (let p = el.parentElement; p; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (/(auto|scroll)/.test(s.overflowX) && p.scrollWidth > p.clientWidth + 1) return p;
    }
    return null;
  };
  const problems = new Set();
  for (const row of table.querySelectorAll("tbody tr")) {
    [...row.cells].forEach((td, i) => {
      const r = td.getBoundingClientRect(), name = headings[i];
      if (r.width < 1 || r.height < 1 || getComputedStyle(td).visibility === "hidden") {
        problems.add(`column ${name}: hidden`);
      } else if (r.left < -1 || r.right > innerWidth + 1) {
        const s = scroller(td);
        if (!s) problems.add(`column ${name}: off screen, and nothing scrolls to it`);
        else if (!cue(s)) problems.add(`column ${name}: off screen, in a scroller with no cue`);
      }
      if (!headVisible && i >= titleColumns) {
        const label = getComputedStyle(td, "::before").content;
        if (label !== JSON.stringify(name))
          problems.add(`column ${name}: heading out of sight, cell shows ${label}`);
      }
    });
  }
  return [...problems];
}"""


def open_page(browser, site_server, path, width, scheme="light"):
    """A page at this width (a touch phone below 600 px) and colour scheme."""
    options = {**PHONE, "viewport": {"width": width, "height": 800}} if width < 600 else {}
    options.setdefault("viewport", {"width": width, "height": 900})
    context = new_guarded_context(browser, **options, color_scheme=scheme)
    page = context.new_page()
    page.goto(site_server + path)
    page.wait_for_load_state("load")
    page.evaluate("document.fonts.ready.then(() => true)")
    return context, page


def table_problems(page):
    page.wait_for_selector(".table-cards .md-typeset__scrollwrap")  # Material has mounted the table
    root = page.locator(".table-cards").element_handle()
    broken = [f"name broken mid-name: {t}" for t in page.evaluate(BROKEN_NAMES_JS, root)]
    return broken + page.evaluate(COLUMNS_JS, [root, 2])


def put_table_defect_back(page):
    """The table as Material shows it without our hook and stylesheet."""
    page.evaluate(
        """(css) => {
      document.querySelectorAll(".table-cards wbr").forEach(w => w.remove());
      for (const s of document.styleSheets) if ((s.href || "").includes(css)) s.disabled = true;
    }""",
        STYLESHEET,
    )


@pytest.mark.browser
@pytest.mark.parametrize("width", [360, 390, 1280])
@pytest.mark.parametrize("lang", LANGS)
def test_comparison_table_reads_on_phone_and_desktop(browser, site_server, lang, width):
    context, page = open_page(browser, site_server, URL_PREFIX[lang] + TABLE_PAGE, width)
    try:
        assert page.locator(".table-cards table tbody tr").count() > 10
        assert table_problems(page) == []
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize("width", [360, 1280])
def test_table_check_catches_broken_names_and_hidden_columns(browser, site_server, width):
    context, page = open_page(browser, site_server, URL_PREFIX["en"] + TABLE_PAGE, width)
    try:
        put_table_defect_back(page)
        problems = table_problems(page)
    finally:
        context.close()
    assert any(p.startswith("name broken mid-name: ") and "|" in p for p in problems), problems
    if width == 360:
        assert any("in a scroller with no cue" in p for p in problems), problems


# What a notebook page offers: its download link, each code cell's copy
# button and what it copies, the colours of its tokens, and each block that
# scrolls sideways without a cue.
NOTEBOOK_JS = r"""() => {
  const link = document.querySelector(".jupyter-wrapper a[download]");
  const box = link && link.getBoundingClientRect();
  // One input area per code cell (mkdocs-jupyter nests two .jp-CodeCell divs).
  const cells = [...document.querySelectorAll(".jupyter-wrapper .jp-CodeCell .jp-InputArea")].map(cell => {
    const button = cell.querySelector('button.md-code__button[data-md-type="copy"]');
    const target = button && document.querySelector(button.dataset.clipboardTarget);
    const colours = new Set([...cell.querySelectorAll("pre span[class]")]
      .map(s => getComputedStyle(s).color));
    return {copies: target ? target.textContent : null, colours: colours.size};
  });
  const cue = el => /gradient/.test(getComputedStyle(el).backgroundImage);
  const blocks = ".jupyter-wrapper pre > code, .jupyter-wrapper .jp-RenderedText pre";
  const clipped = [...document.querySelectorAll(blocks)]
    .filter(el => el.scrollWidth > el.clientWidth + 1 && !cue(el))
    .map(el => el.textContent.trim().slice(0, 40));
  return {
    link: link && {href: link.href, download: link.getAttribute("download"),
                   shown: box.width > 0 && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight},
    cells, clipped,
  };
}"""


def notebook_problems(page, lang, notebook):
    found = page.evaluate(NOTEBOOK_JS)
    problems, name = [], Path(notebook).name
    if not found["link"]:
        problems.append("no download link")
    else:
        if not found["link"]["shown"]:
            problems.append("the download link is not in view when the page opens")
        if not found["link"]["href"].endswith(page_dir(notebook) + name) or found["link"]["download"] != name:
            problems.append(f"the download link leads to {found['link']['href']}")
    sources = code_sources(lang, notebook)
    if len(found["cells"]) != len(sources):
        problems.append(f"{len(found['cells'])} code cells on the page, {len(sources)} in the notebook")
    for n, (cell, source) in enumerate(zip(found["cells"], sources, strict=False), 1):
        if cell["copies"] is None:
            problems.append(f"code cell {n}: no copy button")
        elif cell["copies"].rstrip("\n") != source.rstrip("\n"):
            problems.append(f"code cell {n}: the copy button copies {cell['copies'][:40]!r}..., not the cell")
        if cell["colours"] < 3:
            problems.append(f"code cell {n}: {cell['colours']} colour(s): no syntax colours")
    problems += [f"scrolls sideways with no cue: {text!r}" for text in found["clipped"]]
    return problems


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_notebook_page_code_is_coloured_copyable_and_downloadable(
    browser, site_server, notebook, lang, width, scheme
):
    context, page = open_page(browser, site_server, URL_PREFIX[lang] + page_dir(notebook), width, scheme)
    try:
        page.wait_for_selector(".jupyter-wrapper .md-code__button")
        assert notebook_problems(page, lang, notebook) == []
        response = page.request.get(
            page.evaluate('document.querySelector(".jupyter-wrapper a[download]").href')
        )
        assert response.ok and response.body() == (DOCS / lang / notebook).read_bytes()
        assert context.external == []
    finally:
        context.close()


@pytest.mark.browser
def test_first_notebook_copy_button_puts_the_cell_on_the_clipboard(browser, site_server):
    notebook = NOTEBOOKS[0]
    context, page = open_page(browser, site_server, URL_PREFIX["zh"] + page_dir(notebook), 1280)
    try:
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_server.rstrip("/"))
        page.wait_for_selector(".jupyter-wrapper .md-code__button")
        first_cell = page.locator(".jupyter-wrapper .jp-CodeCell .jp-InputArea").first
        first_cell.locator("button.md-code__button").click()
        copied = page.evaluate("navigator.clipboard.readText()")
    finally:
        context.close()
    assert copied.rstrip("\n") == code_sources("zh", notebook)[0].rstrip("\n")


@pytest.mark.browser
def test_notebook_check_catches_each_defect(browser, site_server):
    """The notebook page as it was: no token colours, no copy button, no
    download link, and long lines clipped without a cue."""
    notebook = NOTEBOOKS[0]
    context, page = open_page(browser, site_server, URL_PREFIX["en"] + page_dir(notebook), 1280)
    try:
        page.wait_for_selector(".jupyter-wrapper .md-code__button")
        page.evaluate(
            """(css) => {
          const all = (selector) => document.querySelectorAll(".jupyter-wrapper " + selector);
          all(".highlight").forEach(d => d.classList.remove("highlight"));
          all(".md-code__nav, .nb-download").forEach(n => n.remove());
          for (const s of document.styleSheets) if ((s.href || "").includes(css)) s.disabled = true;
        }""",
            STYLESHEET,
        )
        problems = notebook_problems(page, "en", notebook)
    finally:
        context.close()
    assert "no download link" in problems
    assert any(p.endswith("no copy button") for p in problems), problems
    assert any(p.endswith("no syntax colours") for p in problems), problems
    assert any(p.startswith("scrolls sideways with no cue") for p in problems), problems
