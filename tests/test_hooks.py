"""The build hooks that change what a page contains, each shown able to fail.

- hooks/katex_render.py typesets TeX to KaTeX HTML + MathML, and a formula
  KaTeX rejects stops the build with the page and the TeX in the message;
  notebook $...$ math is typeset, code in a notebook cell is left alone; a
  page with math preloads the fonts it uses;
- hooks/build_cache.py returns exactly what Pygments and jieba return;
- hooks/figure_size.py sizes a figure from its SVG, in CSS pixels.
"""

import importlib.util

import jieba
import markdown
import pytest
from mkdocs.exceptions import PluginError
from pymdownx.highlight import Highlight

from conftest import ROOT


def load_hook(name):
    spec = importlib.util.spec_from_file_location(f"hook_{name}", ROOT / "hooks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
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
    cell = "<p>Set $x = 1$ and</p><pre><code>cost = \"$C$\"</code></pre><p>$$y$$</p>"
    out = hook._typeset_dollars(cell, "nb.ipynb")
    assert '<span class="arithmatex">\\(x = 1\\)</span>' in out
    assert '<div class="arithmatex">\\[y\\]</div>' in out
    assert '<code>cost = "$C$"</code>' in out


def test_highlight_cache_returns_what_pygments_returns():
    load_hook("build_cache")  # patches Highlight.highlight once per process
    source = (ROOT / "snippets" / "frameworks" / "xent.py").read_text(encoding="utf-8")
    highlighter = Highlight(use_pygments=True, md=markdown.Markdown())
    first = highlighter.highlight(source, "python")
    again = highlighter.highlight(source, "python")
    assert first == again == Highlight.highlight.original(highlighter, source, "python")
    assert 'class="kn">import</span>' in first


def test_jieba_cache_returns_what_jieba_returns():
    load_hook("build_cache")
    jieba.load_userdict(str(ROOT / "hooks" / "jieba_user_dict.txt"))  # as Material does; deferred
    text = "交叉熵损失函数衡量两个概率分布之间的差异"
    cached = list(jieba.cut(text))
    assert cached == list(jieba.cut(text)) == list(jieba.cut.original(text))
    assert "交叉熵" in cached  # the user dictionary was applied before the first cut


def test_figures_get_the_svgs_own_size(tmp_path, monkeypatch):
    hook = load_hook("figure_size")
    (tmp_path / "ch").mkdir()
    (tmp_path / "ch" / "plot.svg").write_text('<svg width="432pt" height="259.2pt" viewBox="0 0 432 259.2"></svg>')
    (tmp_path / "ch" / "bare.svg").write_text('<svg viewBox="0 0 10 10"></svg>')
    monkeypatch.setattr(hook, "SNIPPETS", tmp_path)
    html = hook.on_page_content('<p><img alt="a plot" src="../../figures/ch/plot.svg" /></p>', None, None, None)
    assert html == '<p><img alt="a plot" src="../../figures/ch/plot.svg" width="576" height="346"></p>'  # 1pt = 4/3 px
    chosen = '<img src="../figures/ch/plot.svg" width="100">'
    assert hook.on_page_content(chosen, None, None, None) == chosen
    with pytest.raises(PluginError, match=r"bare\.svg.*no width"):
        hook.on_page_content('<img src="figures/ch/bare.svg">', None, None, None)


def test_pages_with_math_preload_its_two_fonts_first(katex):
    hook, _ = katex
    head = '<head><link rel="stylesheet" href="../../assets/a.css"><link rel="stylesheet" href="b.css"></head>'
    math = hook._preload_fonts(head + '<span class="katex"><span class="mord mathnormal">x</span></span>', "theory/entropy/")
    assert math.startswith('<head><link rel="preload" href="../../assets/katex/fonts/KaTeX_Main-Regular.woff2" '
                           'as="font" type="font/woff2" crossorigin><link rel="preload" '
                           'href="../../assets/katex/fonts/KaTeX_Math-Italic.woff2" as="font" type="font/woff2" '
                           'crossorigin><link rel="stylesheet" href="../../assets/a.css">')
    upright = hook._preload_fonts(head + '<span class="katex"><span class="mord">1</span></span>', "")
    assert upright.count('rel="preload"') == 1 and 'href="assets/katex/fonts/KaTeX_Main-Regular.woff2"' in upright
    assert hook._preload_fonts(head + "<p>no math, only the word katex</p>", "") == head + "<p>no math, only the word katex</p>"


def test_theme_files_are_the_same_without_walking_hidden_folders():
    from mkdocs.config import load_config
    from mkdocs.structure.files import Files

    config = load_config(str(ROOT / "mkdocs.yml"))
    stock_env = config.theme.get_env()
    load_hook("template_cache").on_config(config)
    env = config.theme.get_env()
    assert not isinstance(stock_env.loader, type(env.loader))

    def theme_files(env):
        files = Files([])
        files.add_files_from_theme(env, config)
        return [(f.src_uri, f.abs_src_path) for f in files]

    assert theme_files(env) == theme_files(stock_env)
    assert len(theme_files(env)) > 20  # Material's CSS, JS, fonts and images, ours
    assert env.get_template(".icons/material/language-python.svg")  # icons still load
