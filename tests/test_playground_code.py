"""The playground's code-length mode (playground.md, m=code), driven in Chromium.

- For Olah's example and a seeded sample of weights, the readout's H(p), H(p, q) and D_KL(p || q)
  agree to 4 decimals with scipy.stats.entropy in base 2, and each panel of the figure has the
  area it claims: the sum of its boxes' widths times heights is H(p), and H(p, q).
- Olah's example shows what snippets/playground/code_length.py prints.
- The figure's text has 4.5:1 against what is behind it (the page, or a box's tint), its boxes'
  outlines 3:1, and no glyph is under 11 CSS px on a phone, in both schemes.
- Bad input (a weight of q of 0, all weights of p 0, no number) shows a message, never NaN, and
  the last valid values stay in use; the weights live in the address and survive a reload.

Each check is shown failing on the defect it guards against: natural logarithms in place of
base 2, and a figure whose boxes are as tall as the probabilities.
"""

import math
import re

import numpy as np
import pytest
from scipy.stats import entropy

from chromium import PHONE, guarded_context
from layout import SNIPPETS
from test_playground import COLOUR_JS, TYPE, contrast, open_playground, out, real, shown_problems

pytestmark = pytest.mark.browser

OLAH = ([0.5, 0.25, 0.125, 0.125], [0.125, 0.5, 0.25, 0.125])
READOUT = ("out-code-h", "out-code-ce", "out-code-kl")
AREAS = """() => [...document.querySelectorAll('[data-xe="code-chart"] .xe-code-panel')].map(g => {
  const boxes = [...g.querySelectorAll("rect")];
  return {area: boxes.reduce((a, r) => a + r.dataset.p * r.dataset.bits, 0),
    // drawn to scale: each box's width per unit of p, and height per bit
    across: boxes.map(r => [r.width.baseVal.value, +r.dataset.p]),
    up: boxes.map(r => [r.height.baseVal.value, +r.dataset.bits])};
})"""


def cases(n=6, seed=3):
    rng = np.random.default_rng(seed)
    drawn = [(rng.integers(0, 9, 4).tolist(), (rng.integers(1, 20, 4) / 4).tolist()) for _ in range(n)]
    return [OLAH, ([1, 0, 0, 3], [1, 1, 1, 1]), ([1, 1, 1, 1], [1000, 1, 1, 1])] + [
        (p, q) for p, q in drawn if sum(p) > 0
    ]


def url(p, q, lang="en"):
    return (
        ("en/" if lang == "en" else "")
        + "playground/?m=code&cp="
        + ",".join(map(str, p))
        + "&cq="
        + ",".join(map(str, q))
    )


def expected(p, q):
    p, q = np.array(p, float) / sum(p), np.array(q, float) / sum(q)
    h, kl = entropy(p, base=2), entropy(p, q, base=2)
    return {"out-code-h": h, "out-code-ce": h + kl, "out-code-kl": kl}


def code_problems(page, p, q):
    """Where the readout or the figure's areas differ from scipy's numbers."""
    want = expected(p, q)
    problems = [
        f"{key} shows {out(page, key)}, scipy {want[key]:.4f}"
        for key in READOUT
        if out(page, key).replace("\u2212", "-") != f"{want[key]:.4f}"
    ]
    areas = page.evaluate(AREAS)
    for panel, key in zip(areas, ("out-code-h", "out-code-ce"), strict=False):
        if not math.isclose(panel["area"], want[key], abs_tol=1e-9):
            problems.append(f"the {key} panel's boxes cover {panel['area']:.4f}, not {want[key]:.4f}")
        for name in ("across", "up"):
            # SVG lengths are float32: within 0.01 of one scale, in units of a viewBox 320 wide
            size, value = np.array(panel[name]).T
            scale = np.median(size / value)
            if np.any(np.abs(size - scale * value) > 0.01):
                problems.append(f"the {key} panel's boxes are not drawn to one scale {name}: {panel[name]}")
    return problems + ([] if len(areas) == 2 else [f"{len(areas)} panels"])


def test_code_mode_matches_scipy(context, site_server):
    for p, q in cases():
        page, problems = open_playground(context, site_server + url(p, q))
        assert code_problems(page, p, q) == [], (p, q)
        assert not real(problems)
        page.close()


def test_olahs_example_is_what_the_snippet_prints(context, site_server):
    printed = (SNIPPETS / "playground" / "code_length.out").read_text(encoding="utf-8")
    numbers = dict(re.findall(r"(H\(p\)|H\(p, q\)|D_KL\(p‖q\)) = (\d+\.\d{4})", printed))
    for lang in ("zh", "en"):
        page, _ = open_playground(context, site_server + url(*OLAH, lang).split("&cp")[0])  # the defaults
        shown = [out(page, key) for key in READOUT]
        assert shown == [numbers["H(p)"], numbers["H(p, q)"], numbers["D_KL(p‖q)"]], lang
        page.close()


def test_code_check_catches_natural_logarithms(context, site_server):
    context.add_init_script("Math.log2 = Math.log;")
    page, _ = open_playground(context, site_server + url(*OLAH))
    assert any("out-code-h shows 1.2130" in p for p in code_problems(page, *OLAH))


def test_area_check_catches_boxes_as_tall_as_the_probability(context, site_server):
    page, _ = open_playground(context, site_server + url(*OLAH))
    page.evaluate("""() => document.querySelectorAll('[data-xe="code-chart"] rect').forEach(r =>
      { r.dataset.bits = r.dataset.p; })""")
    assert [p for p in code_problems(page, *OLAH) if "boxes cover" in p]


def test_scale_check_catches_a_box_drawn_too_tall(context, site_server):
    page, _ = open_playground(context, site_server + url(*OLAH))
    assert code_problems(page, *OLAH) == []
    page.evaluate("""() => { const r = document.querySelector('[data-xe="code-chart"] rect');
      r.setAttribute("height", 2 * r.height.baseVal.value); }""")
    assert [p for p in code_problems(page, *OLAH) if "one scale up" in p]


BAD = [("cq", 1, "0"), ("cq", 2, "-1"), ("cq", 0, ""), ("cp", 3, "-0.5"), ("cp", 0, "")]


def test_bad_input_shows_a_message_and_keeps_the_last_values(browser, site_server):
    with guarded_context(browser, **PHONE) as context:
        page, problems = open_playground(context, site_server + url(*OLAH))
        message = page.locator('[data-xe="code-message"]')
        for key, i, value in BAD:
            selector = f"#xe-playground-{key}-{i}"
            before = [out(page, k) for k in READOUT]
            page.evaluate(TYPE, [selector, value, "input"])
            case = f"{key}[{i}] = {value!r}"
            assert [out(page, k) for k in READOUT] == before, case
            assert message.is_visible() and message.inner_text().strip(), case
            assert page.get_attribute(selector, "aria-invalid") == "true", case
            assert not shown_problems({k: out(page, k) for k in READOUT}), case
            assert "NaN" not in page.inner_text('[data-panel="code"]'), case
            page.evaluate(TYPE, [selector, value, "change"])
            assert not message.is_visible(), case
        # Every weight of p 0: refused, with its own message.
        for i in range(3):
            page.fill(f"#xe-playground-cp-{i}", "0")
        page.evaluate(TYPE, ["#xe-playground-cp-3", "0", "input"])
        assert message.is_visible() and out(page, "out-code-h") == "0.0000"  # p = (0, 0, 0, 1)
        page.evaluate(TYPE, ["#xe-playground-cp-3", "0", "change"])
        # The state is in the address: a reload shows the same numbers.
        page.fill("#xe-playground-cq-3", "2")
        shown = [out(page, k) for k in READOUT]
        assert "cq=" in page.url
        page.reload()
        page.wait_for_selector(".xe-playground.xe-ready")
        assert [out(page, k) for k in READOUT] == shown
        assert not real(problems)


CHART_JS = """() => {
  const svg = document.querySelector('[data-xe="code-chart"]'), C = window.xeColour;
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const boxes = [...svg.querySelectorAll("rect")].map(r => { const s = getComputedStyle(r);
    return {stroke: C.parse(s.stroke), fill: C.parse(s.fill), opacity: +s.fillOpacity}; });
  return {behind: C.background(svg.parentElement), boxes: boxes,
    texts: [...svg.querySelectorAll("text")].map(t => ({text: t.textContent,
      fill: C.parse(getComputedStyle(t).fill), px: scale * parseFloat(getComputedStyle(t).fontSize),
      label: t.classList.contains("xe-code-label")}))};
}"""


def code_chart_problems(page):
    page.evaluate(COLOUR_JS)
    found = page.evaluate(CHART_JS)
    behind, problems = found["behind"], []
    box = found["boxes"][0] if found["boxes"] else None
    for text in found["texts"]:
        under = behind
        if text["label"] and box:  # a label sits on a box's tint
            under = [box["fill"][i] * box["opacity"] + behind[i] * (1 - box["opacity"]) for i in range(3)]
        if contrast(text["fill"], under) < 4.5:
            problems.append(f"{text['text']!r} at {contrast(text['fill'], under):.2f}:1")
        if text["px"] < 11:
            problems.append(f"{text['text']!r} at {text['px']:.1f} CSS px")
    for b in found["boxes"]:
        if contrast(b["stroke"], behind) < 3:
            problems.append(f"a box outlined at {contrast(b['stroke'], behind):.2f}:1")
    return problems + ([] if found["texts"] and found["boxes"] else ["no text or no boxes"])


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_code_chart_is_readable(browser, site_server, scheme, lang):
    with guarded_context(browser, color_scheme=scheme, **PHONE) as context:
        page, _ = open_playground(context, site_server + url(*OLAH, lang))
        assert code_chart_problems(page) == []


def test_chart_check_catches_faint_text_and_small_glyphs(browser, site_server):
    with guarded_context(browser, color_scheme="dark", **PHONE) as context:
        page, _ = open_playground(context, site_server + url(*OLAH))
        # (the site's CSP allows no <style>: the defect goes in through the CSSOM)
        page.evaluate("""() => { const svg = document.querySelector('[data-xe="code-chart"]');
          svg.style.maxWidth = "9rem";
          svg.querySelectorAll("text").forEach(t => { t.style.fill = "#4051b5"; }); }""")
        problems = code_chart_problems(page)
        assert any(":1" in p for p in problems) and any("CSS px" in p for p in problems)
