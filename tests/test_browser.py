"""Real-browser smoke tests: the built site, served on 127.0.0.1, opened in
headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

- every page of both languages loads with no console error, no page error,
  no failed request or HTTP error, and no request to any other host (such
  requests are aborted, so nothing leaves the machine, and reported);
- math is typeset: no ``.arithmatex`` element keeps raw TeX delimiters
  outside KaTeX's output, and each one contains a ``.katex`` element;
- the language switcher links every page to the same page in the other
  language, and clicking it (once per direction) lands there;
- search works in each language and only returns that language's pages;
- the notebook page renders its cells instead of raw notebook JSON.

If Chromium is missing the tests fail (they do not skip).
"""

import contextlib
import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

from conftest import LANGS

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]
OTHER = {"zh": "en", "en": "zh"}
NOTEBOOK = "pytorch/step-by-step/"

# Raw TeX left in an .arithmatex element once KaTeX's own output is removed.
MATH_JS = r"""() => [...document.querySelectorAll('.arithmatex')].flatMap(el => {
  const copy = el.cloneNode(true);
  copy.querySelectorAll('.katex, .katex-display').forEach(k => k.remove());
  const raw = /\\\(|\\\[|\$\$/.test(copy.textContent);
  const typeset = el.querySelector('.katex') !== null;
  return raw || !typeset ? [el.textContent.trim().slice(0, 60)] : [];
})"""


def chromium_path():
    # CHROMIUM may name another Chromium-based browser (e.g. on GitHub runners).
    for candidate in (os.environ.get("CHROMIUM"), CHROMIUM, shutil.which("chromium")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def url_path(page):
    """URL path (relative to the language root) that serves an HTML page."""
    text = page.as_posix()
    return "" if text == "index.html" else text.removesuffix("index.html")


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    if executable is None:
        pytest.fail("Chromium not found: install Debian's chromium "
                    "(apt-get install -y chromium); .ci/run does this", pytrace=False)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, headless=True,
                                     args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@contextlib.contextmanager
def guarded_context(browser, **options):
    """A context that aborts (and records in .external) every non-loopback request."""
    context = browser.new_context(**options)
    context.external = []

    def guard(route):
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            context.external.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    try:
        yield context
    finally:
        context.close()


@pytest.fixture
def context(browser):
    with guarded_context(browser) as context:
        yield context


def start_page(context, url):
    """Start loading url; return (page, list that collects its problems)."""
    page = context.new_page()
    problems = []
    page.on("console", lambda m: m.type == "error" and problems.append(
        f"console error: {m.text} ({m.location.get('url')})"))
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("request", lambda r: urlsplit(r.url).hostname != "127.0.0.1"
            and problems.append(f"request to another host: {r.url}"))
    page.on("requestfailed", lambda r: problems.append(
        f"request failed: {r.url} ({r.failure})"))
    page.on("response", lambda r: r.status >= 400 and problems.append(
        f"HTTP {r.status}: {r.url}"))
    page.goto(url, wait_until="commit")
    return page, problems


def settle(page):
    """Wait until the page has loaded and its network (sitemaps too) is idle."""
    page.wait_for_load_state("load")
    page.wait_for_load_state("networkidle")


def open_page(context, url):
    page, problems = start_page(context, url)
    settle(page)
    return page, problems


@pytest.mark.parametrize("lang", LANGS)
def test_pages_load_cleanly(lang, built_site, site_server, context):
    failures = []
    # Start every page first so they load in parallel, then check each one.
    started = [(rel, *start_page(context, site_server + LANGS[lang] + url_path(rel)))
               for rel in built_site.pages(lang)]
    for rel, page, problems in started:
        name = f"{LANGS[lang]}{rel.as_posix()}"
        settle(page)
        if rel.name != "404.html":  # 404 has no math and no per-page switcher
            problems += [f"raw or untypeset math: {t!r}" for t in page.evaluate(MATH_JS)]
            # The switcher's link for the other language points at this same page.
            other = OTHER[lang]
            href = page.get_attribute(f"a.md-select__link[hreflang={other}]", "href")
            href = page.evaluate("h => new URL(h, location.href).href", href)
            expected = site_server + LANGS[other] + url_path(rel)
            if href != expected:
                problems.append(f"{other} switcher link is {href}, expected {expected}")
        failures += [f"{name}: {p}" for p in problems]
        page.close()
    failures += [f"aborted request to another host: {u}" for u in context.external]
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("lang", LANGS)
def test_language_switcher_click(lang, built_site, site_server, context):
    # Material intercepts clicks on links into another language and looks the
    # page up in that language's sitemap.xml, whose URLs carry site_url; here
    # site_url (port 8000) does not match the test server, the same mismatch
    # a dev server or a custom domain would have. The switcher must still land
    # on the same page: open_page waits until the sitemaps have loaded.
    page, problems = open_page(context, site_server + LANGS[lang] + NOTEBOOK)
    other = OTHER[lang]
    page.hover(".md-header__option .md-select")  # opens the language menu
    with page.expect_navigation():
        page.click(f"a.md-select__link[hreflang={other}]")
    page.wait_for_load_state("networkidle")
    assert page.url == site_server + LANGS[other] + NOTEBOOK
    assert (page.get_attribute("html", "lang") or "").startswith(other)
    unexpected = problems + context.external
    assert not unexpected, "\n".join(unexpected)


@pytest.mark.parametrize("lang, query", [("zh", "交叉熵"), ("en", "entropy")])
def test_search(lang, query, site_server, context):
    page, problems = open_page(context, site_server + LANGS[lang])
    page.click("input.md-search__input")  # desktop layout: the box is in the header
    page.fill("input.md-search__input", query)
    page.press("input.md-search__input", "End")  # Material searches on keyup
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    links = page.eval_on_selector_all(".md-search-result__item a", "as => as.map(a => a.href)")
    texts = page.eval_on_selector_all(".md-search-result__item", "es => es.map(e => e.innerText)")
    assert links, f"no search results for {query!r}"
    en_root = site_server + "en/"
    if lang == "zh":
        wrong = [u for u in links if not u.startswith(site_server) or u.startswith(en_root)]
        no_cjk = [t[:80] for t in texts if not any("\u4e00" <= c <= "\u9fff" for c in t)]
        assert not no_cjk, f"results without Chinese text: {no_cjk}"
    else:
        wrong = [u for u in links if not u.startswith(en_root)]
    assert not wrong, f"{lang} search returned other-language links: {wrong}"
    unexpected = problems + context.external
    assert not unexpected, "\n".join(unexpected)


@pytest.mark.parametrize("lang", LANGS)
def test_notebook_cells_rendered(lang, site_server, context):
    # Console and network are checked by test_pages_load_cleanly; the cells
    # are static HTML, so "load" is enough here.
    page = context.new_page()
    page.goto(site_server + LANGS[lang] + NOTEBOOK, wait_until="load")
    assert page.locator(".jupyter-wrapper .jp-Cell").count() > 0, "no rendered notebook cells"
    assert '"cell_type"' not in page.inner_text("body"), "raw notebook JSON on the page"
