"""Every page of both languages, opened in Chromium on a 360 px phone, once in
each colour scheme: the system's, as prefers-color-scheme gives it, which
Material shows as its default scheme (light) or slate (dark).

In the light scheme:
- no console error, page error, failed request, HTTP error, or request to
  another host (such requests fail at a dead proxy, so nothing leaves the
  machine; test_requests_to_other_hosts_fail_and_are_reported);
- math was typeset at build time: every .arithmatex holds KaTeX output, and
  no raw TeX is left there or in a notebook's markdown;
- the language switcher links to this same page in the other language;
- nothing scrolls sideways (document.documentElement.scrollWidth <= 360);
- every listing's copy button (Material's content.code.copy) copies the
  exact source of the file its title names, and clicking the first one puts
  it on the clipboard;
- a notebook page shows rendered cells, not notebook JSON;
- axe-core (node_modules/axe-core, installed by `npm ci`) finds no serious
  or critical violation.

In the dark scheme, axe-core's rules that judge colour (color-contrast,
link-in-text-block) find no serious or critical violation; the other rules
read the markup, which is the same in both. Before they run, formulas and
repeated code tokens are emptied of what those rules do not judge
(DARK_ONLY_COLOURS_JS), which makes the run several times cheaper.

In both schemes:
- Material shows the scheme asked for (<body data-md-color-scheme>);
- on a page with figures, each figure shows the variant of the scheme
  (#only-light, #only-dark), loaded, with no glyph under MIN_TEXT_PX CSS px:
  test_figures.py's measure, shown_figure_problems();
- every kind of control (CONTROLS: buttons, Material's header buttons,
  language choices and footer links, tabs, summaries, .md-button, links in
  the article), the first of each tag and class combination, hovered and
  then focused as by the keyboard: axe-core's color-contrast rule finds no
  violation on it, nor text the colour of its background (which axe files
  as undecided: the playground's buttons once went white on white). axe
  judges text only: an icon-only control (copy, palette, search) has none.
  This runs on the light visit's page, in both schemes: slate as Material's
  palette toggle shows it, by <body data-md-color-scheme>.

The states are forced through the DevTools protocol, all at once: :hover on
each control, its ancestors and what lies under its centre inside it, as a
pointer gives it; :focus and
:focus-visible on what the keyboard focuses (a label's input), :focus-within
on its ancestors, and the focus-visible class with which Material's polyfill
marks keyboard focus. Then everything else on the page is hollowed out
(HOLLOW_JS), so that each axe run, which lays out every element of the page,
costs little. test_forced_states_look_as_a_pointer_and_the_keyboard_make_them
shows that the controls look the same as when really hovered and focused.

Each of the checks of both schemes is shown failing on the defect it guards
against: test_dark_pass_reports_what_only_the_dark_scheme_gets_wrong,
test_scheme_check_reports_a_page_in_the_other_scheme,
test_figure_check_reports_the_other_variant_and_small_text (and
test_figures.py's test_phone_check_reports_small_text_and_the_wrong_scheme),
test_state_check_reports_buttons_that_go_blank_when_hovered_or_focused; and
test_every_page_with_figures_had_them_measured_in_both_schemes keeps the
figure check from passing by finding no figure.

This is the slowest part of the suite, so it starts in a worker thread as soon
as the site is built and runs beside the other tests (the page_checks fixture
in conftest.py); these tests, collected last, assert what it found. Within
it, pages are pipelined: axe runs on one page while the next loads and is
checked in the other of two contexts (another renderer process): each page
in the light context, then in the dark one.
"""

import re
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright
from test_figures import SHOWN_FIGURES_JS, figure_pages, shown_figure_problems

from chromium import (
    CHROMIUM_ARGS,
    PHONE,
    PseudoStates,
    chromium_path,
    guarded_context,
    new_guarded_context,
    open_page,
    start_page,
)
from layout import ROOT, page_url
from layout import pages as layout_pages
from sitebuild import URL_PREFIX as LANGS
from translate_comments import shown_source

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
OTHER = {"zh": "en", "en": "zh"}
PHONE_360 = {**PHONE, "viewport": {"width": 360, "height": 740}}
# The scheme the system asks for -> the scheme Material shows for it.
SCHEMES = {"light": "default", "dark": "slate"}
# What the dark scheme changes is colour: there axe runs the rules that judge it.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]

# Formulas that are not KaTeX output, and TeX delimiters left in prose.
MATH_JS = r"""() => {
  const raw = (el) => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll('.katex').forEach(k => k.remove());
    return copy.textContent;
  };
  const formulas = [...document.querySelectorAll('.arithmatex')]
    .filter(el => !el.querySelector('.katex') || /\\[()[\]]|\$/.test(raw(el)));
  const cells = [...document.querySelectorAll('.jp-RenderedMarkdown')]
    .filter(el => /\$[^$\s][^$]*\$/.test(raw(el)));
  return [...formulas, ...cells].map(el => el.textContent.trim().slice(0, 60));
}"""
# Idle callbacks run in the order they were asked for, so this resolves after
# those a11y.js asked for on load and once the fonts were ready.
IDLE_JS = "() => new Promise(done => requestIdleCallback(() => done(true), {timeout: 2000}))"
# Queued as a new task so this call returns at once and axe runs while the
# next page loads; collected later with `await window.axeFindings`.
# - KaTeX's HTML rendering is excluded: it is aria-hidden presentation (its
#   MathML twin is what assistive technology reads).
# - A code token's colour depends only on its class (Pygments' classes, one
#   background), and contrast over thousands of tokens is most of axe's time;
#   so colour contrast in code is checked on the first token of each class on
#   the page. Every other rule sees every token.
# - rules: null (all of them), or the ids of those to run.
AXE_START = """rules => {
  const seen = new Set();
  for (const token of document.querySelectorAll("pre span")) {
    if (seen.has(token.className)) token.setAttribute("data-contrast-skipped", "");
    else seen.add(token.className);
  }
  axe.configure({rules: [{id: "color-contrast", selector: "*:not([data-contrast-skipped])"}]});
  const options = {resultTypes: ["violations"]};
  if (rules) options.runOnly = {type: "rule", values: rules};
  window.axeFindings = new Promise(r => setTimeout(r)).then(() => axe.run(
    {exclude: [[".katex-html"]]}, options
  )).then(result => result.violations
    .filter(v => v.impact === "serious" || v.impact === "critical")
    .map(v => `${v.impact} ${v.id}: ${v.help} -- ` +
              v.nodes.slice(0, 5).map(n => n.target.join(" ")).join(", ")));
}"""


# The dark scheme changes colours only, and axe runs only its colour rules
# there: so a formula's KaTeX keeps its box but loses its content (its HTML is
# aria-hidden and excluded from axe in the light too, its MathML unseen), and
# every code token after the first of its class (AXE_START checks only that
# one) hands its text to the code around it. What axe lays out goes from up to
# 8,000 elements to under 1,000, and its run from seconds to one.
DARK_ONLY_COLOURS_JS = """() => {
  const formulas = [...document.querySelectorAll(".katex")];
  const boxes = formulas.map(f => f.getBoundingClientRect());
  formulas.forEach((f, i) => {
    f.replaceChildren();
    f.style.setProperty("display", "inline-block", "important");
    f.style.setProperty("width", boxes[i].width + "px", "important");
    f.style.setProperty("height", boxes[i].height + "px", "important");
  });
  const seen = new Set();
  for (const token of [...document.querySelectorAll("pre span")]) {
    if (seen.has(token.className)) token.replaceWith(...token.childNodes);
    else seen.add(token.className);
  }
}"""


def pages():
    """(lang, path, is_notebook) for every page in the sources, plus each 404."""
    found = []
    for lang in LANGS:
        found += [(lang, page_url(page), page.endswith(".ipynb")) for page in layout_pages(lang)]
        found.append((lang, "404.html", False))
    return found


PAGES = pages()


class Findings(dict):
    """(lang, path) -> the problems found on that page, in both schemes (those
    of the dark scheme start "dark: "); .figures: scheme -> the pages whose
    figures were measured in it."""

    def __init__(self):
        super().__init__()
        self.figures = {scheme: set() for scheme in SCHEMES}


@dataclass
class Visit:
    """One page in one scheme; once open, its tab and what it found so far."""

    lang: str
    path: str
    notebook: bool
    scheme: str
    page: object = None
    problems: list = field(default_factory=list)

    def record(self, found, problems):
        prefix = "" if self.scheme == "light" else f"{self.scheme}: "
        found.setdefault((self.lang, self.path), []).extend(prefix + p for p in problems)


def check_every_page(site_server, site):
    """Problems found on each page, a Findings; site is the built site's folder.
    Runs in its own thread (see the page_checks fixture in conftest.py), with
    its own Playwright."""
    if not AXE.is_file():
        raise FileNotFoundError(f"{AXE} is missing: run `npm ci`")
    executable = chromium_path()
    if executable is None:
        raise FileNotFoundError(
            "Chromium not found: install Debian's chromium-headless-shell "
            "(apt-get install -y chromium-headless-shell); make test does this as root"
        )
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        # Plain contexts (see chromium.py): requests to other hosts fail at the
        # proxy and start_page() reports them. One per scheme: each page opens
        # in the light one, then in the dark one, while the last finishes.
        contexts = {scheme: browser.new_context(**PHONE_360, color_scheme=scheme) for scheme in SCHEMES}
        for context in contexts.values():
            with_axe(context)
        contexts["light"].grant_permissions(
            ["clipboard-read", "clipboard-write"], origin=site_server.rstrip("/")
        )
        found, running = Findings(), None
        for lang, path, notebook in PAGES:
            for scheme, context in contexts.items():
                visit = Visit(lang, path, notebook, scheme)
                opened = failing_alone(found, visit, open_and_check, context, site_server, site, visit, found)
                if running:
                    failing_alone(found, running, finish, running, found)
                running = visit if opened else None
        if running:
            failing_alone(found, running, finish, running, found)
        browser.close()  # each page's own listener has reported its requests
    return found


def with_axe(context):
    """axe-core in every page the context opens, from its start: sent to the
    browser once, not with each page (add_script_tag took 0.3-0.5 s a page)."""
    context.add_init_script(path=str(AXE))


def check_page(context, site_server, site, lang, path, scheme):
    """One page in one scheme, checked as the pass checks it: its problems."""
    with_axe(context)
    found = Findings()
    visit = Visit(lang, path, False, scheme)
    open_and_check(context, site_server, site, visit, found)
    finish(visit, found)
    return found[(lang, path)]


def failing_alone(found, visit, step, *args):
    """step(*args), True; or False, with its error (a timeout, say) recorded
    against that page only."""
    try:
        step(*args)
        return True
    except Exception as error:
        visit.record(found, [f"{step.__name__}: {type(error).__name__}: {error}"])
        return False


def open_and_check(context, site_server, site, visit, found):
    url = site_server + LANGS[visit.lang] + visit.path
    page, problems = visit.page, visit.problems = start_page(context, url)
    page.wait_for_load_state("load")
    page.evaluate("document.fonts.ready.then(() => true)")  # final layout
    problems += scheme_problems(page, visit.scheme)
    if visit.scheme == "light":
        page.evaluate(IDLE_JS)  # a11y.js does its work when the browser is idle
        problems += [f"raw or untypeset math: {t!r}" for t in page.evaluate(MATH_JS)]
        problems += sideways_scroll(page)
        problems += copy_buttons(page)
        if visit.path != "404.html":  # the 404 page has no per-page switcher
            problems += switcher(page, site_server, visit.lang, visit.path)
        if visit.notebook:
            if page.locator(".jupyter-wrapper .jp-Cell").count() == 0:
                problems.append("no rendered notebook cells")
            if '"cell_type"' in page.inner_text("body"):
                problems.append("raw notebook JSON on the page")
    if page.evaluate(HAS_FIGURES_JS):
        found.figures[visit.scheme].add((visit.lang, visit.path))
        problems += figure_problems(page, visit.scheme, f"{visit.lang}/{visit.path}", site)
    if visit.scheme != "light":
        page.evaluate(DARK_ONLY_COLOURS_JS)
    page.evaluate(AXE_START, None if visit.scheme == "light" else COLOUR_RULES)


def finish(visit, found):
    page, problems = visit.page, visit.problems
    problems += page.evaluate("() => window.axeFindings")
    if visit.scheme == "light":
        problems += click_first_copy_button(page)
        problems += control_state_problems(page)  # last: it hollows the page out
    page.wait_for_load_state("networkidle")  # late requests (sitemaps) are reported too
    page.close()
    visit.record(found, problems)


def scheme_problems(page, scheme):
    shown = page.evaluate("() => document.body.dataset.mdColorScheme")
    if shown == SCHEMES[scheme]:
        return []
    return [f"the system asks for the {scheme} scheme, and Material shows {shown!r}, not {SCHEMES[scheme]!r}"]


HAS_FIGURES_JS = """() => document.querySelector('img[src*="/figures/"]') !== null"""


def figure_problems(page, scheme, where, site):
    """The figures the page shows, as test_figures.py judges them: each of the
    scheme's variant, loaded, its text large enough at its width."""
    return shown_figure_problems(page.evaluate(SHOWN_FIGURES_JS), scheme, where, site, page.url)


def sideways_scroll(page):
    width, limit = page.evaluate("document.documentElement.scrollWidth"), PHONE_360["viewport"]["width"]
    if width <= limit:
        return []
    wide = page.evaluate(
        """w => [...document.querySelectorAll('body *')]
      .filter(e => e.getBoundingClientRect().right > w + 1)
      .filter(e => !e.closest('[hidden], .md-sidebar, .md-search, .md-nav'))
      .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.'))""",
        limit,
    )
    return [f"scrolls sideways: scrollWidth {width} > {limit} ({wide})"]


# Every listing: its title, and the text its copy button copies (Material's
# button names its target in data-clipboard-target).
COPY_BUTTON = 'button.md-code__button[data-md-type="copy"]'
LISTINGS_JS = """() => [...document.querySelectorAll('div.highlight:has(> span.filename)')]
  .map((block, index) => {
  const button = block.querySelector(COPY);
  const target = button && document.querySelector(button.dataset.clipboardTarget);
  return {index, title: block.querySelector('.filename').textContent.trim(),
          copies: target ? target.textContent : null};
})""".replace("COPY", repr(COPY_BUTTON))


def copy_buttons(page):
    """Each listing's copy button copies exactly the file its title names, as
    the page's language shows it (on a Chinese page, its comments in Chinese)."""
    problems, lang = [], page.evaluate("document.documentElement.lang")
    for listing in snippet_listings(page):
        source = shown_source(ROOT / listing["title"], lang)  # Chinese pages: comments in Chinese
        if listing["copies"] is None:
            problems.append(f"listing {listing['title']} has no copy button ({COPY_BUTTON})")
        elif listing["copies"].rstrip("\n") != source.rstrip("\n"):
            copies = listing["copies"][:60]
            problems.append(f"copy button of {listing['title']} copies {copies!r}..., not the file")
    return problems


def snippet_listings(page):
    return [li for li in page.evaluate(LISTINGS_JS) if li["title"].startswith("snippets/")]


def click_first_copy_button(page):
    """Clicking proves the button reaches the clipboard. (Run after axe: once
    clicked, Material's button has lost its title until the tooltip goes.)"""
    listings = snippet_listings(page)
    if not listings:
        return []
    first = listings[0]
    page.evaluate("navigator.clipboard.writeText('')")  # not what the last page copied
    page.locator("div.highlight:has(> span.filename)").nth(first["index"]).locator(COPY_BUTTON).click()
    copied = page.evaluate("navigator.clipboard.readText()")
    shown = shown_source(ROOT / first["title"], page.evaluate("document.documentElement.lang"))
    if copied.rstrip("\n") != shown.rstrip("\n"):
        return [f"clicking the copy button of {first['title']} put {copied[:60]!r} on the clipboard"]
    return []


def switcher(page, site_server, lang, path):
    other = OTHER[lang]
    href = page.get_attribute(f"a.md-select__link[hreflang={other}]", "href")
    href = page.evaluate("h => new URL(h, location.href).href", href)
    expected = site_server + LANGS[other] + path
    return [] if href == expected else [f"{other} switcher link is {href}, expected {expected}"]


# ---- controls, hovered and focused ----------------------------------------

# The final state of each hover and focus, not a frame of a colour transition.
NO_TRANSITIONS = "*, *::before, *::after { transition: none !important; }"
# What a reader hovers, taps or tabs to.
CONTROLS = ", ".join(
    [
        "button",
        "[role=button]",
        ".md-button",
        "summary",
        ".md-header__button",
        ".md-select__link",
        ".md-footer__link",
        ".tabbed-labels > label",
        ".md-content__button",
        "article a[href]",
    ]
)
# The first control of each tag and class combination that is laid out (not
# display: none) is marked data-state-check with that combination; what the
# keyboard focuses for it (a label's input) data-state-focus. Their ancestors
# are marked too (data-state-hover, data-state-within), and those of the
# stylesheets linked inside the article (data-state-keep), so that HOLLOW_JS
# keeps them.
CHOOSE_CONTROLS_JS = """selector => {
  if (document.activeElement) document.activeElement.blur();
  const mark = (el, name) => {
    for (let a = el.parentElement; a; a = a.parentElement) a.setAttribute(name, "");
  };
  const seen = new Set();
  for (const el of document.querySelectorAll(selector)) {
    const key = el.tagName.toLowerCase() + [...el.classList].sort().map(c => "." + c).join("");
    if (seen.has(key) || el.getClientRects().length === 0) continue;
    seen.add(key);
    el.setAttribute("data-state-check", key);
    mark(el, "data-state-hover");
    // A pointer at its centre hovers what is under it inside it too (the link in a tab's label).
    el.scrollIntoView({block: "center", inline: "center"});
    const box = el.getBoundingClientRect();
    const under = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    for (let e = under; e && e !== el && el.contains(e); e = e.parentElement) {
      e.setAttribute("data-state-hover", "");
    }
    const target = el.control || el;
    target.setAttribute("data-state-focus", "");
    mark(target, "data-state-within");
  }
  document.body.querySelectorAll("link, style").forEach(el => mark(el, "data-state-keep"));
  return [...seen];
}"""
# Everything but the marked controls and what holds them keeps its box, and
# so the colour it paints, but loses its content: from thousands of elements
# (KaTeX's and the code's most of all) the page goes to a few hundred. And
# the style given (NO_TRANSITIONS) goes in.
HOLLOW_JS = """css => {
  const path = "[data-state-hover], [data-state-within], [data-state-keep], [data-state-focus]";
  const hollow = [];
  const walk = parent => {
    for (const child of parent.children) {
      // Material's tooltips keep their content: one shown for a focused link measures its
      // first child, and throws if the hollowing took it ("Missing element").
      if (child.matches("[data-state-check], link, style, script, .md-tooltip2")) continue;
      if (child.matches(path)) walk(child);
      else hollow.push(child);
    }
  };
  walk(document.body);
  const style = document.createElement("style");
  style.textContent = css;
  document.head.append(style);
  const boxes = hollow.map(el => [el.getBoundingClientRect(), getComputedStyle(el).display]);
  hollow.forEach((el, i) => {
    const [box, display] = boxes[i];
    el.replaceChildren();
    if (display === "inline") return;
    el.style.setProperty("box-sizing", "border-box", "important");
    el.style.setProperty("width", box.width + "px", "important");
    el.style.setProperty("height", box.height + "px", "important");
  });
}"""
# Material's polyfill marks keyboard focus with this class (its CSS has no :focus-visible).
FOCUS_CLASS_JS = """on => document.querySelectorAll("[data-state-focus]")
  .forEach(el => el.classList.toggle("focus-visible", on))"""
# Violations on the marked controls, and the case axe cannot decide that
# matters here: text the colour of its background.
AXE_STATE_JS = """async () => {
  const result = await axe.run({include: [["[data-state-check]"]]}, {
    runOnly: {type: "rule", values: ["color-contrast"]},
    resultTypes: ["violations", "incomplete"], elementRef: true});
  const blank = n => n.any.some(a => a.data && a.data.messageKey === "equalRatio");
  return [...result.violations.flatMap(v => v.nodes),
          ...result.incomplete.flatMap(v => v.nodes.filter(blank))]
    .map(n => n.element.closest("[data-state-check]").dataset.stateCheck + ": " +
              n.any.map(a => a.message).join("; "));
}"""


class ControlStates:
    """The controls CHOOSE_CONTROLS_JS marked, shown "hovered" (a pointer over
    each: :hover on it and its ancestors), "focused" (keyboard focus on each:
    :focus, :focus-visible and Material's focus-visible class on what takes
    it, :focus-within on that and its ancestors), or as they are (None)."""

    def __init__(self, page):
        self.page, self.forced = page, PseudoStates(page)
        kinds = ("check", "hover", "focus", "within")
        marked = {name: set(self.forced.nodes(f"[data-state-{name}]")) for name in kinds}
        focused = {node: ("focus-within",) for node in marked["within"]}
        focused.update({node: ("focus", "focus-visible", "focus-within") for node in marked["focus"]})
        self.wanted = {
            None: {},
            "hovered": {node: ("hover",) for node in marked["check"] | marked["hover"]},
            "focused": focused,
        }
        self.now = {}

    def show(self, state):
        wanted = self.wanted[state]
        for node in self.now.keys() | wanted.keys():
            if self.now.get(node, ()) != wanted.get(node, ()):
                self.forced.force(node, wanted.get(node, ()))
        self.now = wanted
        self.page.evaluate(FOCUS_CLASS_JS, state == "focused")


def prepare_controls(page):
    """Mark the controls and hollow the page out: their ControlStates, or None
    if the page has none."""
    page.mouse.move(0, 0)
    if not page.evaluate(CHOOSE_CONTROLS_JS, CONTROLS):
        return None
    page.evaluate(HOLLOW_JS, NO_TRANSITIONS)
    return ControlStates(page)


# Material shows a scheme by this attribute, as its palette toggle does.
SET_SCHEME_JS = "scheme => document.body.setAttribute('data-md-color-scheme', scheme)"


def control_state_problems(page):
    """What axe's color-contrast rule finds on the first control of each kind,
    hovered and focused, in each scheme (its problems start "dark: " there).
    The page is hollowed out after it."""
    states = prepare_controls(page)
    if states is None:
        return []
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    shown = page.evaluate("() => document.body.dataset.mdColorScheme")
    problems = []
    # In this order the forced states change twice, not four times.
    for state, scheme in (
        ("hovered", "light"),
        ("hovered", "dark"),
        ("focused", "dark"),
        ("focused", "light"),
    ):
        states.show(state)
        page.evaluate(SET_SCHEME_JS, SCHEMES[scheme])
        prefix = "" if scheme == "light" else f"{scheme}: "
        problems += [f"{prefix}{state} {p}" for p in page.evaluate(AXE_STATE_JS)]
    page.evaluate(SET_SCHEME_JS, shown)
    return problems


@pytest.mark.parametrize(
    "lang, path, notebook", PAGES, ids=[f"{lang}-{path or 'home'}" for lang, path, _ in PAGES]
)
def test_page_in_chromium(lang, path, notebook, page_checks):
    problems = page_checks.result()[(lang, path)]
    assert not problems, "\n".join(problems)


def test_requests_to_other_hosts_fail_and_are_reported(browser, site_server):
    """The safety net: no route, just the browser's dead proxy, and listeners
    that report each attempt (start_page's, and a guarded context's)."""
    context = new_guarded_context(browser, **PHONE)
    page, problems = start_page(context, site_server)
    page.wait_for_load_state("load")
    outcomes = page.evaluate("""() => Promise.all(
      ["https://fonts.googleapis.com/css?family=Roboto", "http://93.184.215.14/x.js"].map(
        url => fetch(url, {mode: "no-cors"}).then(() => "loaded", () => "failed")))""")
    context.close()
    assert outcomes == ["failed", "failed"]
    assert any("request to another host: https://fonts.googleapis.com/" in p for p in problems), problems
    assert any("request to another host: http://93.184.215.14/" in p for p in problems), problems
    # Failed at the proxy: the request did not reach DNS or the network.
    failed = [p for p in problems if p.startswith("request failed:")]
    assert len(failed) == 2 and all("ERR_PROXY_CONNECTION_FAILED" in p for p in failed), problems
    assert sorted(context.external) == [
        "http://93.184.215.14/x.js",
        "https://fonts.googleapis.com/css?family=Roboto",
    ]


def test_copy_check_catches_a_listing_titled_with_another_file(browser, site_server):
    """The check above, shown able to fail: retitle a real page's listing."""
    context = new_guarded_context(browser, **PHONE)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_server.rstrip("/"))
    page, _ = start_page(context, site_server + "en/theory/entropy/")
    page.wait_for_load_state("load")
    page.wait_for_selector(COPY_BUTTON)
    assert copy_buttons(page) == [] and click_first_copy_button(page) == []
    page.evaluate("""() => document.querySelector('div.highlight .filename').textContent =
                   'snippets/theory/information/hartley.py'""")
    problems = copy_buttons(page) + click_first_copy_button(page)
    assert len(problems) == 2, problems
    assert "copy button of snippets/theory/information/hartley.py copies" in problems[0]
    assert "clicking the copy button of snippets/theory/information/hartley.py put" in problems[1]
    page.evaluate(f"() => document.querySelector('div.highlight {COPY_BUTTON}').remove()")
    problems = copy_buttons(page)
    context.close()
    assert problems == [f"listing snippets/theory/information/hartley.py has no copy button ({COPY_BUTTON})"]


def test_every_page_with_figures_had_them_measured_in_both_schemes(page_checks, built_site):
    """The figure check cannot pass by finding no figure: in each scheme it
    measured every page whose built HTML shows one (nine pages, both languages)."""
    pages = set(figure_pages(built_site))
    assert len(pages) >= 2 * 9, pages
    assert page_checks.result().figures == {scheme: pages for scheme in SCHEMES}


# ---- the new checks, each shown failing on the defect it guards against ----


def with_css(context, name, css):
    """Every page the context opens gets css at the end of the stylesheet `name`."""

    def append(route):
        response = route.fetch()
        route.fulfill(response=response, body=response.text() + "\n" + css)

    context.route(f"**/assets/stylesheets/{name}", append)


# Text that only the slate scheme makes faint.
FAINT_IN_SLATE = '[data-md-color-scheme="slate"] .md-typeset p { color: #4a4d57; }'


def test_dark_pass_reports_what_only_the_dark_scheme_gets_wrong(browser, site_server, built_site):
    found = {}
    for scheme in SCHEMES:
        with guarded_context(browser, **PHONE_360, color_scheme=scheme) as context:
            context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_server.rstrip("/"))
            with_css(context, "site.css", FAINT_IN_SLATE)
            found[scheme] = check_page(context, site_server, built_site.path, "en", "about/", scheme)
    assert not [p for p in found["light"] if "color-contrast" in p], found["light"]
    assert [p for p in found["dark"] if p.startswith("dark: serious color-contrast: ")], found["dark"]


def test_scheme_check_reports_a_page_in_the_other_scheme(browser, site_server):
    with guarded_context(browser, **PHONE_360, color_scheme="light") as context:
        page, _ = open_page(context, site_server + "en/about/")
        assert scheme_problems(page, "light") == []
        assert scheme_problems(page, "dark") == [
            "the system asks for the dark scheme, and Material shows 'default', not 'slate'"
        ]


def test_figure_check_reports_the_other_variant_and_small_text(browser, site_server, built_site):
    where = "theory/entropy/"
    with guarded_context(browser, **PHONE_360, color_scheme="dark") as context:
        page, _ = open_page(context, site_server + where)
        assert figure_problems(page, "dark", where, built_site.path) == []
        page.add_style_tag(
            content='img[src*="/figures/"] { width: 150px !important; height: auto !important; }'
            ' img[src$="#only-light"] { display: inline !important; }'
        )
        problems = figure_problems(page, "dark", where, built_site.path)
    assert any("-light.svg is shown in the dark scheme" in p for p in problems), problems
    assert any("px at 150 px wide" in p for p in problems), problems


# playground.css before its fix: transparent buttons, whose text Material's
# hover and focus style turns to its accent-bg-color: white, blank on white;
# in slate (site.css), the page's own colour, blank on slate.
OLD_PLAYGROUND_BUTTONS = """
.md-typeset .xe-playground .md-button { background: transparent !important; }
.md-typeset .xe-playground .md-button:hover, .md-typeset .xe-playground .md-button:focus {
  color: var(--md-accent-bg-color) !important; background: transparent !important; }
"""


def test_state_check_reports_buttons_that_go_blank_when_hovered_or_focused(browser, site_server):
    found = {}
    for name, css in (("as built", None), ("old", OLD_PLAYGROUND_BUTTONS)):
        with guarded_context(browser, **PHONE_360) as context:
            if css:
                with_css(context, "playground.css", css)
            page, _ = open_page(context, site_server + "en/playground/")
            found[name] = control_state_problems(page)
    assert not [p for p in found["as built"] if " button.md-button: " in p], found["as built"]
    caught = {re.match(r"(dark: )?\w+ [^:]+", p)[0] for p in found["old"]}
    blank = {f"{dark}{state} button.md-button" for dark in ("", "dark: ") for state in ("hovered", "focused")}
    assert blank <= caught, found["old"]


# A control's look: the colours of it and of everything in it. (Not its
# opacity: Material shows "back to top" by the way the page last scrolled.)
LOOK_JS = """el => [el, ...el.querySelectorAll("*")].map(e => {
  const s = getComputedStyle(e);
  return [s.color, s.backgroundColor, s.borderTopColor, s.visibility, s.outlineStyle].join(" ");
})"""


# The button of the menu a control is in (Material's language list).
MENU_BUTTON = "xpath=ancestor::div[contains(concat(' ', @class, ' '), ' md-select ')]/button"
# Out of a pointer's reach until the reader does something: the search box's
# clear button (until search opens), "back to top" (until the page scrolls up).
UNREACHABLE = {"button.md-icon.md-search__icon", "button.md-icon.md-top"}


def real_looks(page, keys):
    """Each marked control, under the mouse and then focused after a key press;
    and the controls no pointer reaches as the page is (out of view, say)."""
    looks, unreachable = {}, []
    for key in keys:
        control = page.locator(f'[data-state-check="{key}"]')
        menu = control.locator(MENU_BUTTON)
        if menu.count():
            menu.hover()  # the language list opens while its button is hovered
        try:
            control.hover(timeout=500)
            looks[key, "hovered"] = control.evaluate(LOOK_JS)
        except PlaywrightTimeout:
            unreachable.append(key)
        page.mouse.move(0, 0)
        page.keyboard.press("Shift")  # what the keyboard does next shows focus
        control.evaluate("el => (el.control || el).focus()")
        looks[key, "focused"] = control.evaluate(LOOK_JS)
        page.evaluate("() => document.activeElement.blur()")
    return looks, unreachable


@pytest.mark.parametrize(
    "scheme, path",
    [
        ("light", "en/playground/"),
        ("light", "en/classification/slowdown/"),  # a notebook page: its download button
        ("light", "frameworks/pytorch/"),  # tabs, answers
        ("dark", "en/classification/slowdown/"),  # site.css recolours .md-button in slate
    ],
)
def test_forced_states_look_as_a_pointer_and_the_keyboard_make_them(browser, site_server, scheme, path):
    """Each kind of control, hovered with the mouse and focused after a key
    press, looks as ControlStates shows it on the page hollowed out (those
    UNREACHABLE names, focused only)."""
    with guarded_context(browser, **PHONE_360, color_scheme=scheme) as context:
        page, _ = open_page(context, site_server + path)
        page.add_style_tag(content=NO_TRANSITIONS)
        keys = page.evaluate(CHOOSE_CONTROLS_JS, CONTROLS)
        real, unreachable = real_looks(page, keys)
        assert set(unreachable) <= UNREACHABLE, unreachable
        states = prepare_controls(page)
        forced = {}
        for state in ("hovered", "focused"):
            states.show(state)
            for key in keys:
                forced[key, state] = page.locator(f'[data-state-check="{key}"]').evaluate(LOOK_JS)
        differ = {k: (real[k], forced[k]) for k in real if real[k] != forced[k]}
        assert not differ, (path, differ)
