"""Figures a reader can read: on a phone, in both colour schemes, in both languages.

- Every figure comes in a light and a dark variant (`<name>-light.svg`,
  `<name>-dark.svg`, drawn by the same snippet) on a transparent background,
  and the pages show the pair with Material's `#only-light` / `#only-dark`.
- Text in a figure is at least MIN_TEXT_PX CSS pixels on a 360 px phone, in
  both schemes, on every page: each glyph's size in the SVG (matplotlib draws
  text as glyph outlines, each scaled to its font size; a script is smaller)
  times the figure's rendered width over its viewBox width. The measure is
  here (shown_figure_problems); test_pages.py's pass over every page applies
  it to the figures each page shows in each scheme.
- No legend covers a curve.
- Words in a figure are symbols: outside math only code (set in monospace)
  spells a word, so one figure serves both languages.
- Every figure on a built page sits in a <figure> with a caption numbered in
  the page's language, 图 1, 图 2, … or Figure 1., Figure 2., ….
"""

import math
import re
import xml.etree.ElementTree as ET
from urllib.parse import urljoin, urlsplit

import pytest

from layout import DOCS, LANGS, ROOT, SNIPPETS
from layout import pages as layout_pages
from sitebuild import URL_PREFIX

MIN_TEXT_PX = 11
SVG_NS = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
# matplotlib's text-to-path glyphs are outlines 100 units to the em (TextToPath.FONT_SCALE).
GLYPH_EM = 100
CAPTION_PREFIX = {"zh": "图 {}", "en": "Figure {}."}
FIGURE_IMG = re.compile(r'<img\b[^>]*\bsrc="(?P<src>[^"]*/figures/[^"]+)"[^>]*>')
NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"


def figure_files():
    return sorted(SNIPPETS.rglob("*.svg"))


def rel(path):
    return path.relative_to(SNIPPETS).as_posix()


# --- reading an SVG -------------------------------------------------------------------------


def parse_svg(text):
    """The root element, with comments kept (matplotlib writes each text's string in one)."""
    return ET.fromstring(text, parser=ET.XMLParser(target=ET.TreeBuilder(insert_comments=True)))


def transform_matrix(attr):
    """The affine matrix (a, b, c, d, e, f) of an SVG transform attribute."""
    m = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    for name, args in re.findall(r"(\w+)\s*\(([^)]*)\)", attr or ""):
        v = [float(x) for x in re.findall(NUMBER, args)]
        if name == "translate":
            step = (1, 0, 0, 1, v[0], v[1] if len(v) > 1 else 0)
        elif name == "scale":
            step = (v[0], 0, 0, v[1] if len(v) > 1 else v[0], 0, 0)
        elif name == "rotate":
            r = math.radians(v[0])
            step = (math.cos(r), math.sin(r), -math.sin(r), math.cos(r), 0, 0)
        elif name == "matrix":
            step = tuple(v)
        else:
            raise ValueError(f"unexpected transform {name}({args})")
        m = compose(m, step)
    return m


def compose(m, n):
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + c * b2,
        b * a2 + d * b2,
        a * c2 + c * d2,
        b * c2 + d * d2,
        a * e2 + c * f2 + e,
        b * e2 + d * f2 + f,
    )


def scale_of(m):
    """How much a transform enlarges lengths (the square root of its area factor)."""
    return math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))


def font_size(style, attrs):
    """A <text> element's font size in its own units (SVGs saved with svg.fonttype = "none")."""
    found = re.search(rf"font(?:-size)?\s*:[^;]*?({NUMBER})px", style or "") or re.search(
        rf"^({NUMBER})", attrs.get("font-size", "")
    )
    return float(found.group(1)) if found else None


def glyph_sizes(svg_text):
    """(text, smallest glyph size in viewBox units) for each text of the figure."""
    root = parse_svg(svg_text)
    found = []

    def walk(el, m, label):
        m = compose(m, transform_matrix(el.get("transform")))
        if el.tag == f"{SVG_NS}g" and re.fullmatch(r"text_\d+", el.get("id", "")):
            comment = next((c for c in el if c.tag is ET.Comment), None)
            label = {"text": (comment.text or "").strip() if comment is not None else "?", "sizes": []}
            found.append(label)
        if label is not None and el.tag == f"{SVG_NS}use":
            label["sizes"].append(GLYPH_EM * scale_of(m))
        if el.tag == f"{SVG_NS}text":
            size = font_size(el.get("style"), el.attrib)
            if size is not None:
                found.append({"text": "".join(el.itertext()).strip(), "sizes": [size * scale_of(m)]})
        for child in el:
            if child.tag is not ET.Comment:
                walk(child, m, label)

    walk(root, (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), None)
    return [(t["text"], min(t["sizes"])) for t in found if t["sizes"]]


def viewbox_width(svg_text):
    root = parse_svg(svg_text)
    box = root.get("viewBox")
    if box:
        return float(box.split()[2])
    return float(re.match(NUMBER, root.get("width")).group(0))


def smallest_text_px(svg_text, rendered_width):
    """(CSS px, text) of the smallest glyph of a figure shown rendered_width CSS px wide,
    or None if the figure has no text."""
    sizes = glyph_sizes(svg_text)
    if not sizes:
        return None
    text, size = min(sizes, key=lambda s: s[1])
    return size * rendered_width / viewbox_width(svg_text), text


def path_points(d):
    """The subpaths of an SVG path of M/L/Z commands (what matplotlib writes for a line)."""
    subpaths, current = [], []
    for command, args in re.findall(r"([MLZmlz])([^MLZmlz]*)", d):
        v = [float(x) for x in re.findall(NUMBER, args)]
        points = list(zip(v[::2], v[1::2], strict=False))
        if command in "Mm":
            if current:
                subpaths.append(current)
            current = points
        elif command in "Ll":
            current += points
        elif current:
            current.append(current[0])
    if current:
        subpaths.append(current)
    return subpaths


def segment_hits_box(p, q, box):
    """Whether the segment pq enters the box (x0, y0, x1, y1) (Liang-Barsky clipping)."""
    (x, y), (x2, y2) = p, q
    dx, dy = x2 - x, y2 - y
    lo, hi = 0.0, 1.0
    for step, dist in ((-dx, x - box[0]), (dx, box[2] - x), (-dy, y - box[1]), (dy, box[3] - y)):
        if step == 0:
            if dist < 0:
                return False
        else:
            t = dist / step
            if step < 0:
                lo = max(lo, t)
            else:
                hi = min(hi, t)
    return lo <= hi


def bbox(points):
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def legend_overlaps(svg_text):
    """Lines of an axes (its data and reference lines, markers too) that pass under a
    legend drawn inside that axes, as "legend_1 covers line2d_3" strings."""
    root = parse_svg(svg_text)
    clips = {
        c.get("id"): (
            float(r.get("x")),
            float(r.get("y")),
            float(r.get("x")) + float(r.get("width")),
            float(r.get("y")) + float(r.get("height")),
        )
        for c in root.iter(f"{SVG_NS}clipPath")
        for r in c.iter(f"{SVG_NS}rect")
    }
    problems = []
    for axes in (g for g in root.iter(f"{SVG_NS}g") if g.get("id", "").startswith("axes_")):
        children = [c for c in axes if c.tag == f"{SVG_NS}g"]
        for legend in (c for c in children if c.get("id", "").startswith("legend_")):
            frame = next(legend.iter(f"{SVG_NS}path"))  # the legend's patch, drawn first
            box = bbox([p for sub in path_points(frame.get("d")) for p in sub])
            for line in (c for c in children if c.get("id", "").startswith("line2d_")):
                for el in line.iter():
                    clip = re.search(r"url\(#([^)]+)\)", el.get("clip-path", ""))
                    area = box
                    if clip and clip.group(1) in clips:
                        c = clips[clip.group(1)]
                        area = (max(box[0], c[0]), max(box[1], c[1]), min(box[2], c[2]), min(box[3], c[3]))
                    if area[0] >= area[2] or area[1] >= area[3]:
                        continue
                    hit = False
                    if el.tag == f"{SVG_NS}path":
                        hit = any(
                            segment_hits_box(a, b, area)
                            for sub in path_points(el.get("d", ""))
                            for a, b in zip(sub, sub[1:] or sub, strict=False)
                        )
                    elif el.tag == f"{SVG_NS}use" and el.get("x") is not None:
                        point = (float(el.get("x")), float(el.get("y")))
                        hit = segment_hits_box(point, point, area)
                    if hit:
                        problems.append(f"{legend.get('id')} covers {line.get('id')}")
                        break
    return problems


def words_outside_math(svg_text):
    """Words (two or more letters) of the figure's texts that are neither math ($...$)
    nor set in a monospace font (code)."""
    root = parse_svg(svg_text)
    found = []
    for group in (g for g in root.iter(f"{SVG_NS}g") if re.fullmatch(r"text_\d+", g.get("id", ""))):
        comment = next((c for c in group if c.tag is ET.Comment), None)
        text = (comment.text or "").strip() if comment is not None else ""
        glyphs = [u.get(XLINK_HREF, "") for u in group.iter(f"{SVG_NS}use")]
        if glyphs and all("Mono" in g for g in glyphs):
            continue  # code
        plain = re.sub(r"\$[^$]*\$", " ", text)
        found += re.findall(r"[A-Za-z]{2,}", plain)
    for el in root.iter(f"{SVG_NS}text"):
        if "mono" not in (el.get("style", "") + el.get("font-family", "")).lower():
            found += re.findall(r"[A-Za-z]{2,}", re.sub(r"\$[^$]*\$", " ", "".join(el.itertext())))
    return found


def background_fill(svg_text):
    """The fill of the figure's own background patch (matplotlib's patch_1)."""
    root = parse_svg(svg_text)
    patch = next(g for g in root.iter(f"{SVG_NS}g") if g.get("id") == "patch_1")
    style = next(patch.iter(f"{SVG_NS}path")).get("style", "")
    found = re.search(r"fill:\s*([^;]+)", style)
    return found.group(1).strip() if found else "black"


# --- the recorded figures -------------------------------------------------------------------


@pytest.mark.parametrize("svg", figure_files(), ids=rel)
def test_figure_has_a_light_and_a_dark_variant_on_a_transparent_background(svg):
    scheme = re.search(r"-(light|dark)\.svg$", svg.name)
    assert scheme, f"{rel(svg)}: a figure is <name>[-<part>]-light.svg and -dark.svg"
    twin = svg.with_name(
        svg.name[: scheme.start()] + ("-dark.svg" if scheme.group(1) == "light" else "-light.svg")
    )
    assert twin.is_file(), f"{rel(svg)} has no {twin.name}"
    assert background_fill(svg.read_text(encoding="utf-8")) == "none", f"{rel(svg)} has an opaque background"


@pytest.mark.parametrize("svg", figure_files(), ids=rel)
def test_no_legend_covers_a_curve(svg):
    assert legend_overlaps(svg.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("svg", figure_files(), ids=rel)
def test_words_in_figures_are_symbols_or_code(svg):
    assert words_outside_math(svg.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("svg", figure_files(), ids=rel)
def test_figure_text_is_large_enough_at_its_own_size(svg):
    """At its own width (a phone's column, or less) every glyph is large enough;
    the browser test below checks the width the page really gives it."""
    text = svg.read_text(encoding="utf-8")
    natural = float(re.search(r'<svg\b[^>]*\swidth="([\d.]+)pt"', text).group(1)) * 4 / 3
    px, label = smallest_text_px(text, natural)
    assert px >= MIN_TEXT_PX, f"{rel(svg)}: {label!r} is {px:.1f} px"


def imported_modules(snippets):
    """The sibling snippets that snippets import, by module name."""
    found = {}
    for py in snippets:
        for name in re.findall(
            r"^\s*(?:from (\w+) import|import (\w+))", py.read_text(encoding="utf-8"), re.M
        ):
            module = py.parent / f"{name[0] or name[1]}.py"
            if module.is_file():
                found.setdefault(module.stem, set()).add(module)
    return found


def test_no_two_imported_snippets_share_a_name():
    """tools/outputs.py runs every snippet in one process, and Python keeps the first
    module it imported under a name: a second figure.py imported by another page's plot
    would hand it the first one's data."""
    shared = {
        k: sorted(map(rel, v)) for k, v in imported_modules(SNIPPETS.rglob("*.py")).items() if len(v) > 1
    }
    assert shared == {}


def test_name_check_catches_two_imported_modules_of_one_name(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "figure.py").write_text("x = 1\n")
        (tmp_path / folder / "figure_plot.py").write_text("from figure import x\n")
    found = imported_modules(tmp_path.rglob("*.py"))
    assert sorted(found) == ["figure"] and len(found["figure"]) == 2


def page_sources():
    return [(lang, page) for lang in LANGS for page in layout_pages(lang)]


@pytest.mark.parametrize("lang, page", page_sources(), ids=lambda v: v)
def test_pages_show_each_figure_in_both_schemes(lang, page):
    """A -light.svg carries #only-light and is followed by its -dark.svg with #only-dark."""
    text = (DOCS / lang / page).read_text(encoding="utf-8")
    srcs = re.findall(r"figures/([\w/.-]+\.svg(?:#[\w-]*)?)", text)
    problems = [s for s in srcs if not re.search(r"-(light|dark)\.svg#only-\1$", s)]
    lights = [s for s in srcs if s.endswith("#only-light")]
    darks = [s for s in srcs if s.endswith("#only-dark")]
    pairs = [d.replace("-dark.svg#only-dark", "-light.svg#only-light") for d in darks]
    assert problems == [] and pairs == lights, f"{lang}/{page}: {problems or srcs}"


# --- the built pages ------------------------------------------------------------------------


def figure_blocks(html):
    """(figure tag, its inner HTML) of every <figure> that shows one of our figures;
    and the figure images outside any <figure>."""
    blocks, outside, pos = [], [], 0
    for m in re.finditer(r"(<figure\b[^>]*>)(.*?)</figure>", html, re.S):
        outside += FIGURE_IMG.findall(html[pos : m.start()])
        if FIGURE_IMG.search(m.group(2)):
            blocks.append((m.group(1), m.group(2)))
        pos = m.end()
    outside += FIGURE_IMG.findall(html[pos:])
    return blocks, outside


def caption_problems(html, lang):
    """Figures outside a <figure>, without a caption, or not numbered 1, 2, … in order."""
    blocks, outside = figure_blocks(html)
    problems = [f"figure outside a <figure>: {src}" for src in outside]
    for n, (_, inner) in enumerate(blocks, 1):
        prefix = re.search(r'<figcaption>\s*<p><span class="caption-prefix">([^<]*)</span>\s*(\S)', inner)
        want = CAPTION_PREFIX[lang].format(n)
        if not prefix:
            problems.append(f"figure {n} has no numbered caption")
        elif prefix.group(1) != want:
            problems.append(f"figure {n} is captioned {prefix.group(1)!r}, not {want!r}")
    return problems


def test_every_figure_has_a_caption_numbered_in_its_language(built_site):
    problems = []
    for lang in LANGS:
        root = built_site.path / URL_PREFIX[lang]
        for page in built_site.pages(lang):
            html = (root / page).read_text(encoding="utf-8")
            problems += [f"{lang}/{page}: {p}" for p in caption_problems(html, lang)]
    assert problems == []


def test_caption_check_catches_a_missing_or_misnumbered_caption():
    img = '<img src="../figures/a/b-light.svg#only-light">'
    good = f'<figure class="fig"><p>{img}</p><figcaption><p><span class="caption-prefix">图 1</span> 熵'
    assert caption_problems(good + "</figcaption></figure>", "zh") == []
    assert caption_problems(good.replace("图 1", "Figure 1.") + "</figcaption></figure>", "zh") == [
        "figure 1 is captioned 'Figure 1.', not '图 1'"
    ]
    assert caption_problems(f"<p>{img}</p>", "en") == [
        "figure outside a <figure>: ../figures/a/b-light.svg#only-light"
    ]
    assert caption_problems(f"<figure><p>{img}</p></figure>", "en") == ["figure 1 has no numbered caption"]


# --- the checks above must be able to fail ---------------------------------------------------


def draw(tmp_path, **options):
    """An SVG drawn as the snippets draw theirs, with a legend where options put it."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with plt.rc_context({"font.size": options.pop("size", 12), "svg.hashsalt": "test"}):
        fig, ax = plt.subplots(figsize=options.pop("figsize", (3.4, 2.6)), layout="constrained")
        ax.plot([0, 1], [0, 1], label=r"$y = x$")
        ax.plot([0.5], [0.5], "o")
        ax.set_xlabel(options.pop("xlabel", "$x$"))
        if options:
            ax.legend(**options)
        fig.savefig(tmp_path / "f.svg", metadata={"Date": None})
        plt.close(fig)
    return (tmp_path / "f.svg").read_text(encoding="utf-8")


def test_text_size_measure_flags_a_figure_whose_text_is_too_small(tmp_path):
    # Drawn at 12 pt on a 3.4 in (326 px) canvas: 16 px, and 11.2 px for scripts.
    ok = draw(tmp_path, xlabel=r"$x_1$")
    px, label = smallest_text_px(ok, 326.4)
    assert label == "$x_1$" and px == pytest.approx(16 * 0.7, rel=0.01)
    # The same figure squeezed to half its width, as a two-panel figure on a phone was.
    assert smallest_text_px(ok, 163.2)[0] < MIN_TEXT_PX
    # A wide figure (6.4 in, as the figures were) with 10 pt text, shown in a 328 px column.
    wide = draw(tmp_path, size=10, figsize=(6.4, 4.0))
    px, _ = smallest_text_px(wide, 328)
    assert px < MIN_TEXT_PX and px == pytest.approx(10 * 4 / 3 * 328 / (6.4 * 96), rel=0.05)
    # Real <text> (svg.fonttype = "none") is measured too.
    text = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" width="200pt">'
        '<g transform="scale(0.5)"><text style="font: 12px sans">a</text></g></svg>'
    )
    assert glyph_sizes(text) == [("a", 6.0)]


def test_legend_check_flags_a_legend_over_a_curve(tmp_path):
    covered = legend_overlaps(draw(tmp_path, loc="center"))  # over the line and its marker
    assert len(covered) == 2 and all(re.fullmatch(r"legend_1 covers line2d_\d+", c) for c in covered)
    assert legend_overlaps(draw(tmp_path, loc="upper left")) == []


def test_word_check_flags_words_but_not_math_or_code(tmp_path):
    assert words_outside_math(draw(tmp_path, xlabel="epoch")) == ["epoch"]
    assert words_outside_math(draw(tmp_path, xlabel=r"$\log p$, (a)")) == []
    import matplotlib.pyplot as plt

    with plt.rc_context({"font.family": "monospace"}):
        assert words_outside_math(draw(tmp_path, xlabel="log_softmax")) == []


def test_background_check_flags_a_white_figure(tmp_path):
    import matplotlib.pyplot as plt

    with plt.rc_context({"savefig.transparent": True}):
        assert background_fill(draw(tmp_path)) == "none"
    assert background_fill(draw(tmp_path)) == "#ffffff"


def test_size_hook_sizes_a_scheme_variant_and_lets_the_browser_skip_the_hidden_one(tmp_path, monkeypatch):
    """hooks/figure_size.py reads the size through the #only-light fragment and makes
    the pair lazy: an eager image loads even while Material hides it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("hook_figure_size", ROOT / "hooks" / "figure_size.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    (tmp_path / "ch").mkdir()
    (tmp_path / "ch" / "f-light.svg").write_text('<svg width="244.8pt" height="187.2pt"></svg>')
    monkeypatch.setattr(hook, "SNIPPETS", tmp_path)
    html = hook.on_page_content('<img alt="" src="../figures/ch/f-light.svg#only-light" />', None, None, None)
    assert (
        html
        == '<img alt="" src="../figures/ch/f-light.svg#only-light" width="326" height="250" loading="lazy">'
    )
    plain = hook.on_page_content('<img src="../figures/ch/f-light.svg">', None, None, None)
    assert "loading" not in plain and 'width="326"' in plain


# --- in the browser: test_pages.py opens every page on a 360 px phone, in both schemes --------

SHOWN_FIGURES_JS = """async () => {
  const shown = [...document.querySelectorAll('img[src*="/figures/"]')]
    .filter(img => getComputedStyle(img).display !== "none");
  const loaded = await Promise.all(shown.map(img => {
    img.loading = "eager";  // the lazy variant the switch just displayed, now
    return img.decode().then(() => true, () => false);
  }));
  return shown.map((img, i) => ({src: img.src, width: img.getBoundingClientRect().width, loaded: loaded[i]}));
}"""


def figure_pages(built_site):
    """(lang, URL path) of every page whose built HTML shows a figure."""
    found = []
    for lang in LANGS:
        root = built_site.path / URL_PREFIX[lang]
        for page in built_site.pages(lang):
            if FIGURE_IMG.search((root / page).read_text(encoding="utf-8")):
                found.append((lang, page.as_posix().removesuffix("index.html")))
    return found


def shown_figure_problems(shown, scheme, where, site, url):
    """What is wrong with the figures a page shows in one scheme (SHOWN_FIGURES_JS)."""
    other = "light" if scheme == "dark" else "dark"
    problems = [] if shown else [f"{where}: no figure shown in the {scheme} scheme"]
    for fig in shown:
        name = urlsplit(fig["src"]).path.rsplit("/figures/", 1)[1]
        if not fig["loaded"]:
            problems.append(f"{where}: {name} does not load")
        if f"-{other}.svg" in name or f"#only-{other}" in fig["src"]:
            problems.append(f"{where}: {name} is shown in the {scheme} scheme")
        file = site / urlsplit(urljoin(url, fig["src"])).path.lstrip("/")
        px, label = smallest_text_px(file.read_text(encoding="utf-8"), fig["width"])
        if px < MIN_TEXT_PX:
            problems.append(
                f"{where} ({scheme}): {name}: {label!r} is {px:.1f} px at {fig['width']:.0f} px wide"
            )
    return problems


def test_phone_check_reports_small_text_and_the_wrong_scheme(tmp_path):
    """The page pass's verdict on what it measured, from a recorded figure shown at
    its own width (fine), squeezed to 200 px, and in the other scheme."""
    svg = SNIPPETS / "classification/learning-slowdown/slowdown_plot-output-a-light.svg"
    (tmp_path / "figures").mkdir()
    (tmp_path / "figures" / svg.name).write_bytes(svg.read_bytes())
    url = "http://127.0.0.1:1/page/"
    src = f"http://127.0.0.1:1/figures/{svg.name}#only-light"
    fine = [{"src": src, "width": 326, "loaded": True}]
    assert shown_figure_problems(fine, "light", "p", tmp_path, url) == []
    small = shown_figure_problems([{**fine[0], "width": 200}], "light", "p", tmp_path, url)
    assert len(small) == 1 and "px at 200 px wide" in small[0]
    assert shown_figure_problems(fine, "dark", "p", tmp_path, url) == [
        f"p: {svg.name} is shown in the dark scheme"
    ]
    assert shown_figure_problems([], "dark", "p", tmp_path, url) == ["p: no figure shown in the dark scheme"]
