"""Typeset every formula at build time, so no page ships KaTeX's script.

pymdownx.arithmatex (generic mode) leaves TeX in the page as
<span class="arithmatex">\\(...\\)</span> and <div class="arithmatex">\\[...\\]</div>;
notebook pages keep $...$ in their markdown cells. This hook renders both to
HTML + MathML with the KaTeX that npm installed (hooks/katex_render.cjs, one
Node process per build, one round trip per page). Only katex.min.css and the
fonts a page uses are downloaded by the reader.

Runs in on_post_page, after Material's search has read the page, so the index
keeps the TeX source (which hooks/search_scope.py excludes anyway) rather than
KaTeX's markup. A formula KaTeX rejects fails the build, naming page and TeX, and so
does markup the patterns here no longer match.
Rendered formulas are cached in .cache/katex.json, keyed by KaTeX's version
(BUILD_CACHE=off builds without it).

A page with math also preloads the two fonts nearly every formula uses:
otherwise the browser finds them only after laying the page out, and the text
around inline math reflows when they arrive (Lighthouse's layout shift).

An inline formula followed by closing punctuation ("$x$，", "$x$,") is wrapped,
with that punctuation, in <span class="math-nobreak">: a browser may break a
line after KaTeX's last box, so without it a line can start with "，". The
rule that keeps them together is in docs/assets/stylesheets/math.css. The
formula must still break between its boxes, so all but its last box go into
<span class="math-head">, which may wrap: Chromium lets a line break wherever
an element that allows wrapping ends, so the last box must not sit in one.
"""

import atexit
import html
import json
import logging
import re
import shutil
import subprocess
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

from build_memo import caching

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
SERVER = Path(__file__).with_suffix(".cjs")
CACHE = ROOT / ".cache" / "katex.json"
log = logging.getLogger("mkdocs.hooks.katex_render")

# Punctuation that must not start a line: after an inline formula it stays on the formula's line.
CLOSERS = "，。、：；！？）」』》〉】”’,.;:!?)"
ARITHMATEX = re.compile(
    r'<(?P<tag>span|div) class="arithmatex"(?P<attrs>[^>]*)>'
    r"(?:\\\((?P<inline>.*?)\\\)|\\\[(?P<display>.*?)\\\])</(?P=tag)>"
    r"(?P<after>[" + re.escape(CLOSERS) + "]*)",
    re.S,
)
# Notebook markdown cells: $$display$$ or $inline$, outside <code> and <pre>.
NOTEBOOK_MARKDOWN = re.compile(r'(<div class="[^"]*\bjp-RenderedMarkdown\b[^"]*"[^>]*>)(.*?)(</div>)', re.S)
FIRST_STYLESHEET = re.compile(r'<link rel="stylesheet"')
# KaTeX sets all math in KaTeX_Main and italic letters (class mathnormal) in KaTeX_Math.
PRELOADS = {"katex": "KaTeX_Main-Regular.woff2", "mathnormal": "KaTeX_Math-Italic.woff2"}
CODE = re.compile(r"(<(code|pre)\b.*?</\2>)", re.S)
DOLLARS = re.compile(r"\$\$(?P<display>.+?)\$\$|(?<![\\$])\$(?P<inline>[^$\n]+?)\$", re.S)


class Katex:
    """A cache in front of one lazily started Node process."""

    def __init__(self):
        version = json.loads((NODE_MODULES / "katex" / "package.json").read_text())["version"]
        self.version = version
        # BUILD_CACHE=off: typeset every formula afresh and keep nothing (tests/test_hooks.py).
        self.persistent = caching()
        stored = json.loads(CACHE.read_text()) if CACHE.exists() and self.persistent else {}
        self.cache = stored.get("formulas", {}) if stored.get("katex") == version else {}
        self.dirty = False
        self.process = None
        self.typeset = self.reused = 0  # distinct formulas per page, for the log

    def render(self, formulas, where):
        """formulas: list of (tex, display) -> list of HTML strings."""
        missing = sorted({f for f in formulas if self._key(f) not in self.cache})
        self.typeset += len(missing)
        self.reused += len({self._key(f) for f in formulas}) - len(missing)
        if missing:
            for (tex, display), reply in zip(missing, self._ask(missing), strict=True):
                if "error" in reply:
                    raise PluginError(f"{where}: KaTeX cannot typeset {tex!r}: {reply['error']}")
                self.cache[self._key((tex, display))] = reply["html"]
            self.dirty = True
        return [self.cache[self._key(f)] for f in formulas]

    def _key(self, formula):
        tex, display = formula
        return f"{'D' if display else 'I'}{tex}"

    def _ask(self, formulas):
        if self.process is None:
            node = shutil.which("node")
            if node is None:
                raise PluginError("Node.js is needed to typeset math at build time; `node` is not on PATH.")
            self.process = subprocess.Popen(
                [node, str(SERVER)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                env={"NODE_PATH": str(NODE_MODULES), "PATH": ""},
            )
            atexit.register(self.close)
        self.process.stdin.write(json.dumps(formulas) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise PluginError(f"{SERVER.name} exited without answering (is node_modules/katex installed?)")
        return json.loads(line)

    def close(self):
        if self.typeset or self.reused:
            log.info("katex cache: %d reused, %d typeset", self.reused, self.typeset)
            self.typeset = self.reused = 0
        if self.process is not None:
            self.process.stdin.close()
            self.process.wait()
            self.process = None
        if self.dirty and self.persistent:
            CACHE.parent.mkdir(parents=True, exist_ok=True)
            CACHE.write_text(json.dumps({"katex": self.version, "formulas": self.cache}))
            self.dirty = False


katex = None


def on_pre_build(config):
    global katex
    katex = Katex()


def on_post_page(output, page, config):
    where = page.file.src_uri
    if where.endswith(".ipynb"):
        output, cells = NOTEBOOK_MARKDOWN.subn(lambda m: m[1] + _typeset_dollars(m[2], where) + m[3], output)
        if not cells:
            raise PluginError(
                f"{where}: no rendered markdown cell matches NOTEBOOK_MARKDOWN; "
                "update hooks/katex_render.py for this mkdocs-jupyter"
            )
    matches = list(ARITHMATEX.finditer(output))
    # Every formula arithmatex marked must match, or its TeX would reach the reader.
    marked = output.count('class="arithmatex"')
    if len(matches) != marked:
        raise PluginError(
            f"{where}: {marked - len(matches)} formulas "
            "do not match ARITHMATEX; update hooks/katex_render.py for this pymdownx"
        )
    if not matches:
        return output
    formulas = [
        (
            html.unescape(m["inline"] if m["display"] is None else m["display"]).strip(),
            m["display"] is not None,
        )
        for m in matches
    ]
    rendered = iter(katex.render(formulas, where))
    output = ARITHMATEX.sub(lambda m: _formula(m, next(rendered), where), output)
    return _preload_fonts(output, page.url)


KATEX_HTML = '<span class="katex-html" aria-hidden="true">'
KATEX_BOX = '<span class="katex-base">'


def _formula(m, rendered, where):
    """One formula's markup; an inline one keeps the punctuation after it on its line."""
    start, end = f'<{m["tag"]} class="arithmatex"{m["attrs"]}>', f"</{m['tag']}>"
    if not m["after"] or m["display"] is not None:
        return start + rendered + end + m["after"]
    # KaTeX's boxes (.katex-base) may wrap; all but the last go into .math-head,
    # where math.css lets them break, and nothing breaks after the last one.
    first, last = rendered.find(KATEX_HTML) + len(KATEX_HTML), rendered.rfind(KATEX_BOX)
    if first < len(KATEX_HTML) or last < first or not rendered.endswith("</span></span></span>"):
        raise PluginError(
            f"{where}: KaTeX's inline HTML is not {KATEX_HTML}{KATEX_BOX}...; "
            "update hooks/katex_render.py for this KaTeX"
        )
    if last > first:
        rendered = f'{rendered[:first]}<span class="math-head">{rendered[first:last]}</span>{rendered[last:]}'
    return f'<span class="math-nobreak">{start}{rendered}{end}{m["after"]}</span>'


def _preload_fonts(output, page_url):
    """Ask for the fonts this page's math uses before the stylesheets that name them."""
    links = "".join(
        f'<link rel="preload" href="{get_relative_url("assets/katex/fonts/" + font, page_url)}" '
        'as="font" type="font/woff2" crossorigin>'
        for css_class, font in PRELOADS.items()
        if re.search(rf'class="(?:[^"]*\s)?{css_class}(?:\s[^"]*)?"', output)
    )
    return FIRST_STYLESHEET.sub(lambda m: links + m[0], output, count=1)


def _typeset_dollars(cell, where):
    """Turn $...$ in a notebook's rendered markdown into arithmatex markup."""
    parts = CODE.split(cell)
    for i in range(0, len(parts), 3):  # split() yields text, code, tag name, text, ...
        parts[i] = DOLLARS.sub(
            lambda m: (
                f'<div class="arithmatex">\\[{m["display"]}\\]</div>'
                if m["display"] is not None
                else f'<span class="arithmatex">\\({m["inline"]}\\)</span>'
            ),
            parts[i],
        )
    return "".join(p for i, p in enumerate(parts) if i % 3 != 2)


def on_post_build(config):
    katex.close()
