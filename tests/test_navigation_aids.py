"""Breadcrumbs, a "last update" date on every page, and, when the site has a
repository (REPO_URL), edit buttons and listing titles that link to their file."""

import importlib.util
import re
from types import SimpleNamespace

import pytest

from layout import ROOT
from sitebuild import URL_PREFIX as LANGS

spec = importlib.util.spec_from_file_location("repository_links", ROOT / "hooks" / "repository_links.py")
repository_links = importlib.util.module_from_spec(spec)
spec.loader.exec_module(repository_links)

LISTING = (
    '<div class="highlight"><span class="filename">snippets/theory/entropy/binary.py</span><pre>…</pre></div>'
)
OUTPUT = '<div class="highlight"><span class="filename">Output</span><pre>…</pre></div>'


def aids_missing(html, in_section):
    problems = []
    if in_section and 'class="md-path"' not in html:
        problems.append("no breadcrumbs")
    if "git-revision-date-localized-plugin-date" not in html:
        problems.append("no last-update date")
    return problems


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_has_its_breadcrumbs_and_last_update(built_site, lang):
    root = built_site.path / LANGS[lang]
    problems = []
    for page in built_site.pages(lang):
        if page.name == "404.html":
            continue
        in_section = len(page.parts) > 2  # <section>/<page>/index.html
        problems += [
            f"{page}: {p}" for p in aids_missing((root / page).read_text(encoding="utf-8"), in_section)
        ]
    assert problems == []


def test_aids_check_catches_a_page_without_them():
    assert aids_missing("<main>…</main>", in_section=True) == ["no breadcrumbs", "no last-update date"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_local_build_links_no_repository(built_site, lang):
    root = built_site.path / LANGS[lang]
    html = (root / "theory" / "entropy" / "index.html").read_text(encoding="utf-8")
    assert "/edit/main/" not in html
    assert not re.search(r'<span class="filename"><a ', html)


def test_with_a_repository_titles_link_to_their_file_and_outputs_stay_text():
    config = SimpleNamespace(repo_url="https://github.com/example/xent/")
    html = repository_links.on_page_content(LISTING + OUTPUT, None, config, None)
    link = re.search(r'<span class="filename"><a href="([^"]+)">snippets/theory/entropy/binary.py</a>', html)
    assert link and link[1] == "https://github.com/example/xent/blob/main/snippets/theory/entropy/binary.py"
    assert (ROOT / link[1].split("/blob/main/")[1]).is_file()
    assert OUTPUT in html


def test_without_a_repository_nothing_links_and_edit_uri_is_dropped():
    config = SimpleNamespace(repo_url="", edit_uri="edit/main/docs/zh/")
    assert repository_links.on_page_content(LISTING, None, config, None) == LISTING
    assert repository_links.on_config(config).edit_uri == ""
