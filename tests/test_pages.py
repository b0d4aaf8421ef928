"""Every page of both languages, opened once in Chromium on a phone (375 px).

- no console error, page error, failed request, HTTP error, or request to
  another host (such requests fail at a dead proxy, so nothing leaves the
  machine; test_requests_to_other_hosts_fail_and_are_reported);
- math was typeset at build time: every .arithmatex holds KaTeX output, and
  no raw TeX is left there or in a notebook's markdown;
- the language switcher links to this same page in the other language;
- nothing scrolls sideways (document.documentElement.scrollWidth <= 375);
- every listing's copy button (Material's content.code.copy) copies the
  exact source of the file its title names, and clicking the first one puts
  it on the clipboard;
- a notebook page shows rendered cells, not notebook JSON;
- axe-core (node_modules/axe-core, installed by `npm ci`) finds no serious
  or critical violation.

This is the slowest part of the suite, so it starts in a worker thread as soon
as the site is built and runs beside the other tests (the page_checks fixture
in conftest.py); these tests, collected last, assert what it found. Within
it, pages are pipelined: axe runs on one page while the next loads and is
checked in the other of two contexts (another renderer process).
"""

import pytest
from playwright.sync_api import sync_playwright

from chromium import CHROMIUM_ARGS, PHONE, chromium_path, new_guarded_context, start_page
from layout import ROOT, page_url
from layout import pages as layout_pages
from sitebuild import URL_PREFIX as LANGS
from translate_comments import shown_source

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
OTHER = {"zh": "en", "en": "zh"}

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
AXE_START = """() => {
  const seen = new Set();
  for (const token of document.querySelectorAll("pre span")) {
    if (seen.has(token.className)) token.setAttribute("data-contrast-skipped", "");
    else seen.add(token.className);
  }
  axe.configure({rules: [{id: "color-contrast", selector: "*:not([data-contrast-skipped])"}]});
  window.axeFindings = new Promise(r => setTimeout(r)).then(() => axe.run(
    {exclude: [[".katex-html"]]}, {resultTypes: ["violations"]}
  )).then(result => result.violations
    .filter(v => v.impact === "serious" || v.impact === "critical")
    .map(v => `${v.impact} ${v.id}: ${v.help} -- ` +
              v.nodes.slice(0, 5).map(n => n.target.join(" ")).join(", ")));
}"""


def pages():
    """(lang, path, is_notebook) for every page in the sources, plus each 404."""
    found = []
    for lang in LANGS:
        found += [(lang, page_url(page), page.endswith(".ipynb")) for page in layout_pages(lang)]
        found.append((lang, "404.html", False))
    return found


PAGES = pages()


def check_every_page(site_server):
    """Problems found on each page, keyed by (lang, path). Runs in its own thread
    (see the page_checks fixture in conftest.py), with its own Playwright."""
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
        # proxy and start_page() reports them.
        contexts = [browser.new_context(**PHONE) for _ in range(2)]
        for context in contexts:
            context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_server.rstrip("/"))
        found, running = {}, None
        for i, (lang, path, notebook) in enumerate(PAGES):
            started = failing_alone(
                found, (lang, path), open_and_check, contexts[i % 2], site_server, lang, path, notebook
            )
            if running:
                failing_alone(found, running[0], finish, *running, found)
            running = started
        if running:
            failing_alone(found, running[0], finish, *running, found)
        browser.close()  # each page's own listener has reported its requests
    return found


def failing_alone(found, key, step, *args):
    """step(*args), with an error (a timeout, say) recorded against that page only."""
    try:
        return step(*args)
    except Exception as error:
        found[key] = [f"{step.__name__}: {type(error).__name__}: {error}"]
        return None


def open_and_check(context, site_server, lang, path, notebook):
    url = site_server + LANGS[lang] + path
    page, problems = start_page(context, url)
    page.wait_for_load_state("load")
    page.evaluate("document.fonts.ready.then(() => true)")  # final layout
    page.evaluate(IDLE_JS)  # a11y.js does its work when the browser is idle
    problems += [f"raw or untypeset math: {t!r}" for t in page.evaluate(MATH_JS)]
    problems += sideways_scroll(page)
    problems += copy_buttons(page)
    if path != "404.html":  # the 404 page has no per-page switcher
        problems += switcher(page, site_server, lang, path)
    if notebook:
        if page.locator(".jupyter-wrapper .jp-Cell").count() == 0:
            problems.append("no rendered notebook cells")
        if '"cell_type"' in page.inner_text("body"):
            problems.append("raw notebook JSON on the page")
    page.add_script_tag(path=str(AXE))
    page.evaluate(AXE_START)
    return (lang, path), page, problems


def finish(key, page, problems, found):
    problems += page.evaluate("() => window.axeFindings")
    problems += click_first_copy_button(page)
    page.wait_for_load_state("networkidle")  # late requests (sitemaps) are reported too
    page.close()
    found[key] = problems


def sideways_scroll(page):
    width, limit = page.evaluate("document.documentElement.scrollWidth"), PHONE["viewport"]["width"]
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
