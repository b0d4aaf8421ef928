"""Checks on the built site: strict and quiet, every internal link and asset
resolves, nothing loads from another host, notebooks render as pages, each
language has its own search index, and the language switcher keeps the page."""

import functools
import json
import re
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from contract import DOCS
from layout import page_url, pages
from sitebuild import URL_PREFIX as LANGS

# Attributes through which a page loads something (as opposed to <a> links).
LOADS = {
    ("script", "src"),
    ("img", "src"),
    ("iframe", "src"),
    ("source", "src"),
    ("audio", "src"),
    ("video", "src"),
    ("embed", "src"),
    ("object", "data"),
    ("link", "href"),
}
HAN = re.compile(r"[\u4e00-\u9fff]")


class PageParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links, self.loads, self.switcher = set(), [], [], {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("id", "name"):
            if attrs.get(key):
                self.ids.add(attrs[key])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
            if "md-select__link" in attrs.get("class", ""):
                self.switcher[attrs.get("hreflang")] = attrs["href"]
        for t, attr in LOADS:
            if tag == t and attrs.get(attr):
                if tag == "link" and attrs.get("rel") in ("canonical", "alternate"):
                    continue  # metadata, nothing is fetched
                self.loads.append(attrs[attr])


@functools.cache
def parse(path):
    """Parse a built page once; link checks revisit the same targets often."""
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def is_external(url):
    return url.startswith("//") or urlsplit(url).scheme not in ("", "data")


def target_file(site_root, page_path, url):
    """The file a relative URL on a page points to, and its fragment."""
    page_url = "/" + page_path.relative_to(site_root).as_posix()
    parts = urlsplit(urljoin(page_url, url))
    path = site_root / unquote(parts.path).lstrip("/")
    if parts.path.endswith("/") or path.is_dir():
        path = path / "index.html"
    return path, parts.fragment


def all_pages(site):
    return sorted(site.path.rglob("*.html"))


def test_strict_build_prints_no_warning(built_site):
    bad = [line for line in built_site.log.splitlines() if re.match(r"\s*(WARNING|ERROR)\b", line)]
    assert bad == []
    assert "Building the English site" in built_site.log


def test_both_languages_built_the_same_pages(built_site):
    zh, en = built_site.pages("zh"), built_site.pages("en")
    assert zh == en and len(zh) >= 3


def test_internal_links_anchors_and_assets_resolve(built_site):
    problems = []
    for page in all_pages(built_site):
        parsed = parse(page)
        for url in parsed.links + parsed.loads:
            if is_external(url) or url.startswith(("mailto:", "data:")):
                continue
            path, fragment = target_file(built_site.path, page, url)
            name = page.relative_to(built_site.path)
            if not path.is_file():
                problems.append(f"{name}: {url} -> missing {path.relative_to(built_site.path)}")
            elif fragment and path.suffix == ".html" and fragment not in parse(path).ids:
                problems.append(f"{name}: {url} -> no anchor #{fragment}")
    assert problems == []


def test_every_image_has_its_size(built_site):
    """Unsized images shift the text below them as they load (hooks/figure_size.py)."""
    problems = [
        f"{page.relative_to(built_site.path)}: {tag[:120]}"
        for page in all_pages(built_site)
        for tag in re.findall(r"<img\b[^>]*>", page.read_text(encoding="utf-8"))
        if not (re.search(r'\swidth="\d+"', tag) and re.search(r'\sheight="\d+"', tag))
    ]
    assert problems == []


def test_nothing_loads_from_another_host(built_site):
    problems = [
        f"{page.relative_to(built_site.path)}: {url}"
        for page in all_pages(built_site)
        for url in parse(page).loads
        if is_external(url)
    ]
    for css in built_site.path.rglob("*.css"):
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)|@import\s+['\"]([^'\"]+)", css.read_text()):
            url = url[0] or url[1]
            if is_external(url):
                problems.append(f"{css.relative_to(built_site.path)}: {url}")
    # Scripts that fetch by URL string (e.g. an `import("https://...")`).
    for page in all_pages(built_site):
        for url in re.findall(r"""import\(\s*["'](https?:[^"']+)""", page.read_text(encoding="utf-8")):
            problems.append(f"{page.relative_to(built_site.path)}: script imports {url}")
    assert problems == []


def rendered_notebook_problem(html):
    """Why a notebook page is not a rendered page (None when it is)."""
    if '"cell_type"' in html or '"nbformat"' in html:
        return "raw notebook JSON"
    if "jupyter-wrapper" not in html or "jp-Cell" not in html:
        return "no rendered cells"
    return None


@pytest.mark.parametrize("lang", LANGS)
def test_notebooks_render_as_site_pages(built_site, lang):
    root = built_site.path / LANGS[lang]
    notebooks = sorted((DOCS / lang).rglob("*.ipynb"))
    assert notebooks, "no notebook to check"
    for nb in notebooks:
        rel = nb.relative_to(DOCS / lang).with_suffix("")
        html = (root / rel / "index.html").read_text(encoding="utf-8")
        assert rendered_notebook_problem(html) is None, rel
        assert '<div class="md-content"' in html, f"{rel}: not inside the site's layout"


def test_raw_notebook_check_can_fail():
    raw = '{"cells": [{"cell_type": "code"}], "nbformat": 4}'
    assert rendered_notebook_problem(raw) == "raw notebook JSON"
    assert rendered_notebook_problem("<p>hello</p>") == "no rendered cells"


def search_index(site, lang):
    return json.loads((site.path / LANGS[lang] / "search" / "search_index.json").read_text(encoding="utf-8"))


def test_chinese_search_index_is_segmented_and_chinese(built_site):
    index = search_index(built_site, "zh")
    texts = [d["title"] + d["text"] for d in index["docs"]]
    # jieba segments at build time and the user dictionary keeps 交叉熵 whole.
    assert any("\u200b交叉熵\u200b" in t for t in texts)
    assert "\\u200b" in index["config"]["separator"] or "\u200b" in index["config"]["separator"]
    assert all(not d["location"].startswith("en/") for d in index["docs"])


def escaped_cjk(raw):
    """How many Chinese characters a JSON text writes as \\uXXXX escapes."""
    return len(re.findall(r"\\u[4-9][0-9a-fA-F]{3}", raw))


def test_chinese_search_index_is_written_in_utf8(built_site):
    # Every page downloads the index; escapes would make it a tenth larger gzipped.
    raw = (built_site.path / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "交叉熵" in raw and escaped_cjk(raw) == 0


def test_escape_check_counts_escaped_chinese():
    assert escaped_cjk(json.dumps("交叉熵")) == 3
    assert escaped_cjk(json.dumps("交叉熵", ensure_ascii=False)) == 0


def indexed_pages(index):
    return {d["location"].split("#")[0] for d in index["docs"]}


@pytest.mark.parametrize("lang", LANGS)
def test_search_index_holds_exactly_this_languages_pages(built_site, lang):
    expected = {
        "" if p.as_posix() == "index.html" else p.parent.as_posix() + "/"
        for p in built_site.pages(lang)
        if p.name == "index.html"
    }
    assert indexed_pages(search_index(built_site, lang)) == expected


def test_english_search_index_is_english(built_site):
    index = search_index(built_site, "en")
    assert index["config"]["lang"] == ["en"]
    assert any("entropy" in d["text"].lower() for d in index["docs"])
    # Chinese appears only on pages whose English source quotes it (the
    # glossary, the sources), not from the Chinese tooltips, say.
    with_han = {d["location"].split("#")[0] for d in index["docs"] if HAN.search(d["title"] + d["text"])}
    sources = {page: (DOCS / "en" / page).read_text(encoding="utf-8") for page in pages("en")}
    quoting = {page_url(page) for page, text in sources.items() if HAN.search(text)}
    assert with_han and with_han <= quoting


@pytest.mark.parametrize("lang,other", [("zh", "en"), ("en", "zh")])
def test_language_switcher_links_to_the_same_page(built_site, lang, other):
    root = built_site.path / LANGS[lang]
    for rel in built_site.pages(lang):
        if rel.name == "404.html":
            continue
        href = parse(root / rel).switcher[other]
        path, _ = target_file(built_site.path, root / rel, href)
        assert path == built_site.path / LANGS[other] / rel, f"{lang}/{rel}: {href}"


def test_each_language_has_sitemap_and_404(built_site):
    # Material fetches sitemap.xml next to each alternate language's root.
    for lang in LANGS:
        for name in ("sitemap.xml", "404.html"):
            assert (built_site.path / LANGS[lang] / name).is_file(), (lang, name)


def redirect_maps():
    from mkdocs.config import load_config

    return load_config(str(DOCS.parent / "mkdocs.yml")).plugins["redirects"].config["redirect_maps"]


# Addresses readers may have saved: the pages that moved when each page got
# its own snippets folder (December 2026), before and after.
MOVED = {
    "pytorch/cross-entropy-loss/": "frameworks/pytorch-cross-entropy-loss/",
    "pytorch/step-by-step/": "frameworks/pytorch-step-by-step/",
    "glossary/": "reference/glossary/",
    "sources/": "reference/sources/",
}


@pytest.mark.parametrize("lang", LANGS)
def test_moved_pages_keep_their_old_address(built_site, lang):
    """Every old address serves a redirect to the page's new one, which exists."""
    root = built_site.path / LANGS[lang]
    maps = redirect_maps()
    assert {old.removesuffix(".md") + "/": new.rsplit(".", 1)[0] + "/" for old, new in maps.items()} == MOVED
    for old, new in maps.items():
        stub = root / old.rsplit(".", 1)[0] / "index.html"
        assert stub.is_file(), f"{old}: no page at its old address"
        target = re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', stub.read_text()).group(1)
        landing = (stub.parent / target).resolve() / "index.html"
        assert landing == (root / new.rsplit(".", 1)[0] / "index.html").resolve() and landing.is_file(), old
