"""Search that reads and ranks, in both languages.

In Chromium, on the built site (marked browser):
- each query of RANKING, typed into the real search box, puts first the page
  and section the table names; that result lists no query word as missing,
  and its highlights mark whole words (for 标签平滑, 标签平滑, never 平均);
- the same check, given a wrong expectation (the NumPy page first for
  标签平滑, as search used to rank it), reports it;
- a result's preview shows its formulas as text: "(1 − ε) one-hot + ε/K".

Without a browser:
- no sentence of either index has a hole where a formula was, and the hole
  check finds the holes the index used to have;
- hooks/tex_text.py reads TeX as a reader would, and names what it does not
  know; the build names no such command;
- hooks/search_chinese.py adds the prefixes Material's query segmentation
  needs, and with them (in a model of that segmentation) 标签平滑 stays whole;
- every term of hooks/jieba_user_dict.txt the pages use is one word of the
  Chinese index.

The ranking itself comes from the page boosts in front matter (`search:
boost:`), the search plugin's separator and pipeline in mkdocs.yml, and the
two hooks.
"""

import json
import re
from urllib.parse import unquote, urlsplit

import pytest

from chromium import guarded_context, open_page
from layout import ROOT
from sitebuild import URL_PREFIX as LANGS

NLL = "theory/maximum-likelihood/#the-average-negative-log-likelihood-is-a-cross-entropy"
# query -> the page and section that must come first ("page/" is the page itself).
RANKING = {
    "zh": {
        "标签平滑": "theory/kl-cross-entropy/#one-hot-labels-and-label-smoothing",
        "交叉熵": "theory/kl-cross-entropy/",
        "数值稳定": "frameworks/stability/",
        "信息量": "theory/information/",
        "KL 散度": "theory/kl-cross-entropy/",
        "最大似然": "theory/maximum-likelihood/",
        "学习变慢": "classification/learning-slowdown/",
        "独热": "theory/kl-cross-entropy/#one-hot-labels-and-label-smoothing",
        "log-sum-exp": "frameworks/stability/#softmax-on-1000-0--1000",
        "softmax": "classification/gradients/",
        "熵": "theory/entropy/",
        "负对数似然": NLL,
        "凸性": "classification/convexity/",
        "梯度": "classification/gradients/",
        "比特": "theory/information/#bits-and-nats",
        "溢出": "frameworks/stability/",
        "梯度累积": "language-models/padding/",
        "困惑度": "language-models/next-token/",
        "每字节比特": "language-models/next-token/",
        "温度缩放": "classification/calibration/#temperature-scaling",
        # Several words: each is segmented on its own.
        "标签平滑 交叉熵": "theory/kl-cross-entropy/#one-hot-labels-and-label-smoothing",
        "KL 散度 交叉熵": "theory/kl-cross-entropy/",
    },
    "en": {
        "label smoothing": "theory/kl-cross-entropy/#one-hot-labels-and-label-smoothing",
        "cross-entropy": "theory/kl-cross-entropy/",
        "numerical stability": "frameworks/stability/",
        "information content": "theory/information/",
        "KL divergence": "theory/kl-cross-entropy/",
        "maximum likelihood": "theory/maximum-likelihood/",
        "learning slowdown": "classification/learning-slowdown/",
        "one-hot": "theory/kl-cross-entropy/#one-hot-labels-and-label-smoothing",
        "log-sum-exp": "frameworks/stability/#softmax-on-1000-0--1000",
        "softmax": "classification/gradients/",
        "entropy": "theory/entropy/",
        "negative log-likelihood": NLL,
        "convexity": "classification/convexity/",
        "gradient": "classification/gradients/",
        "bits and nats": "theory/information/#bits-and-nats",
        "overflow": "frameworks/stability/",
        "gradient accumulation": "language-models/padding/",
        "perplexity": "language-models/next-token/",
        "bits per byte": "language-models/next-token/",
        "temperature scaling": "classification/calibration/#temperature-scaling",
        "label smoothing cross-entropy": "theory/kl-cross-entropy/#one-hot-labels-and-label-smoothing",
    },
}
# What the first result's preview must show of its formula.
PREVIEWS = {
    ("zh", "标签平滑"): "(1 − ε) one-hot + ε/K",
    ("en", "label smoothing"): "(1 − ε) one-hot + ε/K",
}

# Every link of the first result group, with Material's score for it.
FIRST_GROUP = """() => {
  const item = document.querySelector(".md-search-result__item");
  return item && [...item.querySelectorAll("a.md-search-result__link")].map(a => ({
    href: a.href,
    score: Number(a.querySelector("article").dataset.mdScore),
    marks: [...a.querySelectorAll("mark")].map(m => m.textContent),
    missing: a.querySelector(".md-search-result__terms")?.textContent ?? "",
    text: a.querySelector("article").innerText,
  }));
}"""


def search(page, query, before=None):
    """Type query into the search box; return the first result group once it
    has settled and differs from `before`, the group the last query showed."""
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")  # Material searches on keyup
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    previous = None
    for _ in range(100):  # until two reads 50 ms apart agree, and differ from the last query's
        group = page.evaluate(FIRST_GROUP)
        if group and group == previous and group != before:
            return group
        previous = group
        page.wait_for_timeout(50)
    return previous


def first_result(group, root):
    """The best-scoring entry of a result group (the first of equals), as page/#section."""
    best = max(group, key=lambda doc: doc["score"])  # max() keeps the first of equals
    url = urlsplit(best["href"])
    location = unquote(
        url.path.removeprefix(urlsplit(root).path) + (f"#{url.fragment}" if url.fragment else "")
    )
    return {**best, "location": location}


HAN = re.compile(r"[\u3400-\u9fff]+")
STOP_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "is", "of", "on", "or", "the", "to", "with"}


def query_words(query):
    """The words Material searches for: split at spaces and hyphens, without stop words."""
    return [w for w in re.split(r"[\s\-]+", query.lower()) if w and w not in STOP_WORDS]


def partial_marks(marks, query):
    """Highlights that mark another word than the query's. A mark may be a word
    the query's word starts with (信息 for 信息量: Material searches a Chinese
    word as its longest prefix in the index, then a wildcard), never another
    word (平均 for 标签平滑)."""
    words = query_words(query)
    marks = [m.replace("\u200b", "").lower() for m in marks]
    return [m for m in marks if not any(m.startswith(w) or w.startswith(m) or sibling(m, w) for w in words)]


def sibling(mark, word):
    """A Chinese word of two characters is searched as its first character when
    that is a word of the index (凸性 as 凸*, which also marks 凸函数): Material
    never looks at a query's last character."""
    return len(word) == 2 and HAN.fullmatch(word) is not None and mark.startswith(word[0])


def unmarked_words(marks, query):
    """Query words that no highlight marks whole."""
    marks = [m.replace("\u200b", "").lower() for m in marks]
    return [w for w in query_words(query) if not any(m.startswith(w) for m in marks)]


def ranking_problems(results, expected):
    """results: query -> first_result(...); expected: query -> location. One line per problem."""
    problems = []
    for query, want in expected.items():
        got = results[query]
        if got["location"] != want:
            problems.append(f"{query!r}: first is {got['location']}, not {want}")
        if got["missing"]:
            problems.append(f"{query!r}: the first result lists {got['missing']!r}")
        if partial := partial_marks(got["marks"], query):
            problems.append(f"{query!r}: the first result highlights other words: {partial}")
        if unmarked := unmarked_words(got["marks"], query):
            problems.append(f"{query!r}: the first result does not highlight {unmarked}")
    return problems


def run_queries(context, server, lang, queries):
    """query -> first_result(...) for each query, typed one after another into one page."""
    root = server + LANGS[lang]
    page, problems = open_page(context, root)
    page.click("input.md-search__input")  # desktop layout: the box is in the header
    results, group = {}, None
    for query in queries:
        group = search(page, query, before=group)
        assert group, f"{lang}: no results for {query!r}"
        results[query] = first_result(group, root)
    return results, problems + context.external


@pytest.fixture(scope="module")
def ranked(browser, site_server):
    """Each language's RANKING queries, typed once in one page: (results, page errors)."""
    found = {}
    for lang in LANGS:
        with guarded_context(browser) as context:
            found[lang] = run_queries(context, site_server, lang, RANKING[lang])
    return found


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_each_query_ranks_its_page_and_section_first(lang, ranked):
    results, errors = ranked[lang]
    problems = ranking_problems(results, RANKING[lang])
    assert not problems, "\n".join(problems)
    assert not errors, "\n".join(errors)


@pytest.mark.browser
def test_ranking_check_reports_a_wrong_expectation(ranked):
    # The NumPy page's section is what search used to put first for 标签平滑.
    results, _ = ranked["zh"]
    wrong = {"标签平滑": "frameworks/numpy-reference/#weights-ignored-samples-smoothing-soft-targets"}
    assert ranking_problems(results, wrong) == [
        "'标签平滑': first is theory/kl-cross-entropy/#one-hot-labels-and-label-smoothing, "
        "not frameworks/numpy-reference/#weights-ignored-samples-smoothing-soft-targets"
    ]


@pytest.mark.browser
@pytest.mark.parametrize("lang, query", PREVIEWS)
def test_previews_show_formulas_as_text(lang, query, ranked):
    results, _ = ranked[lang]
    preview = " ".join(results[query]["text"].split())
    assert PREVIEWS[lang, query] in preview, preview


def test_highlight_and_missing_term_checks_report_the_old_results():
    # What search used to show for 标签平滑: 标签* and 平* highlighted, 标签* "missing".
    old = {"location": "theory/kl-cross-entropy/#one-hot-labels-and-label-smoothing"}
    old |= {"marks": ["标签", "平均", "平"], "missing": "缺少: 标签*"}
    problems = ranking_problems({"标签平滑": old}, {"标签平滑": old["location"]})
    assert problems == [
        "'标签平滑': the first result lists '缺少: 标签*'",
        "'标签平滑': the first result highlights other words: ['平均', '平']",
        "'标签平滑': the first result does not highlight ['标签平滑']",
    ]
    assert partial_marks(["labelled", "smoothing", "Label"], "label smoothing") == []
    assert partial_marks(["凸函数", "凸性"], "凸性") == [] and partial_marks(["函数"], "凸性") == ["函数"]
    assert partial_marks(["信息", "信息量"], "信息量") == [] and unmarked_words(["信息"], "信息量") == [
        "信息量"
    ]


# Without a browser: the index itself.


def search_index(site, lang):
    return json.loads((site.path / LANGS[lang] / "search" / "search_index.json").read_text(encoding="utf-8"))


# A formula dropped from a sentence leaves two spaces, or a space before punctuation.
HOLE = re.compile(r"(?<=\S) {2,}(?=\S)| [.,;:!?](?= |$)| [，。；：、！？）]")


def formula_holes(text):
    """The prose runs of an index entry's text that have a hole where a formula was."""
    text = re.sub(r"<code>.*?</code>", "x", text.replace("\u200b", ""), flags=re.S)
    runs = [
        run.strip()
        for _, block in re.findall(r"<(p|li)>(.*?)</\1>", text, re.S)
        for run in re.split(r"<[^>]+>", block)
    ]
    return [run for run in runs if HOLE.search(run)]


@pytest.mark.parametrize("lang", LANGS)
def test_index_sentences_keep_their_formulas(built_site, lang):
    holes = {
        d["location"]: h for d in search_index(built_site, lang)["docs"] if (h := formula_holes(d["text"]))
    }
    assert not holes, json.dumps(holes, ensure_ascii=False, indent=1)[:3000]


def test_hole_check_finds_dropped_formulas():
    # The English preview the issue quotes, and its Chinese counterpart, as the index had them.
    assert formula_holes("<p>Label smoothing replaces the one-hot target by  for  classes. Now .</p>")
    words = ["", "标签平滑", "把", "独热", "目标", "换成", " ，", " 为", "类别", "数", "。"]
    assert formula_holes("<p>" + "\u200b".join(words) + "</p>")
    assert not formula_holes("<p>Label smoothing replaces it by (1 − ε) one-hot + ε/K for K classes.</p>")


def hook_module(name):
    """A fresh copy of hooks/<name>.py, with hooks/ on sys.path while it loads, as MkDocs loads it."""
    import importlib.util
    import sys

    sys.path.insert(0, str(ROOT / "hooks"))
    try:
        spec = importlib.util.spec_from_file_location(f"{name}_under_test", ROOT / "hooks" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "hooks"))
    return module


def tex_text():
    return hook_module("tex_text")


def search_chinese():
    return hook_module("search_chinese")


@pytest.mark.parametrize(
    "tex, text",
    [
        (r"(1 - \varepsilon)\,\text{one-hot} + \varepsilon / K", "(1 − ε) one-hot + ε/K"),
        (r"H(p, q) = -\sum_k p_k \log q_k", "H(p, q) = −Σ<sub>k</sub> p<sub>k</sub> log q<sub>k</sub>"),
        (r"D_{\mathrm{KL}}(p \,\|\, q)", "D<sub>KL</sub>(p ‖ q)"),
        (r"\frac{\partial L}{\partial z} = \operatorname{softmax}(z) - y", "∂L/∂z = softmax(z) − y"),
        (r"\frac{(y - \mu)^2}{2\sigma^2}", "(y − μ)<sup>2</sup>/(2σ<sup>2</sup>)"),
        (r"\log \frac{p(x)}{q(x)}", "log(p(x)/q(x))"),
        (r"q_i > 2/3", "q<sub>i</sub> &gt; 2/3"),
        (r"\begin{aligned} a &= b \\ &= c, \\ d &= e \end{aligned}", "a = b = c; d = e"),
        (r"\begin{cases} 1 & y = 1 \\ 0 & y = 0 \end{cases}", "{ 1, y = 1; 0, y = 0"),
    ],
)
def test_tex_reads_as_text(tex, text):
    assert tex_text().Text()(tex) == text


def test_tex_text_names_what_it_does_not_know(built_site):
    convert = tex_text().Text()
    assert convert(r"\frobnicate{x} + \begin{weird} y \end{weird}") == "frobnicate x + y"
    assert convert.unknown == {r"\frobnicate", r"\begin{weird}"}
    # The build logs each page whose formulas use one (hooks/search_scope.py).
    assert "tex_text.py does not know" not in built_site.log


def test_search_sees_formulas_as_text_and_the_page_keeps_them():
    from types import SimpleNamespace

    hook = hook_module("search_scope")
    source = (
        '<p>换成 <span class="arithmatex">\\((1 - \\varepsilon)\\,y + \\varepsilon / K\\)</span>，其中</p>'
    )
    page = SimpleNamespace(file=SimpleNamespace(src_uri="a.md"), content=source, meta={})
    hook._hide_code_from_search({}, page, None, None)
    assert ">(1 − ε) y + ε/K</span>，其中" in page.content and "varepsilon" not in page.content
    hook._restore_code({}, page, None, None)
    assert page.content == source
    hook._hide_code_from_search({}, page, None, None)
    page.content = page.content.replace("(1 − ε)", "")  # a plugin dropped the formula's text: still restored
    hook._restore_code({}, page, None, None)
    assert page.content == source


def material_segments(query, words):
    """Material's query segmentation (integrations/search/query/segment), in Python."""
    cuts = [0] * len(query)
    for i in range(len(query)):
        for j in range(i + 1, len(query)):  # j stops before the end: the query whole is never tried
            if query[i:j] in words:
                cuts[i] = j - i
    segments, stack = [], [0]
    while stack:
        p = stack.pop()
        for q in range(1, cuts[p]):
            if cuts[p + q] > cuts[p] - q:
                segments.append(query[p : p + q])
                stack.append(p + q)
        q = p + cuts[p]
        if q < len(query) - 1 and cuts[q]:
            stack.append(q)
        segments.append(query[p:q])
    return [query] if "" in segments else list(dict.fromkeys(segments))


def test_chinese_prefixes_keep_a_query_whole():
    hook = search_chinese()
    separator = "[\\s\\u200b]+"
    docs = [
        {
            "location": "a/",
            "title": "独热\u200b标签\u200b与\u200b标签平滑",
            "text": "<p>平均\u200b平\u200b交叉熵</p>",
        },
        {"location": "b/", "title": "数值\u200b计算", "text": "<p>数值稳定性</p>"},
    ]
    index = {"config": {"separator": separator, "fields": {"title": {"boost": 1000}}}, "docs": docs}
    words = set(
        hook.words(docs[0]["title"] + " " + docs[0]["text"] + " " + docs[1]["text"], re.compile(separator))
    )
    # Without the prefixes: 标签平滑 is searched as 标签* and 平* (the defect).
    assert material_segments("标签平滑", words) == ["标签", "平"]
    assert hook.add_prefixes(index) == 3
    assert docs[0]["prefix"] == "标签平" and docs[1]["prefix"] == "数值稳 数值稳定"
    assert index["config"]["fields"]["prefix"] == {"boost": hook.BOOST}
    words |= {"标签平", "数值稳", "数值稳定"}
    assert material_segments("标签平滑", words) == ["标签平"]  # 标签平* matches 标签平滑 only
    assert material_segments("数值稳定", words) == ["数值稳"]
    assert material_segments("交叉熵", words) == ["交叉熵"]  # no word starts it: searched whole


def test_chinese_index_has_its_prefixes(built_site):
    index = search_index(built_site, "zh")
    assert index["config"]["fields"]["prefix"]["boost"] < 1e-3
    prefixes = {p for d in index["docs"] for p in d.get("prefix", "").split()}
    assert {"标签平", "数值稳定"} <= prefixes


def test_user_dictionary_terms_are_words_of_the_index(built_site):
    lines = (ROOT / "hooks" / "jieba_user_dict.txt").read_text(encoding="utf-8").splitlines()
    terms = [line.split()[0] for line in lines if line.strip()]
    index = search_index(built_site, "zh")
    separator = re.compile(index["config"]["separator"])
    texts = [re.sub(r"<[^>]+>", " ", d["title"] + " " + d["text"]) for d in index["docs"]]
    words = {w for t in texts for w in separator.split(t)}
    used = [t for t in terms if any(t in x.replace("\u200b", "") for x in texts)]
    assert used and [t for t in used if t not in words] == []


def test_number_contract_skips_only_the_search_settings():
    # A page's search boost (front matter `search: boost:`) is not a number the prose states.
    import contract

    page = "---\ntitle: t\ndescription: 1.25 here\nsearch:\n  boost: 1.5\n---\n\n# t\n\nsearch:\n  2.5\n"
    assert contract.prose_numbers(page) == ["1.25", "2.5"]
