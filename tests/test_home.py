"""The home page teaches, and the reference pages say where things come from.

- The home page opens with a one-sentence promise (its only bold text besides
  the card titles), embeds a live three-logit explorer run by the
  playground's own script (in Chromium it shows the reference module's
  cross-entropy, follows the reader's edits without touching the address, and
  carries its state over to the playground), and lays out a
  learning path: one card per nav section, with a level, prerequisites and
  minutes, linking every page of the section. Each page's minutes are the
  reading estimate below, which the About page states; a section's minutes are
  the sum of its pages'.
- How the site is tested, and how to run it, live on the About page, not on
  the home page; no page links to a loopback address (127.0.0.1 is only where
  `make serve` listens on the reader's own machine).
- The sources page gives each source article's author or account, date and
  address where the article's text states them, and says so where it does
  not; its further-reading section links the outside references the pages
  rely on.

Run `python tests/test_home.py` for the estimate of every page.
"""

import math
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
import pytest

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tools")]  # for `python tests/test_home.py`
from chromium import start_page  # noqa: E402
from contract import DOCS, FENCE, LANGS, SNIPPETS, includes, load_nav  # noqa: E402
from sitebuild import URL_PREFIX  # noqa: E402
from test_playground import XENT, agrees  # noqa: E402

# Nav entries that are not a stage of the learning path.
NOT_ON_THE_PATH = {"index.md", "about.md"}


def page_text(lang, page):
    return (DOCS / lang / page).read_text(encoding="utf-8")


# --- Reading time -------------------------------------------------------------
# Study pace for prose with formulas in it, per minute; code and recorded output
# are read more slowly than prose but skimmed faster than they were written.
HAN_PER_MINUTE = 300  # Chinese characters
WORDS_PER_MINUTE = 150  # Latin-script words (English prose; names and inline math elsewhere)
LINES_PER_MINUTE = 20  # lines of the snippets and outputs a page includes
MINUTES_PER_DISPLAY = 0.5  # a display equation
HAN = re.compile(r"[\u3400-\u9fff]")
WORD = re.compile(r"[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*")
DISPLAY = re.compile(r"\$\$.*?\$\$", re.S)


def reading_counts(text):
    """(Chinese characters, words, display equations, included lines) of a page."""
    lines = sum(len((SNIPPETS / path).read_text(encoding="utf-8").splitlines()) for path in includes(text))
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)  # front matter
    text = FENCE.sub(" ", text)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    displays = len(DISPLAY.findall(text))
    text = DISPLAY.sub(" ", text)
    text = re.sub(r"\$[^$\n]*\$", " x ", text)  # inline math reads as one word
    text = re.sub(r"\]\([^)]*\)", "]", text)  # link targets
    text = re.sub(r"<[A-Za-z/][^>]*>", " ", text)  # HTML tags, attributes and all
    text = re.sub(r"\{\s*[#.:][^}\n]*\}", " ", text)  # attribute lists
    han = len(HAN.findall(text))
    words = len(WORD.findall(HAN.sub(" ", text)))
    return han, words, displays, lines


def estimate(text):
    """Minutes to study a page (unrounded)."""
    han, words, displays, lines = reading_counts(text)
    return (
        han / HAN_PER_MINUTE
        + words / WORDS_PER_MINUTE
        + lines / LINES_PER_MINUTE
        + displays * MINUTES_PER_DISPLAY
    )


def page_estimate(page):
    """The mean of the two languages' estimates, so both pages show one number."""
    return sum(estimate(page_text(lang, page)) for lang in LANGS) / len(LANGS)


def rounded(minutes):
    """To the nearest 5 minutes, and at least 5."""
    return max(5, 5 * math.floor(minutes / 5 + 0.5))


def close_enough(shown, minutes):
    """A card may lag its page a little: within the rounding, plus 15 %."""
    return abs(shown - minutes) <= 2.5 + 0.15 * minutes


# --- The nav and the cards ----------------------------------------------------


def path_sections(nav):
    """(title, [page files]) of each top-level nav entry on the learning path."""
    sections = []
    for entry in nav:
        ((title, value),) = entry.items()
        items = [value] if isinstance(value, str) else value
        files = [f for item in items for f in (item.values() if isinstance(item, dict) else [item])]
        if not set(files) <= NOT_ON_THE_PATH:
            sections.append((title, files))
    return sections


LABELS = {
    "zh": {
        "level": r"^\s*难度：(?P<v>.+?)(?:<br>)?$",
        "needs": r"^\s*先修：(?P<v>.+?)(?:<br>)?$",
        "total": r"^\s*用时：约 (?P<v>\d+) 分钟",
        "minutes": r"（(?P<v>\d+) 分钟",
    },
    "en": {
        "level": r"^\s*Level: (?P<v>.+?)(?:<br>)?$",
        "needs": r"^\s*Prerequisites: (?P<v>.+?)(?:<br>)?$",
        "total": r"^\s*Time: about (?P<v>\d+) min",
        "minutes": r" \((?P<v>\d+) min",
    },
}
GRID = re.compile(r'^<div class="grid cards" markdown>\n(?P<body>.*?)^</div>', re.M | re.S)
LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<target>[^)\s#]+)(?:#[^)\s]*)?\)")


def cards(text, lang):
    """Each card of the home page's grid: title, level, prerequisites, total,
    and its links as (page, minutes or None)."""
    grid = GRID.search(text)
    if not grid:
        return []
    found = []
    for item in re.split(r"^-   ", grid["body"], flags=re.M)[1:]:
        title = re.match(r"\*\*(.+?)\*\*", item)
        meta = {}
        for key in ("level", "needs", "total"):
            m = re.search(LABELS[lang][key], item, re.M)
            meta[key] = m["v"].strip() if m else None
        links = []
        for line in item.splitlines():
            for m in LINK.finditer(line):
                after = re.match(LABELS[lang]["minutes"], line[m.end() :])
                links.append((m["target"], int(after["v"]) if after else None))
        found.append(
            {
                "title": title[1] if title else None,
                **meta,
                "total": int(meta["total"]) if meta["total"] else None,
                "links": links,
            }
        )
    return found


def card_problems(text, lang, sections, estimates):
    """What keeps the cards from being the learning path: a nav section without
    its card, a page the card does not link, a level, prerequisites or minutes
    missing, a page's minutes far from its estimate, a total that is not the sum."""
    problems = []
    by_title = {card["title"]: card for card in cards(text, lang)}
    if [c for c in by_title] != [title for title, _ in sections]:
        problems.append(f"cards {list(by_title)} are not the nav sections {[t for t, _ in sections]}")
    for title, files in sections:
        card = by_title.get(title)
        if card is None:
            continue
        for key in ("level", "needs", "total"):
            if not card[key]:
                problems.append(f"{title}: no {key}")
        linked = [page for page, _ in card["links"] if page in files]
        if linked != files:
            problems.append(f"{title}: links {linked}, not the section's pages {files}")
        shown = {page: minutes for page, minutes in card["links"] if page in files}
        for page in files:
            if page.endswith(".ipynb"):
                continue  # a notebook repeats its twin page
            minutes = shown.get(page)
            if minutes is None:
                problems.append(f"{title}: {page} shows no minutes")
            elif not close_enough(minutes, estimates[page]):
                problems.append(
                    f"{title}: {page} shows {minutes} min, the estimate is {estimates[page]:.1f} "
                    f"(write {rounded(estimates[page])})"
                )
        pages_total = sum(m for p, m in shown.items() if m is not None and not p.endswith(".ipynb"))
        if card["total"] is not None and card["total"] != pages_total:
            problems.append(f"{title}: total {card['total']} min, its pages add up to {pages_total}")
    return problems


def all_estimates():
    files = {f for lang in LANGS for _, fs in path_sections(load_nav(lang)) for f in fs}
    return {f: page_estimate(f) for f in sorted(files) if f.endswith(".md")}


@pytest.fixture(scope="module")
def estimates():
    return all_estimates()


@pytest.mark.parametrize("lang", LANGS)
def test_cards_are_the_learning_path_with_honest_minutes(lang, estimates):
    sections = path_sections(load_nav(lang))
    assert len(sections) >= 5
    assert card_problems(page_text(lang, "index.md"), lang, sections, estimates) == []


def test_both_languages_show_the_same_minutes():
    def minutes(lang):
        return [(c["total"], c["links"]) for c in cards(page_text(lang, "index.md"), lang)]

    assert minutes("zh") == minutes("en")


def test_card_check_catches_a_missing_section_a_wrong_minute_and_a_wrong_total(estimates):
    lang = "en"
    text = page_text(lang, "index.md")
    sections = path_sections(load_nav(lang))
    assert card_problems(text, lang, sections, estimates) == []
    # A section the cards leave out.
    title, files = sections[1]
    assert any(
        "are not the nav sections" in p
        for p in card_problems(text, lang, sections + [("New", ["new.md"])], estimates)
    )
    # A page whose card claims far too little time.
    page = next(f for f in files if f.endswith(".md"))
    m = re.search(re.escape(f"]({page})") + r" \((\d+) min", text)
    wrong = text[: m.start(1)] + "1" + text[m.end(1) :]
    found = card_problems(wrong, lang, sections, estimates)
    assert any(f"{page} shows 1 min" in p for p in found)
    assert any("its pages add up to" in p for p in found)
    # No level, and a page no longer linked.
    assert f"{title}: no level" in card_problems(
        re.sub(r"Level: .*", "", text, count=2), lang, sections, estimates
    )
    unlinked = text.replace(f"]({page})", "]", 1)
    assert any(f"{title}: links" in p for p in card_problems(unlinked, lang, sections, estimates))


def test_the_estimate_counts_prose_code_and_equations():
    assert reading_counts("---\ntitle: x\n---\n\n# 熵\n\nThe mean is $q$.\n\n$$\nx\n$$\n") == (1, 4, 1, 0)
    text = '```python title="snippets/theory/entropy/binary.py"\n--8<-- "theory/entropy/binary.py"\n```\n'
    lines = len((SNIPPETS / "theory/entropy/binary.py").read_text(encoding="utf-8").splitlines())
    assert reading_counts(text) == (0, 0, 0, lines)
    assert estimate("word " * 150) == 1 and estimate("熵" * 300) == 1
    assert rounded(12.4) == 10 and rounded(12.5) == 15 and rounded(1) == 5


# --- The home page's promise, explorer and pointers to About --------------------

BOLD = re.compile(r"\*\*(.+?)\*\*")
PROMISE = re.compile(r"^# .+\n\n\*\*(?P<promise>[^*\n]+)\*\*\n", re.M)
SENTENCE_END = {"zh": "。", "en": "."}


def home_problems(text, lang):
    problems = []
    m = PROMISE.search(text)
    if not m:
        problems.append("the title is not followed by a bold promise")
    elif m["promise"].count(SENTENCE_END[lang]) != 1 or not m["promise"].endswith(SENTENCE_END[lang]):
        problems.append("the promise is not one sentence")
    titles = {card["title"] for card in cards(text, lang)}
    bold = [b for b in BOLD.findall(text) if b not in titles and (not m or b != m["promise"])]
    if bold:
        problems.append(f"bold text besides the promise and the card titles: {bold}")
    problems += explorer_problems(text)
    for anchor in ("how-it-is-checked", "reading-time", "run-locally"):
        if f"](about.md#{anchor})" not in text:
            problems.append(f"no link to about.md#{anchor}")
    for detail in ("snippets/", "make serve", "make test", ".venv"):
        if detail in text:
            problems.append(f"maintainer detail on the home page: {detail}")
    return problems


EXPLORER_PARTS = {
    "data-xe-explorer": "no live explorer (a data-xe-explorer root started by data-xe-start)",
    'data-xe="out-ce"': "the explorer shows no cross-entropy",
    'data-xe="rows"': "the explorer has no logits",
    'data-xe="open" href="playground/"': "the explorer does not lead to the playground",
    'src="assets/javascripts/playground.js"': "the explorer's script is not loaded",
}


def explorer_problems(text):
    roots = re.findall(r"<div [^>]*data-xe-explorer[^>]*>", text)
    if not roots or "data-xe-url" in roots[0] or "data-xe-start=" not in roots[0]:
        return [EXPLORER_PARTS["data-xe-explorer"]]
    return [problem for part, problem in EXPLORER_PARTS.items() if part not in text]


@pytest.mark.parametrize("lang", LANGS)
def test_home_page_promises_and_points_to_about(lang):
    assert home_problems(page_text(lang, "index.md"), lang) == []


def test_home_check_catches_the_readme_home_page():
    old = (
        "# Cross-entropy, properly\n\nA bilingual site about cross-entropy loss.\n\n"
        "One rule holds everywhere: **every piece of code on a page is a real Python file under "
        "`snippets/` in the repository.** The tests run every snippet again.\n\n## Run it yourself\n\n"
        "After cloning the repository, `make serve` starts a live preview at <http://127.0.0.1:8000>.\n"
    )
    found = home_problems(old, "en")
    assert found[0] == "the title is not followed by a bold promise"
    assert "no live explorer (a data-xe-explorer root started by data-xe-start)" in found
    assert "maintainer detail on the home page: make serve" in found
    no_script = page_text("en", "index.md").replace("javascripts/playground.js", "javascripts/a11y.js")
    assert home_problems(no_script, "en") == ["the explorer's script is not loaded"]
    two = page_text("en", "index.md").replace("and write it", "and more. Write it", 1)
    assert "the promise is not one sentence" in home_problems(two, "en")


@pytest.mark.parametrize("lang", LANGS)
def test_about_page_says_how_the_site_is_tested_and_run(lang):
    text = page_text(lang, "about.md")
    for anchor in ("how-it-is-checked", "reading-time", "run-locally"):
        assert re.search(rf"^## .+ \{{#{anchor}\}}$", text, re.M), anchor
    for command in ("`make serve`", "`make test`", "`snippets/`"):
        assert command in text
    # The reading estimate the About page states is the one the test applies.
    for rate in (HAN_PER_MINUTE, WORDS_PER_MINUTE, LINES_PER_MINUTE):
        assert f"{rate} " in text, rate


# --- No links to a loopback address ----------------------------------------------

LOOPBACK = {"127.0.0.1", "localhost", "0.0.0.0", "::1"}
SOURCE_URL = re.compile(
    r"\]\((?P<a>[^)\s]+)|<(?P<b>https?://[^>\s]+)>|href=\"(?P<c>[^\"]+)\"|(?P<d>https?://[^\s)>\]\"]+)"
)


def is_loopback(url):
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    return host in LOOPBACK


def loopback_links_in_source(text):
    return [url for m in SOURCE_URL.finditer(text) for url in m.groups() if url and is_loopback(url)]


class Anchors(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a" and dict(attrs).get("href"):
            self.hrefs.append(dict(attrs)["href"])


def loopback_links_in_html(html):
    parser = Anchors()
    parser.feed(html)
    return [href for href in parser.hrefs if is_loopback(href)]


SOURCE_PAGES = [
    (lang, p) for lang in LANGS for p in sorted((DOCS / lang).rglob("*")) if p.suffix in (".md", ".ipynb")
]


@pytest.mark.parametrize(
    "lang, path", SOURCE_PAGES, ids=[p.relative_to(DOCS).as_posix() for _, p in SOURCE_PAGES]
)
def test_no_page_source_links_to_a_loopback_address(lang, path):
    assert loopback_links_in_source(path.read_text(encoding="utf-8")) == []


def test_no_built_page_links_to_a_loopback_address(built_site):
    found = {
        page.relative_to(built_site.path).as_posix(): links
        for page in sorted(built_site.path.rglob("*.html"))
        if (links := loopback_links_in_html(page.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_loopback_check_catches_a_dead_local_link():
    old = (
        "`make serve` starts a live preview at <http://127.0.0.1:8000> and [here](http://localhost:8000/en/)."
    )
    assert loopback_links_in_source(old) == ["http://127.0.0.1:8000", "http://localhost:8000/en/"]
    assert loopback_links_in_source("port 8000 on your own machine; <https://example.org/>") == []
    html = '<a href="http://127.0.0.1:8000/">x</a><a href="../en/">y</a><link rel="canonical" href="http://127.0.0.1/">'
    assert loopback_links_in_html(html) == ["http://127.0.0.1:8000/"]


# --- Sources: what each article says about itself, and the outside references -----

# What each source article's text states about itself, read from the five texts
# the site was commissioned from (they are not in the repository): each string
# must appear in the field of the article's record on the sources page. None:
# the text does not say, and the record must say that it does not.
SEED_RECORDS = {
    # A CSDN page (its comment box and red-packet widget are left at the end); no byline, date or address.
    "000": {"author": None, "date": None, "address": None},
    # "来源:AINLPer微信公众号 / 编辑: ShuYini / 校稿: ShuYini / 时间: 2019-12-22"; no address.
    "001": {"author": ["ShuYini", "AINLPer"], "date": ["2019-12-22"], "address": None},
    # Reposted by Python技术站 from hutao722's post on cnblogs, whose address it gives; no date.
    "002": {
        "author": ["hutao722", "Python技术站"],
        "date": None,
        "address": ["https://www.cnblogs.com/hutao722/p/9761387.html"],
    },
    # A blog post's Markdown source (front matter: layout, title, categories); no byline, date or address.
    "003": {"author": None, "date": None, "address": None},
    # Starts with a page's "Skip to main content"; nothing else about itself.
    "004": {"author": None, "date": None, "address": None},
}
# Other addresses an article gives (what it reposts from, cites or credits a figure to).
SEED_CITES = {
    "000": ["https://blog.csdn.net/u014313009/article/details/51043064", "简单的交叉熵，你真的懂了吗？"],
    "001": [
        "https://blog.csdn.net/zwqjoy/article/details/78952087",
        "https://blog.csdn.net/xg123321123/article/details/52864830",
        "https://www.cnblogs.com/JeasonIsCoding/p/10171201.html",
    ],
    "002": [],
    "003": ["https://zhuanlan.zhihu.com/p/35709485"],
    "004": [],
}
FIELDS = {
    "zh": {"author": "作者或账号", "date": "日期", "address": "网址"},
    "en": {"author": "Author or account", "date": "Date", "address": "Address"},
}
NOT_GIVEN = {"zh": "原文没有写明", "en": "not given in the text"}
SEP = {"zh": "：", "en": ": "}
# The outside references the pages rely on, each with the address its entry must link.
FURTHER_READING = [
    "http://neuralnetworksanddeeplearning.com/chap3.html",
    "https://colah.github.io/posts/2015-09-Visual-Information/",
    "https://docs.pytorch.org/docs/stable/generated/torch.nn.CrossEntropyLoss.html",
    "https://docs.pytorch.org/docs/stable/generated/torch.nn.NLLLoss.html",
    "https://docs.pytorch.org/docs/stable/generated/torch.nn.KLDivLoss.html",
    "https://docs.pytorch.org/docs/stable/generated/torch.nn.BCEWithLogitsLoss.html",
    "https://www.tensorflow.org/api_docs/python/tf/nn/sigmoid_cross_entropy_with_logits",
    "https://www.tensorflow.org/api_docs/python/tf/nn/softmax_cross_entropy_with_logits",
    "https://www.tensorflow.org/api_docs/python/tf/nn/sparse_softmax_cross_entropy_with_logits",
    "https://keras.io/api/losses/probabilistic_losses/",
]
FURTHER_HEADING = {"zh": "## 参考资料 {#further-reading}", "en": "## Further reading {#further-reading}"}


def article_intros(text):
    """The text between each `## NNN` article heading and its first erratum."""
    return {m[1]: m[2] for m in re.finditer(r"^## (\d{3})[:：][^\n]*\n(.*?)(?=^##)", text, re.M | re.S)}


def record_problems(text, lang):
    problems = []
    intros = article_intros(text)
    if sorted(intros) != sorted(SEED_RECORDS):
        problems.append(f"articles {sorted(intros)}, not {sorted(SEED_RECORDS)}")
    for number, record in SEED_RECORDS.items():
        intro = intros.get(number, "")
        for field, wanted in record.items():
            m = re.search(rf"^- {re.escape(FIELDS[lang][field] + SEP[lang])}(.+)$", intro, re.M)
            if not m:
                problems.append(f"{number}: no {field}")
                continue
            for part in wanted or [NOT_GIVEN[lang]]:
                if part not in m[1]:
                    problems.append(f"{number}: its {field} does not name {part!r}")
        for cited in SEED_CITES[number]:
            if cited not in intro:
                problems.append(f"{number}: does not give {cited!r}")
    return problems


def further_reading_problems(text, lang):
    if FURTHER_HEADING[lang] not in text:
        return ["no further-reading section"]
    section = text.split(FURTHER_HEADING[lang], 1)[1].split("\n## ", 1)[0]
    linked = {
        url
        for m in re.finditer(r"\]\((https?://[^)\s]+)\)|<(https?://[^>\s]+)>", section)
        for url in m.groups()
        if url
    }
    return [f"not linked: {url}" for url in FURTHER_READING if url not in linked]


@pytest.mark.parametrize("lang", LANGS)
def test_each_article_names_its_author_date_and_address(lang):
    assert record_problems(page_text(lang, "reference/sources.md"), lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_sources_link_the_outside_references(lang):
    assert further_reading_problems(page_text(lang, "reference/sources.md"), lang) == []


def test_record_check_catches_a_number_and_title_only():
    text = page_text("en", "reference/sources.md")
    bare = re.sub(r"^- (Author or account|Date|Address): .*\n", "", text, flags=re.M)
    found = record_problems(bare, "en")
    assert "001: no author" in found and "002: no address" in found and "000: no date" in found
    wrong = text.replace("2019-12-22", "2019-12-23")
    assert "001: its date does not name '2019-12-22'" in record_problems(wrong, "en")
    assert further_reading_problems(text.replace("colah.github.io", "example.org"), "en") == [
        "not linked: https://colah.github.io/posts/2015-09-Visual-Information/"
    ]


if __name__ == "__main__":
    for page, minutes in all_estimates().items():
        each = "  ".join(f"{lang} {estimate(page_text(lang, page)):5.1f}" for lang in LANGS)
        print(f"{page:45s} {each}  mean {minutes:5.1f} -> {rounded(minutes):3d} min")


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_home_explorer_computes_what_the_reference_computes(context, site_server, lang):
    def ce(z):
        return XENT.cross_entropy(np.array([z], dtype=np.float64), np.array([0]))

    page, problems = start_page(context, site_server + URL_PREFIX[lang])
    page.wait_for_selector("#xe-home.xe-ready")
    home = page.locator("#xe-home")
    assert home.locator(".xe-row").count() == 3
    assert agrees(home.locator('[data-xe="out-ce"]').inner_text(), ce([2, 1, 0]))
    url = page.url
    page.fill("#xe-home-z-1", "4")
    assert agrees(home.locator('[data-xe="out-ce"]').inner_text(), ce([2, 4, 0]))
    assert page.url == url, "the home explorer changed the address"
    home.locator('[data-xe="open"]').click()
    page.wait_for_selector("#xe-playground.xe-ready")
    assert "?m=loss&z=2,4,0&y=0" in page.url
    assert not [p for p in problems if "net::ERR_ABORTED" not in p]
