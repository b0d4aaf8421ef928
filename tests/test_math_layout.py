"""Math on a phone: every page of both languages, opened at 360 px.

- Every display formula fits its column: the box it scrolls in (Material's
  div.arithmatex, edge to edge on a phone) is as wide as the .katex-display
  it holds. A formula too wide for a phone is broken into aligned lines
  (\\begin{aligned} with & and \\\\), the same in both languages. Only the
  formulas named in SCROLLS may scroll sideways, each for the reason given.
- A formula that scrolls shows it: a shadow at the edge with more formula
  beyond it (docs/assets/stylesheets/math.css), found in the pixels of a
  screenshot, in the light and the dark scheme.
- No line of text starts with closing punctuation ("，", "。", ",", ")"...):
  hooks/katex_render.py keeps an inline formula and the punctuation after it
  together. Each mark is compared with what precedes it: a mark left of it
  and lower starts a line. One case is let through, named in LINE_START_JS:
  a mark after inline code that fills its whole line (an identifier as long
  as the line, which the browser must break somewhere).
- A formula kept with its punctuation never sticks out of its block: the
  cost of allowing no break after its last box must never show.
- An inline formula in a table cell stays on one line (math.css): a narrow
  column must not break "q = softmax(z)" after its "=".

Collapsed answers are opened and every content tab is shown, so formulas out
of sight are measured too. Each check is shown failing on a crafted page.
"""

import io
import re

import pytest
from PIL import Image
from test_hooks import load_hook
from test_pages import PAGES, PHONE_360

from chromium import guarded_context
from sitebuild import URL_PREFIX as LANGS

pytestmark = pytest.mark.browser

WIDTH = PHONE_360["viewport"]["width"]
# Display formulas allowed to scroll sideways at 360 px: (the page's URL path
# under its language's root, the start of the formula's TeX) -> why it cannot
# be broken into lines. Both languages show each one. None needs to today.
SCROLLS: dict[tuple[str, str], str] = {}
CLOSING = "，。、：；！？）」』》”’,.;:!?)"

# Everything out of sight comes into view: collapsed answers, other tabs.
SHOW_ALL_JS = """() => {
  document.querySelectorAll('details').forEach(d => d.open = true);
  const style = document.createElement('style');
  style.textContent = '.md-typeset .tabbed-block { display: block !important; }';
  document.head.append(style);
  void document.body.offsetWidth;  // lay the page out, so the fonts it needs are asked for
  return document.fonts.ready.then(() => true);
}"""
# Each display formula: its width against the width of the box it scrolls in.
DISPLAY_JS = """() => [...document.querySelectorAll('.katex-display')].map((display, index) => {
  const box = display.closest('div.arithmatex') || display.parentElement;
  const tex = display.querySelector('annotation');
  return {index, tex: tex ? tex.textContent.trim() : '',
          width: Math.max(display.scrollWidth, box.scrollWidth), column: box.clientWidth};
})"""
# A formula kept on one line with its punctuation (.math-nobreak) that sticks
# out of its block: the price of never breaking there, which must not be paid.
STICKS_OUT_JS = """() => [...document.querySelectorAll('.math-nobreak')].filter(kept => {
  const block = kept.closest('p, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, div');
  const right = block.getBoundingClientRect().right;
  return [...kept.getClientRects()].some(r => r.width > 0 && r.right > right + 1);
}).map(kept => kept.querySelector('annotation').textContent.trim())"""
# Inline formulas in table cells whose boxes lie on more than one line.
CELL_BREAK_JS = """() => [...document.querySelectorAll('article td .katex')].filter(k => {
  const tops = [...k.querySelectorAll('.katex-html .katex-base')]
    .map(b => Math.round(b.getBoundingClientRect().top));
  return new Set(tops).size > 1;
}).map(k => k.querySelector('annotation').textContent.trim())"""
# Closing punctuation that starts a line of the article's text.
LINE_START_JS = r"""(closing) => {
  const root = document.querySelector('article.md-typeset') || document.body;
  const skip = 'pre, code, kbd, script, style, svg, .katex, .filename, .headerlink, [hidden]';
  const lastRect = (rects) => [...rects].filter(r => r.width > 0).pop() || null;
  const charRect = (node, i) => {
    const range = document.createRange();
    range.setStart(node, i); range.setEnd(node, i + 1);
    return lastRect(range.getClientRects());
  };
  // What the reader sees just before a text node: the last line box of the
  // nearest earlier sibling with a box, going up through inline parents.
  const before = (node) => {
    for (let n = node; n !== root; n = n.parentNode) {
      for (let s = n.previousSibling; s; s = s.previousSibling) {
        if (s.nodeType === Node.ELEMENT_NODE) {
          const rect = lastRect(s.getClientRects());
          if (rect) return {rect, code: s.matches('code')};
        } else if (s.nodeType === Node.TEXT_NODE && s.textContent.trim()) {
          const range = document.createRange();
          range.selectNodeContents(s);
          const rect = lastRect(range.getClientRects());
          if (rect) return {rect, code: false};
        }
      }
      if (getComputedStyle(n.parentNode).display !== 'inline') return null;
    }
    return null;
  };
  const found = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest(skip)) continue;
    const text = node.textContent;
    for (let i = 0; i < text.length; i++) {
      if (!closing.includes(text[i])) continue;
      const mark = charRect(node, i);
      if (!mark) continue;
      let prev = null;
      for (let j = i - 1; j >= 0 && !prev; j--) {
        if (/\S/.test(text[j])) prev = {rect: charRect(node, j), code: false};
      }
      if (!prev && !/\S/.test(text.slice(0, i))) prev = before(node);
      if (!prev || !prev.rect) continue;
      const wrapped = mark.left < prev.rect.right - 2 && mark.top > prev.rect.top + 2;
      // Inline code that fills its line from the start: nowhere else to break.
      const longCode = prev.code && prev.rect.left <= mark.left + 1;
      if (wrapped && !longCode) {
        const copy = node.parentElement.cloneNode(true);
        copy.querySelectorAll('.katex-mathml').forEach(m => m.remove());
        const context = copy.textContent.replace(/\s+/g, ' ');
        const at = context.indexOf(text.slice(i, i + 6).replace(/\s+/g, ' '));
        found.push(context.slice(Math.max(0, at - 20), at + 12));
      }
    }
  }
  return found;
}"""


def measure(page, scrolls, where):
    """Problems of the page open in `page`; `where` is its URL path under the language's root."""
    page.evaluate(SHOW_ALL_JS)
    problems, named = [], set()
    for display in page.evaluate(DISPLAY_JS):
        key = next((k for k in scrolls if k[0] == where and display["tex"].startswith(k[1])), None)
        if key:
            named.add(key)
            problems += scroll_cue(page, display["index"], display["tex"])
        elif display["width"] > display["column"]:
            problems.append(
                f"display formula {display['index']} is {display['width']} px wide in a "
                f"{display['column']} px column: {display['tex'][:70]!r}"
            )
    problems += [
        f"a line starts with closing punctuation: …{t}…" for t in page.evaluate(LINE_START_JS, CLOSING)
    ]
    problems += [
        f"formula {tex!r} and the punctuation after it stick out of their block"
        for tex in page.evaluate(STICKS_OUT_JS)
    ]
    problems += [
        f"formula {tex!r} in a table cell breaks across lines" for tex in page.evaluate(CELL_BREAK_JS)
    ]
    problems += [
        f"SCROLLS names {k[1]!r}, which this page does not show"
        for k in scrolls
        if k[0] == where and k not in named
    ]
    return problems


def scroll_cue(page, index, tex):
    """A formula allowed to scroll: it does, and its right edge shows the shadow."""
    box = (
        page.locator(".katex-display")
        .nth(index)
        .locator("xpath=ancestor::div[contains(@class, 'arithmatex')][1]")
    )
    width, column = box.evaluate("b => [b.scrollWidth, b.clientWidth]")
    if width <= column:
        return [f"SCROLLS names {tex[:50]!r}, which fits ({width} <= {column} px): drop it from the list"]
    box.evaluate("b => { b.scrollLeft = 0; }")
    image = Image.open(io.BytesIO(box.screenshot())).convert("RGB")
    # The top rows hold the formula's margin (1em): only background, and the shadow.
    edge, middle = image.getpixel((image.width - 2, 8)), image.getpixel((image.width // 2, 8))
    if sum(abs(a - b) for a, b in zip(edge, middle, strict=True)) < 24:
        return [f"formula {tex[:50]!r} scrolls but its edge looks like the page ({edge} vs {middle}): no cue"]
    return []


@pytest.fixture(scope="module")
def findings(browser, site_server):
    """Each page's problems. Two contexts (two renderer processes) take turns,
    so the next page loads while this one is measured."""
    found, waiting = {}, None
    with guarded_context(browser, **PHONE_360) as one, guarded_context(browser, **PHONE_360) as other:
        for i, (lang, path, _) in enumerate(PAGES):
            page = (one, other)[i % 2].new_page()
            page.goto(site_server + LANGS[lang] + path, wait_until="commit")
            if waiting:
                found[waiting[0]] = measured(*waiting)
            waiting = ((lang, path), page)
        found[waiting[0]] = measured(*waiting)
        assert not one.external + other.external, one.external + other.external
    return found


def measured(key, page):
    # Fonts matter to the layout, images (all sized) do not: SHOW_ALL_JS waits for the fonts.
    page.wait_for_load_state("domcontentloaded")
    problems = measure(page, SCROLLS, key[1])
    page.close()
    return problems


@pytest.mark.parametrize(("lang", "path"), [(lang, path) for lang, path, _ in PAGES])
def test_math_fits_a_phone_and_no_line_starts_with_closing_punctuation(findings, lang, path):
    assert findings[lang, path] == []


def test_every_named_scrolling_formula_has_a_reason():
    assert all(reason.strip() for reason in SCROLLS.values())


# ---- The checks, each shown failing on a crafted page ----------------------

WIDE_TEX = r"a_1 + a_2 + a_3 + a_4 + a_5 + a_6 + a_7 + a_8 + a_9 + a_{10} + a_{11} + a_{12} + a_{13} + a_{14}"
PLACE = "theory/entropy/"  # a real page whose address the crafted ones borrow


@pytest.fixture(scope="module")
def katex_hook():
    hook = load_hook("katex_render")
    renderer = hook.Katex()
    renderer.dirty = False  # keep the crafted formulas out of the build cache
    yield hook, renderer
    renderer.dirty = False
    renderer.close()


def crafted(built_site, article, stylesheet=True):
    """The page at PLACE with its article replaced; without math.css if not stylesheet."""
    html = (built_site.path / PLACE / "index.html").read_text(encoding="utf-8")
    html, count = re.subn(
        r"(<article\b[^>]*\bmd-typeset\b[^>]*>).*?(</article>)",
        lambda m: m[1] + article + m[2],
        html,
        flags=re.S,
    )
    assert count == 1, "no article in the page to replace"
    if not stylesheet:
        html, count = re.subn(r'<link rel="stylesheet" href="[^"]*math\.css[^"]*">', "", html)
        assert count == 1, "math.css is not linked from the page"
    return html


def open_crafted(context, site_server, html):
    url = site_server + PLACE
    context.route(url, lambda route: route.fulfill(body=html, content_type="text/html; charset=utf-8"))
    page = context.new_page()
    page.goto(url)
    return page


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_wide_formula_fails_unless_named_and_then_needs_its_cue(
    browser, site_server, built_site, katex_hook, scheme
):
    _, renderer = katex_hook
    [display] = renderer.render([(WIDE_TEX, True)], "crafted.md")
    article = f'<h1>Crafted</h1><div class="arithmatex">{display}</div>'
    named = {(PLACE, WIDE_TEX[:20]): "crafted: a sum too long for a phone"}
    with guarded_context(browser, **PHONE_360, color_scheme=scheme) as context:
        page = open_crafted(context, site_server, crafted(built_site, article))
        [problem] = measure(page, {}, PLACE)
        assert problem.startswith("display formula 0 is ") and f"in a {WIDTH} px column" in problem
        assert measure(page, named, PLACE) == []  # named, and math.css draws its shadow
        page.close()
        page = open_crafted(context, site_server, crafted(built_site, article, stylesheet=False))
        [problem] = measure(page, named, PLACE)
        assert "no cue" in problem


def test_a_named_formula_that_fits_or_is_gone_fails(browser, site_server, built_site, katex_hook):
    _, renderer = katex_hook
    [display] = renderer.render([("a + b", True)], "crafted.md")
    article = f'<div class="arithmatex">{display}</div>'
    named = {(PLACE, "a + b"): "crafted", (PLACE, "c + d"): "crafted"}
    with guarded_context(browser, **PHONE_360) as context:
        page = open_crafted(context, site_server, crafted(built_site, article))
        problems = measure(page, named, PLACE)
        assert len(problems) == 2
        assert (
            "'a + b', which fits" in problems[0] and "'c + d', which this page does not show" in problems[1]
        )


def test_punctuation_that_starts_a_line_fails_and_the_hook_keeps_it_with_its_formula(
    browser, site_server, built_site, katex_hook
):
    hook, renderer = katex_hook
    [inline] = renderer.render([("x + y", False)], "crafted.md")
    raw = f'<span class="arithmatex">{inline}</span>，后文'
    hooked = hook.ARITHMATEX.sub(
        lambda m: hook._formula(m, inline, "crafted.md"), raw.replace(inline, r"\(x + y\)")
    )
    assert 'class="math-nobreak"' in hooked
    # A paragraph just as wide as the formula: the "，" after it cannot fit.
    narrow = """() => { const p = document.querySelector('#crafted');
      p.style.width = (p.querySelector('.arithmatex').getBoundingClientRect().width + 2) + 'px'; }"""
    with guarded_context(browser, **PHONE_360) as context:
        page = open_crafted(context, site_server, crafted(built_site, f'<p id="crafted">{raw}</p>'))
        page.evaluate(narrow)
        [problem] = measure(page, {}, PLACE)
        assert problem.startswith("a line starts with closing punctuation") and "，后文" in problem
        page.close()
        page = open_crafted(context, site_server, crafted(built_site, f'<p id="crafted">{hooked}</p>'))
        page.evaluate(narrow)
        assert measure(page, {}, PLACE) == []


def test_a_formula_kept_with_its_punctuation_that_sticks_out_fails(
    browser, site_server, built_site, katex_hook
):
    # One box (KaTeX cannot break "xyz"), in a paragraph only as wide as it: kept
    # with its "，", it has nowhere to go but out of the paragraph.
    hook, renderer = katex_hook
    [inline] = renderer.render([("xyz", False)], "crafted.md")
    hooked = hook.ARITHMATEX.sub(
        lambda m: hook._formula(m, inline, "crafted.md"), r'<span class="arithmatex">\(xyz\)</span>，后文'
    )
    narrow = """() => { const p = document.querySelector('#crafted');
      p.style.width = p.querySelector('.arithmatex').getBoundingClientRect().width + 'px'; }"""
    with guarded_context(browser, **PHONE_360) as context:
        page = open_crafted(context, site_server, crafted(built_site, f'<p id="crafted">{hooked}</p>'))
        page.evaluate(narrow)
        assert measure(page, {}, PLACE) == [
            "formula 'xyz' and the punctuation after it stick out of their block"
        ]


def test_a_formula_broken_in_a_table_cell_fails(browser, site_server, built_site, katex_hook):
    _, renderer = katex_hook
    [inline] = renderer.render([(r"q = \operatorname{softmax}(z)", False)], "crafted.md")
    table = f'<table style="width: 60px; table-layout: fixed"><tr><td>{inline}</td></tr></table>'
    with guarded_context(browser, **PHONE_360) as context:
        page = open_crafted(context, site_server, crafted(built_site, table))
        assert measure(page, {}, PLACE) == []  # math.css keeps it whole
        page.add_style_tag(content=".md-typeset td .katex { white-space: normal !important; }")
        assert measure(page, {}, PLACE) == [
            r"formula 'q = \\operatorname{softmax}(z)' in a table cell breaks across lines"
        ]
