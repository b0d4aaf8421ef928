"""The language switcher, the 404 page and search, clicked and typed in Chromium.

- clicking the switcher (once per direction) lands on the same page in the
  other language, even though site_url does not match the test server;
- it keeps the reader's place: the section scrolled to, the #anchor, and the
  query string (the playground's state, ?m=slow&n=40); on a notebook, whose
  headings have no shared ids, the section at the same position;
- a missing address, served as GitHub Pages serves it (the root 404.html,
  status 404, the address unchanged), speaks the language of its path and
  offers a home link and a search box that work, and no link leads outside
  the site or to a missing file;
- search works in each language and only returns that language's pages.

Each place and 404 check is also run on the defect it guards against (the
old switcher, the old 404 page) and shown to report it.

Every page's own checks (console, requests, math, phone layout, copy button,
notebook cells, axe) are in test_pages.py. If Chromium is missing the tests fail.
"""

import functools
import http.server
import re
import threading
from pathlib import Path

import pytest

from chromium import PHONE, guarded_context, open_page
from sitebuild import URL_PREFIX as LANGS

pytestmark = pytest.mark.browser

OTHER = {"zh": "en", "en": "zh"}
NOTEBOOK = "frameworks/pytorch-step-by-step/"


@pytest.mark.parametrize("lang", LANGS)
def test_language_switcher_click(lang, built_site, site_server, context):
    # Material intercepts clicks on links into another language and looks the
    # page up in that language's sitemap.xml, whose URLs carry site_url; here
    # site_url (port 8000) does not match the test server, the same mismatch
    # a dev server or a custom domain would have. The switcher must still land
    # on the same page: open_page waits until the sitemaps have loaded.
    page, problems = open_page(context, site_server + LANGS[lang] + NOTEBOOK)
    other = OTHER[lang]
    switch_language(page, other)
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


# ---------------------------------------------------------------------------
# The switcher keeps the reader's place.

SECTIONS_PAGE = "theory/entropy/"
PLAYGROUND = "playground/"
PLAYGROUND_STATE = {"m": "slow", "n": "40"}

# The heading of the longest section (shown, not in a collapsed answer, not
# the page title), so a reader scrolled into it is clearly reading it.
LONGEST_SECTION_JS = """() => {
  const hs = [...document.querySelectorAll('.md-content article :is(h2, h3)[id]')]
    .filter(h => h.getClientRects().length);
  const top = h => h.getBoundingClientRect().top + scrollY;
  const end = document.querySelector('.md-content article').getBoundingClientRect().bottom + scrollY;
  let best = null, most = 0;
  hs.forEach((h, i) => {
    const length = (i + 1 < hs.length ? top(hs[i + 1]) : end) - top(h);
    if (length > most) { most = length; best = h.id; }
  });
  return best;
}"""
# Scroll so that the heading has just gone under the header: the reader is
# 80 px into its section, with the heading itself out of sight.
SCROLL_INTO_SECTION_JS = """id => {
  const header = document.querySelector('.md-header').getBoundingClientRect().bottom;
  const heading = document.getElementById(id);
  window.scrollTo(0, heading.getBoundingClientRect().top + scrollY - header + 80);
  return heading.getBoundingClientRect().top < header;
}"""
HEADING_IN_VIEW_JS = """id => {
  const el = document.getElementById(id);
  if (!el) return false;
  const box = el.getBoundingClientRect();
  return box.top >= 0 && box.top < innerHeight / 2;
}"""
HEADINGS = ".md-content article :is(h1, h2, h3, h4, h5, h6)[id]"
HEADING_IDS_JS = f"() => [...document.querySelectorAll({HEADINGS!r})].map(h => h.id)"
# The switcher as it was: links without data-keep-place, which switcher.js leaves alone.
SETTLED_JS = """() => document.fonts.ready.then(() => new Promise(done =>
  requestIdleCallback(() => requestAnimationFrame(() => done(true)), {timeout: 2000})))"""
KEEP = "data-keep-place"
OLD_SWITCHER_JS = f"document.querySelectorAll('[{KEEP}]').forEach(a => a.removeAttribute('{KEEP}'))"


def open_settled(context, url):
    """open_page, then wait for the final layout (web fonts change line
    heights), so the sections are measured where the reader would see them."""
    page, problems = open_page(context, url)
    page.evaluate(SETTLED_JS)
    return page, problems


def switch_language(page, other):
    """Open the language menu as a reader would (a tap on a phone, the pointer
    on a desktop) and follow the other language's link. The mouse goes to
    where each is on screen: Playwright's own click would first scroll the
    page to bring the header's dropdown into view, and lose the place."""
    scrolled = page.evaluate("scrollY")
    button = page.locator(".md-header__option .md-select button")
    box = button.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    if page.viewport_size["width"] < 700:
        page.mouse.click(x, y)  # a tap focuses the button, which opens the menu
    else:
        page.mouse.move(x, y)
    link = page.locator(f"a.md-select__link[hreflang={other}]")
    link.wait_for(state="visible")
    page.wait_for_timeout(400)  # the menu fades in (Material: 250 ms)
    box = link.bounding_box()
    assert page.evaluate("scrollY") == scrolled, "opening the menu scrolled the page"
    with page.expect_navigation():
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_load_state("load")
    page.evaluate(SETTLED_JS)
    return page.url


def place_problems(page, expected_url, section=None):
    """What the landing page lost of the reader's place: its address must be
    expected_url (query and #anchor included), and the section in view."""
    problems = []
    if page.url != expected_url:
        problems.append(f"landed at {page.url}, expected {expected_url}")
    if section and not page.evaluate(HEADING_IN_VIEW_JS, section):
        problems.append(f"section #{section} is not at the top of the landing page")
    return problems


def twin(site_server, lang, path):
    return site_server + LANGS[OTHER[lang]] + path


@pytest.fixture(params=["desktop", "phone"])
def any_context(request, browser):
    with guarded_context(browser, **(PHONE if request.param == "phone" else {})) as context:
        yield context


@pytest.mark.parametrize("lang", LANGS)
def test_switcher_keeps_the_section_scrolled_to(lang, site_server, any_context):
    page, problems = open_settled(any_context, site_server + LANGS[lang] + SECTIONS_PAGE)
    section = page.evaluate(LONGEST_SECTION_JS)
    assert page.evaluate(SCROLL_INTO_SECTION_JS, section), "the heading should be out of sight"
    switch_language(page, OTHER[lang])
    expected = twin(site_server, lang, SECTIONS_PAGE) + "#" + section
    assert place_problems(page, expected, section) == []
    unexpected = problems + any_context.external
    assert not unexpected, "\n".join(unexpected)


@pytest.mark.parametrize("lang", LANGS)
def test_switcher_keeps_the_anchor(lang, site_server, context):
    page, _ = open_settled(context, site_server + LANGS[lang] + SECTIONS_PAGE)
    section = page.evaluate(LONGEST_SECTION_JS)
    page.goto(site_server + LANGS[lang] + SECTIONS_PAGE + "#" + section)
    page.evaluate(SETTLED_JS)
    switch_language(page, OTHER[lang])
    assert place_problems(page, twin(site_server, lang, SECTIONS_PAGE) + "#" + section, section) == []


def test_switcher_prefers_the_section_to_an_anchor_scrolled_away_from(site_server, context):
    # The reader followed a link to the first section, then read on: the
    # address still names the first, the switcher takes them where they are.
    page, _ = open_settled(context, site_server + SECTIONS_PAGE)
    section = page.evaluate(LONGEST_SECTION_JS)
    first = page.evaluate("document.querySelector('.md-content article h2[id]').id")
    assert first != section
    page.goto(site_server + SECTIONS_PAGE + "#" + first)
    page.evaluate(SETTLED_JS)
    page.evaluate(SCROLL_INTO_SECTION_JS, section)
    switch_language(page, "en")
    assert place_problems(page, twin(site_server, "zh", SECTIONS_PAGE) + "#" + section, section) == []


@pytest.mark.parametrize("lang", LANGS)
def test_switcher_keeps_the_playground_state(lang, site_server, context):
    query = "?" + "&".join(f"{k}={v}" for k, v in PLAYGROUND_STATE.items())
    page, problems = open_settled(context, site_server + LANGS[lang] + PLAYGROUND + query)
    # The playground may write its full state into the address; what it
    # shows is what the twin page must get.
    state = page.evaluate("location.search")
    assert all(f"{k}={v}" in state for k, v in PLAYGROUND_STATE.items()), state
    switch_language(page, OTHER[lang])
    page.wait_for_load_state("networkidle")
    assert place_problems(page, twin(site_server, lang, PLAYGROUND) + state) == []
    # ... and the playground there took it up: it writes its own state back
    # into the address, which would differ had it fallen back to its defaults.
    assert page.evaluate("location.search") == state
    unexpected = problems + context.external
    assert not unexpected, "\n".join(unexpected)


@pytest.mark.parametrize("lang", LANGS)
def test_switcher_on_a_notebook_keeps_the_section_by_position(lang, site_server, context):
    # Notebook headings take their ids from their text, so they differ between
    # the languages; the twin page opens at the heading in the same position.
    page, _ = open_settled(context, site_server + LANGS[lang] + NOTEBOOK)
    ids = page.evaluate(HEADING_IDS_JS)
    section = page.evaluate(LONGEST_SECTION_JS)
    page.evaluate(SCROLL_INTO_SECTION_JS, section)
    switch_language(page, OTHER[lang])
    twin_ids = page.evaluate(HEADING_IDS_JS)
    assert len(twin_ids) == len(ids)
    landed = twin_ids[ids.index(section)]
    page.wait_for_function("id => location.hash === '#' + id", arg=landed, timeout=5000)
    assert place_problems(page, twin(site_server, lang, NOTEBOOK) + "#" + landed, landed) == []


def test_place_checks_catch_the_old_switcher(site_server, context):
    """The checks above, shown able to fail: with the switcher's script
    unhooked (links as they were before), the section and the query are lost."""
    page, _ = open_settled(context, site_server + SECTIONS_PAGE)
    section = page.evaluate(LONGEST_SECTION_JS)
    page.evaluate(SCROLL_INTO_SECTION_JS, section)
    page.evaluate(OLD_SWITCHER_JS)
    switch_language(page, "en")
    problems = place_problems(page, twin(site_server, "zh", SECTIONS_PAGE) + "#" + section, section)
    assert len(problems) == 2 and f"#{section}" in problems[0], problems

    page.goto(site_server + SECTIONS_PAGE + "#" + section)
    page.evaluate(OLD_SWITCHER_JS)
    switch_language(page, "en")
    problems = place_problems(page, twin(site_server, "zh", SECTIONS_PAGE) + "#" + section, section)
    assert len(problems) == 2 and f"#{section}" in problems[0], problems

    page, _ = open_settled(context, site_server + PLAYGROUND + "?m=slow&n=40")
    state = page.evaluate("location.search")
    page.evaluate(OLD_SWITCHER_JS)
    switch_language(page, "en")
    problems = place_problems(page, twin(site_server, "zh", PLAYGROUND) + state)
    assert len(problems) == 1 and "m=slow" in problems[0], problems


# ---------------------------------------------------------------------------
# The 404 page, served as GitHub Pages serves it.


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    """GitHub Pages' rule: every missing path gets the site root's 404.html,
    with status 404, at the address asked for (there is no per-folder 404)."""

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@pytest.fixture(scope="module")
def pages_server(built_site):
    handler = functools.partial(PagesHandler, directory=str(built_site.path))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


MISSING = "theory/no-such-page/"
NOT_FOUND_TITLE = {"zh": "找不到这个页面", "en": "Page not found"}
# Every link on the page, as the browser resolves it.
LINKS_JS = "() => [...document.querySelectorAll('a[href]')].map(a => a.href)"
# Each distinct same-site target, fetched: its HTTP status.
STATUSES_JS = """urls => Promise.all(urls.map(u =>
  fetch(u, {method: 'HEAD'}).then(r => [u, r.status], () => [u, 0])))"""


def not_found_problems(page, server, lang):
    """Why the page at a missing address of this language fails the reader."""
    home = server + LANGS[lang]
    problems = []
    page_lang = page.get_attribute("html", "lang") or ""
    if not page_lang.startswith(lang):
        problems.append(f"the page is in {page_lang!r}, not {lang!r}")
    title = page.locator(".md-content h1").first
    heading = title.inner_text().strip() if title.count() else ""
    if heading != NOT_FOUND_TITLE[lang]:
        problems.append(f"heading {heading!r}, expected {NOT_FOUND_TITLE[lang]!r}")
    content_links = page.eval_on_selector_all(".md-content a[href]", "as => as.map(a => a.href)")
    if home not in content_links:
        problems.append(f"no link to the home page {home} in the content: {content_links}")
    form = page.locator(".md-content form[role=search]")
    if form.count() != 1 or form.locator("input[name=q]").count() != 1:
        problems.append("no search box in the content")
    elif form.evaluate("f => f.action") != home:
        problems.append(f"the search box searches {form.evaluate('f => f.action')}, not {home}")
    links = sorted(set(page.evaluate(LINKS_JS)))
    outside = [u for u in links if not u.startswith(server)]
    if outside:
        problems.append(f"links outside the site: {outside}")
    inside = sorted({u.split("#")[0] for u in links if u.startswith(server)})
    missing = [u for u, status in page.evaluate(STATUSES_JS, inside) if status != 200]
    if missing:
        problems.append(f"links to missing pages: {missing}")
    return problems


HOME_MARK_JS = """home => [...document.querySelectorAll('.md-content a')]
  .find(a => a.href === home).setAttribute('data-home', '')"""


NOT_FOUND_CONSOLE = "Failed to load resource: the server responded with a status of 404 (Not Found)"


def open_missing(context, url, server):
    """Open a missing address. Expected, and left out of the problems: its own
    404 status, and under en/ the root page's requests that its handover to
    en/404.html cuts short (the English page's own requests all count)."""
    page, problems = open_page(context, url)
    expected = {f"HTTP 404: {url}", f"console error: {NOT_FOUND_CONSOLE} ({url})"}

    def handover(problem):
        aborted = re.fullmatch(r"request failed: (\S+) \(net::ERR_ABORTED\)", problem)
        return aborted and (aborted[1] == url or not aborted[1].startswith(server + "en/"))

    english = url.startswith(server + "en/")
    return page, [p for p in problems if p not in expected and not (english and handover(p))]


@pytest.mark.parametrize("lang", LANGS)
def test_404_speaks_the_language_of_its_path(lang, pages_server, any_context):
    url = pages_server + LANGS[lang] + MISSING
    page, problems = open_missing(any_context, url, pages_server)
    assert page.url == url, "the reader must still see the address they asked for"
    assert not_found_problems(page, pages_server, lang) == []
    assert MISSING.rstrip("/") in page.inner_text(".md-content")  # says what was missing
    unexpected = problems + any_context.external
    assert not unexpected, "\n".join(unexpected)


@pytest.mark.parametrize("lang", LANGS)
def test_404_home_link_and_search_work(lang, pages_server, context):
    url = pages_server + LANGS[lang] + MISSING
    page, _ = open_missing(context, url, pages_server)
    home = pages_server + LANGS[lang]
    page.evaluate(HOME_MARK_JS, home)
    with page.expect_navigation():
        page.click(".md-content a[data-home]")
    page.wait_for_load_state("load")
    assert page.url == home
    assert (page.get_attribute("html", "lang") or "").startswith(lang)

    page, problems = open_missing(context, url, pages_server)
    query = {"zh": "交叉熵", "en": "entropy"}[lang]
    page.fill(".md-content form[role=search] input[name=q]", query)
    with page.expect_navigation():
        page.press(".md-content form[role=search] input[name=q]", "Enter")
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    links = page.eval_on_selector_all(".md-search-result__item a", "as => as.map(a => a.href)")
    en_root = pages_server + "en/"
    wrong = [u for u in links if (u.startswith(en_root) != (lang == "en")) or not u.startswith(pages_server)]
    assert links and not wrong, f"{lang} search from the 404 page: {links}"
    unexpected = problems + context.external
    assert not unexpected, "\n".join(unexpected)


# The 404 page as it was: Material's bare English heading on the Chinese
# build, whose switcher links joined base_url "/" to "/./" and "/en/".
OLD_404 = """<!doctype html><html lang="zh"><head><meta charset="utf-8"></head><body>
<header><a class="md-select__link" hreflang="zh" href="//./">中文</a>
<a class="md-select__link" hreflang="en" href="//en/">English</a></header>
<div class="md-content"><article><h1>404 - Not found</h1></article></div></body></html>"""


def test_404_check_catches_the_old_page(pages_server, context):
    """The check above, shown able to fail, on the old page at a missing English path."""
    url = pages_server + "en/" + MISSING
    page = context.new_page()
    page.route(url, lambda route: route.fulfill(status=404, content_type="text/html", body=OLD_404))
    page.goto(url)
    problems = not_found_problems(page, pages_server, "en")
    assert any("not 'en'" in p for p in problems), problems
    assert any("404 - Not found" in p for p in problems), problems
    assert any("no link to the home page" in p for p in problems), problems
    assert any("no search box" in p for p in problems), problems
    outside = [p for p in problems if p.startswith("links outside the site")]
    assert outside and "http://./" in outside[0] and "http://en/" in outside[0], problems
    # And a link to a missing file on the site is reported too.
    page.evaluate("u => document.body.insertAdjacentHTML('beforeend', `<a href='${u}'>x</a>`)", url)
    problems = not_found_problems(page, pages_server, "en")
    assert any("links to missing pages" in p and MISSING in p for p in problems), problems
