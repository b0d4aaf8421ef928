"""The language switcher and search, clicked and typed in Chromium.

- clicking the switcher (once per direction) lands on the same page in the
  other language, even though site_url does not match the test server;
- search works in each language and only returns that language's pages.

Every page's own checks (console, requests, math, phone layout, copy button,
notebook cells, axe) are in test_pages.py. If Chromium is missing the tests fail.
"""

import pytest

from chromium import open_page
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
