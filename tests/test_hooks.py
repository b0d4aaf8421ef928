"""The build hooks that change what a page contains, each shown able to fail.

- hooks/katex_render.py typesets TeX to KaTeX HTML + MathML, and a formula
  KaTeX rejects stops the build with the page and the TeX in the message;
  notebook $...$ math is typeset, code in a notebook cell is left alone; a
  page with math preloads the fonts it uses; an inline formula and the
  closing punctuation after it are kept on one line;
  markup its patterns no longer match fails the build;
- the build caches (hooks/highlight_cache.py, KaTeX's in hooks/katex_render.py):
  the site built with them is byte for byte the site built without them
  (BUILD_CACHE=off), and the build used their entries;
- hooks/search_scope.py keeps code out of the search index without undoing
  what other plugins change, and fails on markup it does not recognise;
- hooks/figure_size.py sizes a figure from its SVG, in CSS pixels;
- mkdocs.en.yml inherits every hook and plugin setting from mkdocs.yml.
"""

import importlib.util
import re
import sys
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from layout import ROOT
from sitebuild import build_site, relative_files


def load_hook(name):
    """A fresh copy of a hook module, loaded as MkDocs loads it: with hooks/ on
    sys.path meanwhile, so it can import its sibling modules by name."""
    spec = importlib.util.spec_from_file_location(f"hook_{name}", ROOT / "hooks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(ROOT / "hooks"))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "hooks"))
    return module


@pytest.fixture(scope="module")
def katex():
    hook = load_hook("katex_render")
    renderer = hook.Katex()
    renderer.dirty = False  # never write the test's formulas into the build cache
    yield hook, renderer
    renderer.dirty = False
    renderer.close()


def test_katex_renders_html_and_mathml(katex):
    _, renderer = katex
    [html] = renderer.render([(r"\frac{a}{b} \neq \text{test-only-formula}", True)], "page.md")
    assert 'class="katex-display"' in html and "<math" in html and "<mfrac>" in html


def test_katex_rejects_bad_tex_naming_page_and_formula(katex):
    _, renderer = katex
    with pytest.raises(PluginError, match=r"page\.md: KaTeX cannot typeset '\\\\frac\{'"):
        renderer.render([(r"\frac{", False)], "page.md")


def test_notebook_dollars_become_math_but_code_stays(katex):
    hook, _ = katex
    cell = '<p>Set $x = 1$ and</p><pre><code>cost = "$C$"</code></pre><p>$$y$$</p>'
    out = hook._typeset_dollars(cell, "nb.ipynb")
    assert '<span class="arithmatex">\\(x = 1\\)</span>' in out
    assert '<div class="arithmatex">\\[y\\]</div>' in out
    assert '<code>cost = "$C$"</code>' in out


def test_build_caches_change_no_byte_of_the_site(built_site, tmp_path):
    # The English build reuses the Chinese build's entries, so even a cold cache is used.
    for cache in ("highlight cache: ", "katex cache: "):
        used = [line.split(cache)[1].split()[0] for line in built_site.log.splitlines() if cache in line]
        assert used and int(used[-1]) > 0, (cache, built_site.log[-2000:])
    uncached, failure = build_site(tmp_path / "site", env={"BUILD_CACHE": "off"})
    assert failure is None, failure
    assert "highlight cache:" not in uncached.log
    typeset = [
        int(line.split(", ")[1].split()[0]) for line in uncached.log.splitlines() if "katex cache: " in line
    ]
    assert typeset and min(typeset) > 100  # each language typeset its formulas afresh
    files = relative_files(built_site.path)
    assert files == relative_files(uncached.path)
    differ = [f for f in files if (built_site.path / f).read_bytes() != (uncached.path / f).read_bytes()]
    assert differ == []


def page(src_uri, content):
    return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri), content=content)


def test_search_scope_keeps_other_plugins_changes():
    hook = load_hook("search_scope")
    code = '<div class="highlight" data-search-exclude><pre><code>x = 1</code></pre></div>'
    p = page("a.md", "<p>prose</p>" + code)
    hook._hide_code_from_search({}, p, None, None)
    assert "x = 1" not in p.content
    p.content = p.content.replace("<p>prose</p>", "<p>changed by another plugin</p>")
    hook._restore_code({}, p, None, None)
    assert p.content == "<p>changed by another plugin</p>" + code


def test_search_scope_fails_on_lost_code_or_unknown_markup():
    hook = load_hook("search_scope")
    p = page("a.md", '<div class="highlight"><pre>x</pre></div>')
    hook._hide_code_from_search({}, p, None, None)
    p.content = "<p>a plugin dropped the placeholder</p>"
    with pytest.raises(PluginError, match="1 code blocks hidden from search were lost"):
        hook._restore_code({}, p, None, None)
    marked = hook.on_page_content(
        '<div class="highlight"><span class="filename">f</span><pre>x</pre></div>',
        page("b.md", ""),
        None,
        None,
    )
    assert "data-search-exclude" in marked
    with pytest.raises(PluginError, match="outside every element"):
        hook.on_page_content('<div class="codeblock"><pre>x</pre></div>', page("c.md", ""), None, None)


def test_katex_hook_fails_on_markup_it_does_not_match(katex):
    hook, _ = katex
    with pytest.raises(PluginError, match="1 formulas do not match ARITHMATEX"):
        hook.on_post_page('<span class="arithmatex">$x$</span>', page("m.md", ""), None)
    with pytest.raises(PluginError, match="no rendered markdown cell"):
        hook.on_post_page('<div class="jp-MarkdownCell">$x$</div>', page("n.ipynb", ""), None)


def test_inline_math_keeps_the_punctuation_after_it(katex, monkeypatch):
    # tests/test_math_layout.py shows, in the browser, that a line starts with "，" without this.
    hook, renderer = katex
    monkeypatch.setattr(hook, "katex", renderer)
    formulas = (
        '<p>令 <span class="arithmatex">\\(x + y\\)</span>），再看 <span class="arithmatex">\\(z\\)</span>'
        ' 与 <span class="arithmatex">\\(w\\)</span>.</p><div class="arithmatex">\\[a\\]</div>。'
    )
    out = hook.on_post_page(formulas, SimpleNamespace(file=SimpleNamespace(src_uri="m.md"), url=""), None)
    # In KaTeX's HTML text sits only in its own innermost spans, never right after a </span>.
    kept = re.findall(r'<span class="math-nobreak">(<span class="arithmatex">.*?</span>)([^<>]+)</span>', out)
    assert [after for _, after in kept] == ["），", "."]  # not z (a space follows), not the display
    two_boxes, one_box = (formula for formula, _ in kept)
    # Every KaTeX box but the last may still wrap (.math-head); the last one stays with the mark.
    head = re.search(r'<span class="math-head">(.*?)</span><span class="katex-base">', two_boxes)
    assert head and head[1].count('<span class="katex-base">') == 1
    assert "math-head" not in one_box and 'class="katex-base"' in one_box
    assert "</div>。" in out and out.count('class="math-nobreak"') == 2
    # KaTeX markup of another shape stops the build rather than losing the formula.
    with pytest.raises(PluginError, match="KaTeX's inline HTML is not"):
        [m] = hook.ARITHMATEX.finditer('<span class="arithmatex">\\(x\\)</span>，')
        hook._formula(m, '<span class="katex">x</span>', "m.md")


def test_english_config_inherits_hooks_and_plugins():
    from mkdocs.config import load_config

    zh, en = (load_config(str(ROOT / name)) for name in ("mkdocs.yml", "mkdocs.en.yml"))
    assert en.hooks.keys() == zh.hooks.keys() and len(zh.hooks) > 5
    assert list(en.plugins) == list(zh.plugins)
    for name in (n for n in zh.plugins if n not in zh.hooks):  # hooks are listed as plugins too
        ours, theirs = dict(zh.plugins[name].config), dict(en.plugins[name].config)
        if name == "mkdocs-jupyter":  # one cache per language
            assert (ours.pop("cache_dir"), theirs.pop("cache_dir")) == (
                ".cache/mkdocs-jupyter/zh",
                ".cache/mkdocs-jupyter/en",
            )
        assert ours == theirs, name
    snippets_zh, snippets_en = zh.mdx_configs["pymdownx.snippets"], en.mdx_configs["pymdownx.snippets"]
    assert (snippets_zh.pop("auto_append"), snippets_en.pop("auto_append")) == (["zh.md"], ["en.md"])
    assert snippets_zh == snippets_en and zh.markdown_extensions == en.markdown_extensions


def test_figures_get_the_svgs_own_size(tmp_path, monkeypatch):
    hook = load_hook("figure_size")
    (tmp_path / "ch").mkdir()
    (tmp_path / "ch" / "plot.svg").write_text(
        '<svg width="432pt" height="259.2pt" viewBox="0 0 432 259.2"></svg>'
    )
    (tmp_path / "ch" / "bare.svg").write_text('<svg viewBox="0 0 10 10"></svg>')
    monkeypatch.setattr(hook, "SNIPPETS", tmp_path)
    html = hook.on_page_content(
        '<p><img alt="a plot" src="../../figures/ch/plot.svg" /></p>', None, None, None
    )
    assert (
        html == '<p><img alt="a plot" src="../../figures/ch/plot.svg" width="576" height="346"></p>'
    )  # 1pt = 4/3 px
    chosen = '<img src="../figures/ch/plot.svg" width="100">'
    assert hook.on_page_content(chosen, None, None, None) == chosen
    with pytest.raises(PluginError, match=r"bare\.svg.*no width"):
        hook.on_page_content('<img src="figures/ch/bare.svg">', None, None, None)


def test_pages_with_math_preload_its_two_fonts_first(katex):
    hook, _ = katex
    head = (
        '<head><link rel="stylesheet" href="../../assets/a.css"><link rel="stylesheet" href="b.css"></head>'
    )
    math = hook._preload_fonts(
        head + '<span class="katex"><span class="mord mathnormal">x</span></span>', "theory/entropy/"
    )
    assert math.startswith(
        '<head><link rel="preload" href="../../assets/katex/fonts/KaTeX_Main-Regular.woff2" '
        'as="font" type="font/woff2" crossorigin><link rel="preload" '
        'href="../../assets/katex/fonts/KaTeX_Math-Italic.woff2" as="font" type="font/woff2" '
        'crossorigin><link rel="stylesheet" href="../../assets/a.css">'
    )
    upright = hook._preload_fonts(head + '<span class="katex"><span class="mord">1</span></span>', "")
    assert (
        upright.count('rel="preload"') == 1
        and 'href="assets/katex/fonts/KaTeX_Main-Regular.woff2"' in upright
    )
    assert (
        hook._preload_fonts(head + "<p>no math, only the word katex</p>", "")
        == head + "<p>no math, only the word katex</p>"
    )


def test_serving_re_records_a_saved_snippet_and_keeps_a_broken_ones_output(caplog):
    watch = load_hook("snippet_watch")
    folder = ROOT / "snippets" / "zz_serve_test"
    snippet = folder / "saved.py"
    try:
        folder.mkdir()
        watch.start("serve")
        assert watch.serving
        snippet.write_text('print("first")\n')
        watch.before_build()
        assert snippet.with_suffix(".out").read_text() == "first\n"
        watch.before_build()  # nothing changed: nothing runs
        snippet.write_text('raise ValueError("broken on purpose")\n')
        with caplog.at_level("ERROR"):
            watch.before_build()
        assert (
            "zz_serve_test/saved.py" in caplog.text
            and "FAILED; its recorded output is unchanged" in caplog.text
        )
        assert "broken on purpose" in caplog.text
        assert snippet.with_suffix(".out").read_text() == "first\n"
        # A module beside it changes: the snippet that imports it is re-recorded too.
        (folder / "helper.py").write_text("WORD = 'second'\n")
        snippet.write_text("from helper import WORD\n\nprint(WORD)\n")
        watch.before_build()
        assert snippet.with_suffix(".out").read_text() == "second\n"
        (folder / "helper.py").write_text("WORD = 'third'\n")
        watch.before_build()
        assert snippet.with_suffix(".out").read_text() == "third\n"
    finally:
        for path in folder.glob("*"):
            path.unlink()
        folder.rmdir()


def test_serving_without_the_test_dependencies_says_so_once(caplog, monkeypatch):
    watch = load_hook("snippet_watch")
    monkeypatch.setattr(watch, "NEEDS", ("numpy", "no_such_module_for_this_test"))
    with caplog.at_level("WARNING"):
        watch.start("serve")
        for _ in range(3):
            watch.before_build()
    assert not watch.serving
    assert caplog.text.count("Snippet outputs will not refresh") == 1
    assert "no_such_module_for_this_test" in caplog.text


def test_a_build_never_runs_a_snippet_and_cannot_stop_a_serve(monkeypatch):
    watch = load_hook("snippet_watch")
    monkeypatch.setattr(watch, "refresh", lambda paths: pytest.fail(f"a build ran {paths}"))
    watch.start("build")
    watch.seen = {}  # as if every snippet had just been saved
    watch.before_build()
    assert not watch.serving
    watch.start("serve")
    watch.start("build")  # the English build, inside the served Chinese one
    assert watch.serving
