"""The playground page (playground.md), driven in Chromium.

- the loss explorer shows, for the seed-001 rows of the PyTorch chapter, the
  per-row losses and the mean that the chapter's snippets print (read from
  their recorded outputs), typed in row by row and collected in the batch;
- for a seeded random sample of logits, targets and label smoothing, every
  number it shows (softmax, cross-entropy, KL divergence, MSE, gradient)
  agrees to 4 decimals with the NumPy reference the frameworks chapter shows
  (snippets/frameworks/numpy-reference/xent.py);
- logits of +-1000 give finite numbers;
- the slowdown mode, after N steps, agrees to 4 decimals with the same
  experiment in Python (exact gradients), and with the classification
  chapter's recorded slowdown table, for both starts and both costs;
- the configuration survives a reload (it lives in the query string), the
  page works with the keyboard, and initialising twice does no harm.

What a reader sees, each check with a test that shows it failing on the
defect it guards against:
- every button keeps 4.5:1 text contrast as it is, hovered and focused, in
  both themes (axe-core's color-contrast rule, its undecided cases counted);
- the q / y / gradient bars have a legend keyed in their colours, and every
  gradient bar a zero line in its middle;
- the slowdown chart has axes, ticks, axis titles and a legend, text of at
  least 11 CSS px, and two curves, dashed differently, each with 3:1 against
  the background in both themes;
- on a phone with 10 classes, the cross-entropy stays in view while the last
  slider moves;
- "copy link" puts the address with the state on the clipboard, and says so;
- each preset sets its logits, target and smoothing, in both languages;
- bad input shows a message, never NaN, and the last valid value stays in use;
- a second, minimal explorer (as the home page would embed it) works on its
  own and leaves the address alone.
"""

import contextlib
import importlib.util
import math
import re
import urllib.parse

import numpy as np
import pytest

from chromium import PHONE, guarded_context, open_page, state_forcer
from contract import DOCS
from layout import ROOT, SHARED_MODULES, SNIPPETS

pytestmark = pytest.mark.browser

PAGE = "playground/"
CHAPTER = SNIPPETS / "frameworks" / "pytorch-cross-entropy-loss"  # seed 001's three rows
SEED_LOGITS = [[2.8883, 0.1760, 1.0774], [1.1216, -0.0562, 0.0660], [-1.3939, -0.0967, 0.5853]]
SEED_TARGETS = [1, 2, 0]
STARTS = [(0.6, 0.9), (2.0, 2.0)]
HAN = re.compile(r"[\u4e00-\u9fff]")


def load_xent():
    """The frameworks chapter's NumPy reference (snippets/frameworks/numpy-reference/xent.py)."""
    spec = importlib.util.spec_from_file_location("xent_reference", SNIPPETS / SHARED_MODULES[0])
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


XENT = load_xent()


def reference(z, target, smoothing):
    """What the explorer must show; target is a class index or soft weights."""
    z = np.asarray(z, dtype=np.float64)
    k = len(z)
    if isinstance(target, int):
        y = np.eye(k)[target]
    else:
        y = np.asarray(target, dtype=np.float64) / np.sum(target)
    y_smooth = (1 - smoothing) * y + smoothing / k
    log_p = XENT.log_softmax(z)
    label = np.array([target]) if isinstance(target, int) else y[None, :]
    ce = XENT.cross_entropy(z[None, :], label, label_smoothing=smoothing)
    kl = XENT.kl_div(log_p, y_smooth, reduction="sum")
    p = np.exp(log_p)
    return {
        "ce": float(ce),
        "kl": float(kl),
        "mse": float(((p - y_smooth) ** 2).mean()),
        "p": p,
        "y": y_smooth,
        "g": p - y_smooth,
    }


def number(text):
    """A number as the page prints it (with a real minus sign)."""
    return float(text.strip().replace("\u2212", "-"))


def agrees(shown, expected):
    """Shown to 4 decimals (or 4 significant digits below 1e-4)."""
    value = number(shown)
    if "e" in shown:
        return math.isclose(value, expected, rel_tol=1e-3)
    return f"{expected:.4f}".replace("-0.0000", "0.0000") == f"{value:.4f}".replace("-0.0000", "0.0000")


def real(problems):
    """Problems, less requests aborted because the test navigated on."""
    return [p for p in problems if "net::ERR_ABORTED" not in p]


def open_playground(context, url):
    page, problems = open_page(context, url)
    page.wait_for_selector(".xe-playground.xe-ready")
    return page, problems


def out(page, name):
    return page.inner_text(f'[data-xe="{name}"]')


def enter_row(page, logits, target):
    """Type one row of logits into the explorer and pick its class."""
    page.select_option('[data-xe="k"]', str(len(logits)))
    page.select_option('[data-xe="kind"]', "hard")
    for i, value in enumerate(logits):
        page.fill(f"#xe-playground-z-{i}", str(value))
    page.select_option('[data-xe="class"]', str(target))


def slow_values(cost, w, b, lr, steps, x=1.0, y=0.0):
    """The slowdown experiment in Python, exact gradients, as the page runs it."""
    for step in range(steps + 1):
        a = 1 / (1 + math.exp(-(w * x + b)))
        if cost == "quad":
            c, delta = 0.5 * (a - y) ** 2, (a - y) * a * (1 - a)
        else:
            c, delta = -(y * math.log(a) + (1 - y) * math.log(1 - a)), a - y
        if step == steps:
            return {"w": w, "b": b, "a": a, "c": c, "gb": delta}
        w, b = w - lr * delta * x, b - lr * delta


def take_steps(page, n):
    """Go n steps on with the page's 100/10/1-step buttons (clicked in one round trip)."""
    clicks = []
    for size in (100, 10, 1):
        clicks += [size] * (n // size)
        n %= size
    page.evaluate(
        """sizes => sizes.forEach(size =>
      document.querySelector(`[data-steps="${size}"]`).click())""",
        clicks,
    )


def recorded_losses():
    per_row = re.search(
        r"tensor\(\[([^\]]*)\]\)", (CHAPTER / "nll_by_hand.out").read_text().splitlines()[1]
    ).group(1)
    mean = re.search(r"tensor\(([-\d.]+)\)", (CHAPTER / "three_ways.out").read_text()).group(1)
    return [s.strip() for s in per_row.split(",")], mean


def test_seed_rows_match_the_pytorch_chapter(site_server, context):
    # On the Chinese page; the other tests use the English one (same script).
    losses, mean = recorded_losses()
    assert len(losses) == 3
    page, problems = open_playground(context, site_server + PAGE)
    for logits, target, loss in zip(SEED_LOGITS, SEED_TARGETS, losses, strict=True):
        enter_row(page, logits, target)
        assert out(page, "out-ce") == loss
        page.click('[data-xe="add"]')
    assert page.locator('[data-out="row-loss"]').all_inner_texts() == losses
    assert out(page, "batch-mean") == mean
    # The batch and the last row are in the address: a reload restores them.
    page.reload(wait_until="load")
    page.wait_for_selector(".xe-playground.xe-ready")
    assert page.locator('[data-out="row-loss"]').all_inner_texts() == losses
    assert out(page, "batch-mean") == mean
    assert out(page, "out-ce") == losses[-1]
    assert not real(problems) + context.external


def random_cases(n=16, seed=6):
    rng = np.random.default_rng(seed)
    cases = []
    for i in range(n):
        k = int(rng.integers(2, 11))
        z = np.round(rng.normal(0, [1, 4, 20][i % 3], size=k), 4)
        if i % 2:
            target = [float(v) for v in np.round(rng.dirichlet(np.ones(k)), 4)]
            if sum(target) == 0:
                target[0] = 1.0
        else:
            target = int(rng.integers(0, k))
        smoothing = float(np.round(rng.uniform(0, 0.3), 2)) if i % 4 >= 2 else 0.0
        cases.append((z.tolist(), target, smoothing))
    return cases


# Sets the explorer's controls as a reader would, each with its input or change
# event, in one round trip.
SET_CONTROLS = """([z, target, eps]) => {
  const fire = (el, type, value) => { el.value = value; el.dispatchEvent(new Event(type, {bubbles: true})); };
  const q = name => document.querySelector(`[data-xe="${name}"]`);
  fire(q("k"), "change", String(z.length));
  fire(q("kind"), "change", typeof target === "number" ? "hard" : "soft");
  z.forEach((v, i) => fire(document.getElementById(`xe-playground-z-${i}`), "input", String(v)));
  if (typeof target === "number") fire(q("class"), "change", String(target));
  else target.forEach((v, i) => fire(document.getElementById(`xe-playground-y-${i}`), "input", String(v)));
  fire(q("eps"), "input", String(eps));
}"""
SHOWN = """() => Object.fromEntries([...document.querySelectorAll("[data-xe], [data-out]")]
  .map(e => [e.dataset.xe || e.dataset.out, e.textContent]))"""


def test_random_sample_matches_numpy(site_server, context):
    page = None
    mismatches = []
    for n, (z, target, smoothing) in enumerate(random_cases()):
        if n < 3:  # the first few through the address, as a shared link would
            y = str(target) if isinstance(target, int) else ",".join(map(repr, target))
            url = (
                site_server
                + "en/"
                + PAGE
                + "?m=loss&z="
                + ",".join(map(repr, z))
                + f"&y={y}&ls={smoothing!r}"
            )
            if page is None:
                page, problems = open_playground(context, url)
            else:
                page.goto(url, wait_until="load")
                page.wait_for_selector(".xe-playground.xe-ready")
        else:
            page.evaluate(SET_CONTROLS, [z, target, smoothing])
        shown = page.evaluate(SHOWN)
        shown = {key.removeprefix("out-"): value for key, value in shown.items()}
        ref = reference(z, target, smoothing)
        expected = {"ce": ref["ce"], "kl": ref["kl"], "mse": ref["mse"]}
        for i in range(len(z)):
            expected.update({f"p{i}": ref["p"][i], f"y{i}": ref["y"][i], f"g{i}": ref["g"][i]})
        assert not any(f"p{i}" in shown for i in range(len(z), 11)), "extra class rows"
        mismatches += [
            f"z={z} target={target} eps={smoothing}: {key} shows {shown[key]}, NumPy gives {value:.6f}"
            for key, value in expected.items()
            if not agrees(shown[key], value)
        ]
    assert not mismatches, "\n".join(mismatches)
    assert not real(problems) + context.external


def test_reference_is_the_frameworks_module():
    # The explorer's reference is the module the frameworks chapter shows.
    assert XENT.cross_entropy([[2.8883, 0.1760, 1.0774]], np.array([1])) == pytest.approx(2.9192, abs=1e-4)


def test_huge_logits_stay_finite(site_server, context):
    logits = [1000, -1000, 0, 999.5]
    page, problems = open_playground(context, site_server + "en/" + PAGE + "?z=1000,-1000,0,999.5&y=1&ls=0.1")
    for typed in (False, True):
        if typed:  # the same numbers typed into the boxes, from the defaults
            page.click('[data-xe="reset-loss"]')
            enter_row(page, logits, 1)
            page.fill("#xe-eps", "0.1")
        shown = page.evaluate(SHOWN)
        texts = [shown["out-" + key] for key in ("ce", "kl", "h", "mse")]
        texts += page.locator(".xe-bar__value").all_inner_texts()
        assert len(texts) == 4 + 3 * len(logits)
        for text in texts:
            assert math.isfinite(number(text)), (typed, text)
        ref = reference(logits, 1, 0.1)
        assert agrees(shown["out-ce"], ref["ce"]) and agrees(shown["out-kl"], ref["kl"]), typed
    assert not real(problems) + context.external


def test_slowdown_matches_python(site_server, context):
    page, problems = open_playground(context, site_server + "en/" + PAGE)
    page.check('input[value="slow"]')
    assert page.input_value('[data-xe="lr"]') == "0.15"
    mismatches = []
    for start, (w0, b0) in enumerate(STARTS):
        page.select_option('[data-xe="start"]', str(start))
        done = 0
        for steps in (0, 1, 30, 137, 300):
            take_steps(page, steps - done)
            done = steps
            shown = page.evaluate(SHOWN)
            assert shown["step"] == str(steps)
            mismatches += [
                f"start {start}, {steps} steps, {cost}: {key} shows {shown[f'{cost}-{key}']}, "
                f"Python gives {value:.6f}"
                for cost in ("quad", "ce")
                for key, value in slow_values(cost, w0, b0, 0.15, steps).items()
                if not agrees(shown[f"{cost}-{key}"], value)
            ]
    assert not mismatches, "\n".join(mismatches)
    # Another learning rate, typed in; the step count and the rate survive a reload.
    page.select_option('[data-xe="start"]', "1")
    page.fill('[data-xe="lr"]', "0.5")
    take_steps(page, 45)
    page.reload(wait_until="load")
    page.wait_for_selector(".xe-playground.xe-ready")
    assert page.is_visible('[data-panel="slow"]') and out(page, "step") == "45"
    assert page.input_value('[data-xe="lr"]') == "0.5"
    shown = page.evaluate(SHOWN)
    for cost in ("quad", "ce"):
        for key, value in slow_values(cost, 2.0, 2.0, 0.5, 45).items():
            assert agrees(shown[f"{cost}-{key}"], value), (cost, key)
    assert not real(problems) + context.external


def test_slowdown_matches_recorded_outputs(site_server, context):
    """Against what the playground's and the classification chapter's snippets print."""
    own_checks = []  # (start index, steps, cost, output a as printed)
    own = (SNIPPETS / "playground" / "slowdown.out").read_text()
    for block in re.split(r"^\(w, b\) = ", own, flags=re.M)[1:]:
        start = 0 if block.startswith("(0.6, 0.9):") else 1
        # Each start's table: cost, steps, then w, b and the output q after them.
        assert re.search(r"^\s+cost\s+steps\s+w\s+b\s+q$", block, re.M), block
        for cost, steps, a in re.findall(r"^\s+(MSE|CE)\s+(\d+)\s+\S+\s+\S+\s+(\S+)$", block, re.M):
            own_checks.append((start, int(steps), "quad" if cost == "MSE" else "ce", a))
    # The chapter's table: start, cost, output a after 0, 10, 50, 100, 300 epochs.
    lines = (SNIPPETS / "classification" / "learning-slowdown" / "slowdown.out").read_text().splitlines()
    epochs = [int(e) for e in re.findall(r"q\((\d+)\)", lines[1])]  # the header: q(0) q(10) ...
    chapter_checks = []
    for line in lines[2:]:
        m = re.match(r"\((\S+), (\S+)\)\s+(MSE|CE)\s+(.*)", line)
        if not m:
            break  # the table ends at the first blank line; the rows after it are other tables
        start = STARTS.index((float(m.group(1)), float(m.group(2))))
        values = m.group(4).split()[: len(epochs)]
        chapter_checks += [
            (start, e, "quad" if m.group(3) == "MSE" else "ce", a)
            for e, a in zip(epochs, values, strict=True)
        ]
    # Each source must give values for both starts and both costs: a format
    # change that stops a regex matching fails here instead of checking less.
    every = {(0, "quad"), (0, "ce"), (1, "quad"), (1, "ce")}
    assert {(s, c) for s, _, c, _ in own_checks} == every, own_checks
    assert {(s, c) for s, _, c, _ in chapter_checks} == every and len(chapter_checks) == 4 * len(epochs)
    checks = own_checks + chapter_checks
    page, problems = open_playground(context, site_server + "en/" + PAGE + "?m=slow")
    for start in (0, 1):
        page.select_option('[data-xe="start"]', str(start))
        done = 0
        for _, steps, cost, a in sorted(c for c in checks if c[0] == start):
            take_steps(page, steps - done)
            done = steps
            assert out(page, f"{cost}-a") == a, (start, cost, steps)
    assert not real(problems) + context.external


def test_keyboard_alone(site_server, context):
    page, problems = open_playground(context, site_server + PAGE)
    before = out(page, "out-ce")
    page.focus('input[type="radio"][value="loss"]')
    # Tab reaches the class count first, then the slider of z0 after the other controls.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.xe") == "k"
    page.focus(".xe-range[data-i='0']")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert page.input_value("#xe-playground-z-0") == "2.02"
    assert out(page, "out-ce") != before
    page.focus('input[type="radio"][value="loss"]')
    page.keyboard.press("ArrowRight")  # the radio group: on to the second mode
    assert page.is_visible('[data-panel="slow"]') and not page.is_visible('[data-panel="loss"]')
    page.focus('[data-steps="10"]')
    page.keyboard.press("Enter")
    page.keyboard.press("Space")
    assert out(page, "step") == "20"
    assert not real(problems) + context.external


def test_initialising_twice_is_harmless(site_server, context):
    # Material's instant navigation emits document$ again and may evaluate the
    # page's scripts again; neither may bind the controls a second time.
    page, problems = open_playground(context, site_server + "en/" + PAGE + "?m=slow")
    page.evaluate("document$.next(document)")
    page.add_script_tag(url="../assets/javascripts/playground.js")
    page.click('[data-steps="1"]')
    assert out(page, "step") == "1"
    assert page.locator(".xe-row").count() == 3
    assert not real(problems) + context.external


# ---- what a reader sees: contrast, legends, the readout, sharing, presets ----

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCHEMES = ("light", "dark")

# Colours as the browser computes them, composited over what lies behind
# them, as [r, g, b] (0-255); contrast ratios are computed in Python.
COLOUR_JS = """() => {
  if (window.xeColour) return;
  const parse = text => {
    const m = /rgba?\\(([^)]+)\\)/.exec(text || "");
    if (!m) return null;
    const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3])).concat([1]);
  const background = el => {  // the opaque colour behind el's content (its own background included)
    const layers = [];
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
    }
    let colour = [255, 255, 255, 1];
    for (const c of layers.reverse()) colour = over(c, colour);
    return colour;
  };
  // el's colour property (color, stroke, backgroundColor), over what is behind el
  const on = (el, prop, pseudo) =>
    over(parse(getComputedStyle(el, pseudo)[prop]), background(el.parentElement));
  window.xeColour = {parse, background, on};
}"""


def contrast(a, b):
    def luminance(c):
        c = [v / 255 for v in c[:3]]
        c = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_is_wcags():
    assert contrast([0, 0, 0], [255, 255, 255]) == pytest.approx(21)
    # The defect: Material's indigo on its slate background.
    assert contrast([0x40, 0x51, 0xB5], [0x1E, 0x21, 0x29]) == pytest.approx(2.34, abs=0.01)


@pytest.fixture
def themed(browser, site_server):
    """open(path, scheme, **context options) -> (page, problems), each page in a
    guarded context of its own (light or dark); they close after the test."""
    with contextlib.ExitStack() as stack:

        def open_(path, scheme="light", **options):
            context = stack.enter_context(guarded_context(browser, color_scheme=scheme, **options))
            page, problems = open_playground(context, site_server + path)
            page.evaluate(COLOUR_JS)
            page.context_ = context
            return page, problems

        yield open_


# The final state of each hover and focus, not a frame of Material's 125 ms
# colour transition.
NO_TRANSITIONS = "*, *::before, *::after { transition: none !important; }"
# Violations, and the cases axe cannot decide: it files text the colour of its
# background (white on white, the old hovered button) under "incomplete". The
# charts' SVG text, which axe cannot judge, is chart_problems()'s and, for the
# code-length chart, test_playground_code.py's code_chart_problems()'s.
AXE_CONTRAST = """async selector => {
  const charts = [['[data-xe="chart"]'], ['[data-xe="code-chart"]']];
  const result = await axe.run({include: [[selector]], exclude: charts},
    {runOnly: {type: "rule", values: ["color-contrast"]}, resultTypes: ["violations", "incomplete"]});
  return [...result.violations, ...result.incomplete].flatMap(v => v.nodes.map(n =>
    n.target.join(" ") + ": color contrast: " + n.any.map(a => a.message).join("; ")));
}"""


# Both panels at once, so one axe run sees every button (a hidden panel's
# buttons are not checked); a click on a mode puts things back.
BOTH_PANELS = (
    "() => document.querySelectorAll('.xe-playground [data-panel]').forEach(p => { p.hidden = false; })"
)


# axe's every run walks the whole page, whose prose (KaTeX's markup most of
# all), code and navigation make it several times slower; none of them is
# behind the playground, so its colours do not depend on them. (test_pages.py
# runs axe over the whole of every page.)
ONLY_THE_PLAYGROUND = """() => {
  const root = document.querySelector(".xe-playground");
  [...root.parentElement.children].filter(e => e !== root && !e.querySelector("link, style") &&
    !e.matches("link, style")).forEach(e => e.remove());
  document.querySelectorAll(".md-sidebar, .md-search, .md-footer").forEach(e => e.remove());
}"""


def button_contrast_problems(page):
    """axe-core's color-contrast rule over the playground, both panels shown:
    as it is, with every button hovered, and with every button focused. (It
    strips the page down to the playground first.)"""
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `npm ci`", pytrace=False)
    page.evaluate(ONLY_THE_PLAYGROUND)
    page.add_script_tag(path=str(AXE))
    page.add_style_tag(content=NO_TRANSITIONS)
    page.evaluate(BOTH_PANELS)
    page.mouse.move(0, 0)
    page.evaluate("document.activeElement.blur()")
    problems = []
    labels = page.locator(".xe-playground button:visible").all_inner_texts()
    if len(labels) < 10 or not all(label.strip() for label in labels):
        problems.append(f"buttons without a visible label, or too few: {labels}")
    force = state_forcer(page, ".xe-playground button")
    # As it is: all of the playground; hovered and focused: only what changes.
    for state, name, where in (
        (None, "as it is", ".xe-playground"),
        ("hover", "hovered", ".xe-playground button"),
        ("focus", "focused", ".xe-playground button"),
    ):
        force(state)
        problems += [f"{name}: {p}" for p in page.evaluate(AXE_CONTRAST, where)]
    force(None)
    page.check('input[value="slow"]')
    page.check('input[value="loss"]')
    return problems


# The forced states are the real ones: a hovered and a focused button, by
# mouse and keyboard, look as forced.
BUTTON_COLOURS = """b => { const s = getComputedStyle(b); return [s.color, s.backgroundColor]; }"""


def test_forced_states_are_what_hover_and_focus_give(themed):
    page, _ = themed(PAGE, "dark")
    page.add_style_tag(content=NO_TRANSITIONS)
    button = page.locator('[data-xe="add"]')
    force = state_forcer(page, '[data-xe="add"]')
    plain = button.evaluate(BUTTON_COLOURS)
    forced = {}
    for state in ("hover", "focus"):
        force(state)
        forced[state] = button.evaluate(BUTTON_COLOURS)
        force(None)
    assert button.evaluate(BUTTON_COLOURS) == plain
    button.hover()
    assert button.evaluate(BUTTON_COLOURS) == forced["hover"] != plain
    page.mouse.move(0, 0)
    button.focus()
    assert button.evaluate(BUTTON_COLOURS) == forced["focus"] != plain


@pytest.mark.parametrize("scheme", SCHEMES)
def test_buttons_keep_their_contrast_when_hovered_and_focused(themed, scheme):
    page, problems = themed(PAGE, scheme)
    page.click("[data-preset]")  # a pressed preset is measured too
    found = button_contrast_problems(page)
    assert not found, "\n".join(found)
    assert not real(problems) + page.context_.external


# Material's .md-button states with the old `background: transparent` and the
# old indigo written out (#4051b5: on slate, site.css now points
# --md-primary-fg-color of a button at the link colour): the
# text turns white on hover and focus (blank on white), and is indigo on
# slate (2.35:1) otherwise.
OLD_BUTTONS = """
.md-typeset .xe-playground .md-button { color: #4051b5 !important;
  border-color: currentColor !important; background: transparent !important; }
.md-typeset .xe-playground .md-button:hover, .md-typeset .xe-playground .md-button:focus {
  color: var(--md-accent-bg-color) !important; }
"""


@pytest.mark.parametrize("scheme, states", [("light", {"hovered", "focused"}), ("dark", {"as it is"})])
def test_button_contrast_check_catches_the_old_buttons(themed, scheme, states):
    page, _ = themed("en/" + PAGE, scheme)
    page.add_style_tag(content=OLD_BUTTONS)
    found = button_contrast_problems(page)
    caught = {p.split(":")[0] for p in found if "color contrast" in p}
    assert states <= caught, found


LEGEND_JS = """() => {
  const c = window.xeColour, root = document.querySelector(".xe-playground");
  const legend = root.querySelector('[data-xe="legend"]');
  const visible = el =>
    !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const fill = k => {
    const f = root.querySelector(`.xe-bar--${k} .xe-bar__fill`);
    return f && getComputedStyle(f).backgroundColor;
  };
  return {
    legend: visible(legend) ? [...legend.querySelectorAll("li")].filter(visible).map(li => {
      const key = li.querySelector(".xe-key");
      const swatch = key && visible(key) ? getComputedStyle(key, "::before").backgroundColor : null;
      return {text: li.textContent.trim(), swatch};
    }) : null,
    fills: ["p", "y", "g"].map(fill),
    rows: root.querySelectorAll(".xe-row").length,
    zeros: [...root.querySelectorAll(".xe-bar--g .xe-bar__track")].map(track => {
      const zero = track.querySelector(".xe-bar__zero");
      if (!visible(zero)) return null;
      const t = track.getBoundingClientRect(), z = zero.getBoundingClientRect();
      return {offset: z.left + z.width / 2 - (t.left + t.width / 2), width: z.width, height: z.height,
              track: t.height, colour: c.on(zero, "backgroundColor"), behind: c.background(track)};
    }),
  };
}"""


def legend_problems(page):
    """The q / y / gradient legend, keyed with the bars' own colours, and a zero
    line in the middle of every gradient bar, with 3:1 against its track."""
    found = page.evaluate(LEGEND_JS)
    problems = []
    if not found["legend"]:
        problems.append("no legend for the bars")
    else:
        keys = [entry["swatch"] for entry in found["legend"]]
        if keys != found["fills"]:
            problems.append(f"legend keys {keys} are not the bars' colours {found['fills']}")
        for entry, name in zip(found["legend"], ("q", "y", "∂L/∂z"), strict=False):
            if not entry["text"].startswith(name):
                problems.append(f"legend entry {entry['text']!r} does not name {name}")
    if len(found["zeros"]) != found["rows"]:
        problems.append(f"{len(found['zeros'])} gradient bars for {found['rows']} classes")
    for i, zero in enumerate(found["zeros"]):
        if zero is None:
            problems.append(f"gradient bar {i} has no zero line")
            continue
        ratio = contrast(zero["colour"], zero["behind"])
        if (
            abs(zero["offset"]) > 1
            or zero["width"] < 1.5
            or zero["height"] < zero["track"] - 0.5
            or ratio < 3
        ):
            problems.append(
                f"gradient bar {i}: zero line {zero} (contrast {ratio:.2f}) is off centre, thin or faint"
            )
    return problems


@pytest.mark.parametrize("scheme", SCHEMES)
def test_bars_have_a_legend_and_a_zero_line(themed, scheme):
    page, problems = themed(PAGE + "?z=2,1,0.1,-3&y=3", scheme)
    found = legend_problems(page)
    assert not found, "\n".join(found)
    assert not real(problems) + page.context_.external


def test_legend_check_catches_a_missing_legend_and_zero_line(themed):
    page, _ = themed("en/" + PAGE, "dark")
    page.add_style_tag(content='[data-xe="legend"], .xe-bar__zero { display: none !important; }')
    found = legend_problems(page)
    assert "no legend for the bars" in found
    assert sum("has no zero line" in p for p in found) == 3, found


CHART_JS = """() => {
  const c = window.xeColour, chart = document.querySelector('[data-xe="chart"]');
  const box = chart.getBoundingClientRect(), scale = box.width / (chart.viewBox.baseVal.width || box.width);
  const texts = sel => [...chart.querySelectorAll(sel)].map(t => t.textContent);
  const line = l => l && {stroke: c.on(l, "stroke"), behind: c.background(chart),
    dash: getComputedStyle(l).strokeDasharray, points: l.points ? l.points.numberOfItems : 2};
  return {
    width: box.width,
    axes: chart.querySelectorAll(".xe-axis").length,
    x: texts(".xe-tick-label--x"), y: texts(".xe-tick-label--y"), titles: texts(".xe-axis-title"),
    fonts: [...chart.querySelectorAll("text")].map(t => parseFloat(getComputedStyle(t).fontSize) * scale),
    inks: [...chart.querySelectorAll("text")].map(t => c.on(t, "fill")),
    behind: c.background(chart),
    lines: ["quad", "ce"].map(k => line(chart.querySelector(".xe-line--" + k))),
    legend: [...document.querySelectorAll('[data-xe="chart-legend"] li')].map(li => {
      const l = li.querySelector("line"); return l && {text: li.textContent.trim(), ...line(l)};
    }),
  };
}"""


def chart_problems(page):
    """The slowdown chart: two axes with ticks and titles, text of at least
    11 CSS px, two curves of different colours and dashes with 3:1 against the
    background, and a legend keyed like them."""
    page.check('input[value="slow"]')
    found = page.evaluate(CHART_JS)
    problems = []
    if found["axes"] != 2 or len(found["x"]) < 3 or len(found["y"]) < 3:
        problems.append(f"axes {found['axes']}, x ticks {found['x']}, y ticks {found['y']}")
    if len(found["titles"]) != 2 or not all(t.strip() for t in found["titles"]):
        problems.append(f"axis titles {found['titles']}")
    if min(found["fonts"], default=0) < 11:
        problems.append(f"chart text at {min(found['fonts'], default=0):.1f} CSS px")
    faint = [ink for ink in found["inks"] if contrast(ink, found["behind"]) < 4.5]
    if faint or not found["inks"]:
        problems.append(f"chart text in {faint} below 4.5:1 on {found['behind']}")
    quad, ce = found["lines"]
    for name, line in (("quadratic", quad), ("cross-entropy", ce)):
        if not line or line["points"] < 2:
            problems.append(f"no {name} curve")
        elif contrast(line["stroke"], line["behind"]) < 3:
            problems.append(
                f"{name} curve at {contrast(line['stroke'], line['behind']):.2f}:1 on the background"
            )
    if quad and ce:
        if contrast(quad["stroke"], ce["stroke"]) < 1.2:
            problems.append(f"both curves in one colour ({quad['stroke']}, {ce['stroke']})")
        if quad["dash"] == ce["dash"]:
            problems.append(f"both curves dashed alike ({quad['dash']})")
    legend = found["legend"]
    if len(legend) != 2 or not all(legend):
        problems.append(f"chart legend {legend}")
    else:
        for key, line in zip(legend, (quad, ce), strict=True):
            if line and (key["stroke"] != line["stroke"] or key["dash"] != line["dash"] or not key["text"]):
                problems.append(f"legend key {key} is not drawn like its curve {line}")
    page.check('input[value="loss"]')
    return problems


@pytest.mark.parametrize(
    "scheme, lang, phone",
    [("light", "", True), ("dark", "en/", False)],
    ids=["zh-phone-light", "en-desktop-dark"],
)
def test_chart_has_axes_legend_and_contrast(themed, scheme, lang, phone):
    page, problems = themed(lang + PAGE + "?m=slow&n=40", scheme, **(PHONE if phone else {}))
    found = chart_problems(page)
    assert not found, "\n".join(found)
    assert not real(problems) + page.context_.external


def test_chart_check_catches_the_old_chart(themed):
    page, _ = themed("en/" + PAGE + "?m=slow&n=40", "dark")
    # Both lines in Material's indigo, no legend, no ticks: the chart as it was.
    page.add_style_tag(
        content=".xe-line--quad, .xe-line--ce { stroke: var(--md-primary-fg-color) !important; }"
        ".xe-line--ce { stroke-dasharray: none !important; }"
    )
    page.evaluate("""() => document.querySelectorAll('[data-xe="chart-legend"], .xe-ticks text')
      .forEach(e => e.remove())""")
    found = "\n".join(chart_problems(page))
    for expected in (
        "x ticks []",
        "quadratic curve at 2.3",
        "both curves in one colour",
        "both curves dashed alike",
        "chart legend []",
    ):
        assert expected in found, found


READOUT_JS = """() => {
  const out = document.querySelector('[data-xe="out-ce"]'), r = out.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return {top: r.top, bottom: r.bottom, height: innerHeight, seen: !!hit && out.contains(hit),
          text: out.textContent,
          panel: document.querySelector('[data-panel="loss"]').getBoundingClientRect().height};
}"""


def readout_problems(page):
    """Drag the last class's slider (10 classes, a phone): the cross-entropy
    stays in view, uncovered, and follows the slider."""
    page.select_option('[data-xe="k"]', "10")
    slider = page.locator(".xe-range").nth(9)
    slider.scroll_into_view_if_needed()
    before = page.evaluate(READOUT_JS)
    box = slider.bounding_box()
    page.mouse.click(box["x"] + box["width"] * 0.9, box["y"] + box["height"] / 2)  # a tap near the right end
    after = page.evaluate(READOUT_JS)
    problems = []
    if not (0 <= after["top"] and after["bottom"] <= after["height"] and after["seen"]):
        problems.append(f"the cross-entropy is out of view while the last slider moves: {after}")
    if after["text"] == before["text"]:
        problems.append(f"the cross-entropy did not follow the slider ({after['text']})")
    return problems


def test_readout_stays_in_view_while_dragging_on_a_phone(themed):
    page, problems = themed(PAGE, "light", **PHONE)
    found = readout_problems(page)
    assert not found, "\n".join(found)
    assert page.evaluate(READOUT_JS)["panel"] < 2000  # 10 classes; it was 2,750 px tall
    assert not real(problems) + page.context_.external


def test_readout_check_catches_a_readout_that_scrolls_away(themed):
    page, _ = themed("en/" + PAGE, "light", **PHONE)
    page.add_style_tag(content=".xe-readout { position: static !important; }")
    found = readout_problems(page)
    assert len(found) == 1 and "out of view" in found[0], found


def copy_link_problems(page, copied, expected):
    """The clipboard holds this page's address, with the state expected in its
    query string, and the button's confirmation is showing."""
    problems = []
    if copied != page.url:
        problems.append(f"copied {copied!r}, the page is at {page.url!r}")
    params = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(copied).query))
    wrong = {k: params.get(k) for k, v in expected.items() if params.get(k) != v}
    if wrong:
        problems.append(f"copied link holds {wrong}, not {expected}")
    status = page.locator('[data-xe="copy-status"]')
    confirm = page.get_attribute(".xe-playground", "data-t-copied")
    if not status.is_visible() or status.inner_text().strip() != confirm:
        problems.append(f"no confirmation: the status reads {status.inner_text()!r}")
    return problems


def copy_link(page):
    page.evaluate("navigator.clipboard.writeText('')")
    page.click('[data-xe="copy-link"]')
    page.wait_for_function(
        "document.querySelector('[data-xe=\"copy-status\"]').textContent !== ''", timeout=2000
    )
    return page.evaluate("navigator.clipboard.readText()")


@pytest.fixture
def clipboard(site_server):
    def grant(page):
        page.context_.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_server.rstrip("/"))
        return page

    return grant


def test_copy_link_copies_the_state(themed, clipboard, site_server):
    page, problems = themed(PAGE + "?m=slow&n=40")
    clipboard(page)
    page.click('[data-steps="10"]')
    copied = copy_link(page)
    found = copy_link_problems(page, copied, {"m": "slow", "n": "50", "w": "0"})
    assert not found, "\n".join(found)
    # From a bare address too: the link gets the whole state, and opens it.
    page.goto(site_server + "en/" + PAGE, wait_until="load")
    page.wait_for_selector(".xe-playground.xe-ready")
    page.fill("#xe-playground-z-1", "4")
    copied = copy_link(page)
    assert not copy_link_problems(page, copied, {"m": "loss", "z": "2,4,0.1", "y": "0", "ls": "0"})
    shown = out(page, "out-ce")
    page.goto(site_server, wait_until="load")
    page.goto(copied, wait_until="load")
    page.wait_for_selector(".xe-playground.xe-ready")
    assert out(page, "out-ce") == shown and page.input_value("#xe-playground-z-1") == "4"
    assert not real(problems) + page.context_.external


def test_copy_link_check_catches_a_dead_button(themed, clipboard):
    page, _ = themed("en/" + PAGE + "?m=slow&n=40")
    clipboard(page)
    # The button without its handler: nothing is copied, nothing confirmed.
    page.evaluate("""() => { const b = document.querySelector('[data-xe="copy-link"]');
      b.replaceWith(b.cloneNode(true)); }""")
    page.evaluate("navigator.clipboard.writeText('')")
    page.click('[data-xe="copy-link"]')
    found = copy_link_problems(
        page, page.evaluate("navigator.clipboard.readText()"), {"m": "slow", "n": "40"}
    )
    assert len(found) == 3, found
    # A link without the state fails too.
    assert copy_link_problems(page, page.url.split("?")[0], {"n": "40"})[1].startswith("copied link holds")


# The presets, in page order: English label, logits, target, label smoothing.
PRESETS = [
    ("confidently right", [8, 0, 0], 0, 0.0),
    ("confidently wrong", [8, 0, 0], 1, 0.0),
    ("uniform guess", [0, 0, 0], 0, 0.0),
    ("label smoothing", [8, 0, 0], 0, 0.1),
    ("soft label", [2, 1, 0.1], [0.7, 0.2, 0.1], 0.0),
]


def preset_problems(page, expected):
    """What the explorer shows after a preset, against (logits, target, smoothing)."""
    z, target, smoothing = expected
    problems = []
    k = len(z)
    shown_z = [
        number(page.input_value(f"#xe-playground-z-{i}")) for i in range(page.locator(".xe-row").count())
    ]
    if shown_z != z:
        problems.append(f"logits {shown_z}, expected {z}")
    kind = page.input_value('[data-xe="kind"]')
    if isinstance(target, int):
        if kind != "hard" or page.input_value('[data-xe="class"]') != str(target):
            problems.append(f"target {kind} {page.input_value('[data-xe=class]')}, expected class {target}")
    else:
        weights = [number(page.input_value(f"#xe-playground-y-{i}")) for i in range(k)]
        if kind != "soft" or weights != target:
            problems.append(f"target {kind} {weights}, expected soft {target}")
    if number(page.input_value('[data-xe="eps"]')) != smoothing:
        problems.append(f"smoothing {page.input_value('[data-xe=eps]')}, expected {smoothing}")
    if not problems and not agrees(out(page, "out-ce"), reference(z, target, smoothing)["ce"]):
        problems.append(f"cross-entropy {out(page, 'out-ce')}")
    return problems


def test_presets_set_their_logits_and_target(themed):
    en, problems = themed("en/" + PAGE + "?z=1,2,3,4&y=3&ls=0.2")
    zh, zh_problems = themed(PAGE)
    buttons = en.locator("[data-preset]")
    assert buttons.all_inner_texts() == [label for label, *_ in PRESETS]
    # Both languages: the same presets, each labelled and explained in its own.
    assert zh.locator("[data-preset]").evaluate_all(
        "bs => bs.map(b => b.dataset.preset)"
    ) == buttons.evaluate_all("bs => bs.map(b => b.dataset.preset)")
    assert all(HAN.search(label) for label in zh.locator("[data-preset]").all_inner_texts())
    assert all(
        HAN.search(n) for n in zh.locator("[data-preset]").evaluate_all("bs => bs.map(b => b.dataset.note)")
    )
    for i, (label, *expected) in enumerate(PRESETS):
        buttons.nth(i).click()
        found = preset_problems(en, expected)
        assert not found, f"{label}: {found}"
        assert buttons.evaluate_all("bs => bs.map(b => b.getAttribute('aria-pressed'))") == [
            str(j == i).lower() for j in range(len(PRESETS))
        ]
        assert out(en, "preset-note") == buttons.nth(i).get_attribute("data-note")
    # Moving a logit leaves the preset: nothing is pressed, the note goes.
    en.fill("#xe-playground-z-0", "1")
    assert "true" not in buttons.evaluate_all("bs => bs.map(b => b.getAttribute('aria-pressed'))")
    assert out(en, "preset-note") == ""
    assert not real(problems + zh_problems) + en.context_.external + zh.context_.external


def test_preset_check_catches_the_wrong_preset(themed):
    page, _ = themed("en/" + PAGE)
    page.click('[data-preset]:text-is("confidently right")')
    assert preset_problems(page, PRESETS[0][1:]) == []
    assert preset_problems(page, PRESETS[1][1:]) == ["target hard 0, expected class 1"]
    assert preset_problems(page, PRESETS[3][1:]) == ["smoothing 0, expected 0.1"]


NOT_SHOWN = re.compile(r"NaN|Infinity|undefined|null")


def shown_problems(shown):
    """Readouts that show no number: NaN, undefined and the like."""
    return [f"{key} shows {text!r}" for key, text in shown.items() if NOT_SHOWN.search(text)]


def test_nan_check_catches_nan():
    assert shown_problems({"out-ce": "0.4170", "out-kl": "NaN", "g1": "undefined"}) == [
        "out-kl shows 'NaN'",
        "g1 shows 'undefined'",
    ]


# Typed into an input: each leaves the last valid value in use and says why.
BAD_INPUT = [
    ("#xe-playground-z-1", ""),  # what a number box holds for "-", "1e" or "abc"
    ("#xe-playground-z-1", "1e999"),
    ("#xe-playground-z-2", "-2000000"),
    ("#xe-eps", ""),
    ("#xe-eps", "1.5"),
    ("#xe-playground-y-0", "-1"),
    ("#xe-lr", ""),
    ("#xe-lr", "0"),
    ("#xe-lr", "1000"),
]
TYPE = """([selector, value, type]) => { const e = document.querySelector(selector); e.value = value;
  e.dispatchEvent(new Event(type, {bubbles: true})); }"""


def test_both_pages_hold_every_template():
    # Every word the script shows comes from a data-t-* template on the page
    # (the English ones are shown by test_an_embedded_explorer_works_on_its_own
    # and the copy-link tests; the Chinese ones below).
    templates = [
        sorted(re.findall(r"\bdata-t-([\w-]+)=", (DOCS / lang / "playground.md").read_text(encoding="utf-8")))
        for lang in ("zh", "en")
    ]
    assert templates[0] == templates[1]
    script = (ROOT / "docs" / "assets" / "javascripts" / "playground.js").read_text(encoding="utf-8")
    keys = re.findall(r'(?:"t|dataset\.t)([A-Z]\w*)', script)  # t(root, "tXAxis"), root.dataset.tPlay
    used = {re.sub(r"(?<!^)([A-Z])", r"-\1", key).lower() for key in keys}
    assert {"x-axis", "play", "copied", "not-number"} <= used, used
    assert used <= set(templates[0]), f"no template on the page for {used - set(templates[0])}"


def test_bad_input_shows_a_message_not_nan(themed):
    page, problems = themed(PAGE)
    page.select_option('[data-xe="kind"]', "soft")
    for selector, value in BAD_INPUT:
        slow = selector == "#xe-lr"
        page.check(f'input[value="{"slow" if slow else "loss"}"]')
        message = page.locator(f'[data-xe="{"slow-message" if slow else "message"}"]')
        before, typed_over = page.evaluate(SHOWN), page.input_value(selector)
        page.evaluate(TYPE, [selector, value, "input"])
        shown = page.evaluate(SHOWN)
        case = f"{selector} = {value!r}"
        assert not shown_problems(shown), (case, shown_problems(shown))
        results = [k for k in shown if k.startswith(("out-", "quad-", "ce-"))]
        assert {k: shown[k] for k in results} == {k: before[k] for k in results}, case
        assert message.is_visible() and message.inner_text().strip(), case
        assert page.get_attribute(selector, "aria-invalid") == "true", case
        assert "NaN" not in page.inner_text(".xe-playground"), case
        page.evaluate(TYPE, [selector, value, "change"])  # leaving the box: its value is back
        assert not message.is_visible(), case
        assert page.get_attribute(selector, "aria-invalid") is None, case
        assert page.input_value(selector) == typed_over, case
    # All weights zero: a uniform target, and the page says so.
    page.check('input[value="loss"]')
    for i in range(3):
        page.fill(f"#xe-playground-y-{i}", "0")
    assert agrees(out(page, "out-ce"), reference([2, 1, 0.1], [1, 1, 1], 0)["ce"])
    assert page.locator('[data-xe="message"]').is_visible()
    # A link whose settings cannot be read: the defaults, and a message.
    page.goto(page.url.split("?")[0] + "?z=abc&y=7&ls=3&lr=-1", wait_until="load")
    page.wait_for_selector(".xe-playground.xe-ready")
    assert out(page, "out-ce") == "0.4170" and page.locator('[data-xe="message"]').is_visible()
    assert not shown_problems(page.evaluate(SHOWN))
    assert not real(problems) + page.context_.external


# A second, minimal explorer as the home page would embed it (the markup the
# head of playground.js describes): it works on its own and keeps the address.
EMBED = """<div class="xe-playground" id="xe-home" data-xe-explorer data-xe-start="z=3,0,-1&y=2"
  data-t-logit="logit z{i}" data-t-logit-slider="logit z{i}, slider"
  data-t-prob="q{i}" data-t-target="y{i}" data-t-grad="∂L/∂z{i}"
  data-t-not-number="{i} needs a number" data-t-out-of-range="{i} must lie between {lo} and {hi}">
<section class="xe-panel" data-panel="loss">
<div class="xe-readout"><dl class="xe-results">
<div><dt>cross-entropy H(y, q)</dt><dd><span data-xe="out-ce"></span></dd></div>
</dl><p class="xe-message" data-xe="message" role="status"></p></div>
<ol class="xe-rows" data-xe="rows" start="0"></ol>
<a data-xe="open" href="../playground/">Open in the playground</a>
</section></div>"""


def test_an_embedded_explorer_works_on_its_own(themed):
    page, problems = themed("en/" + PAGE + "?z=1,1&y=0")
    page.evaluate(
        """html => { document.querySelector(".md-content__inner").insertAdjacentHTML("afterbegin", html);
      document$.next(document); }""",
        EMBED,
    )
    page.wait_for_selector("#xe-home.xe-ready")
    home = page.locator("#xe-home")
    assert home.locator(".xe-row").count() == 3
    assert agrees(home.locator('[data-xe="out-ce"]').inner_text(), reference([3, 0, -1], 2, 0)["ce"])
    url = page.url
    page.fill("#xe-home-z-0", "1")
    assert agrees(home.locator('[data-xe="out-ce"]').inner_text(), reference([1, 0, -1], 2, 0)["ce"])
    assert page.url == url, "an embedded explorer changed the address"
    assert page.locator("#xe-playground .xe-row").count() == 2  # the page's own explorer is untouched
    page.evaluate(TYPE, ["#xe-home-z-1", "", "input"])  # bad input in it: its own message
    assert home.locator('[data-xe="message"]').is_visible()
    page.evaluate(TYPE, ["#xe-home-z-1", "", "change"])
    home.locator('[data-xe="open"]').click()
    page.wait_for_selector("#xe-playground.xe-ready")
    assert "?m=loss&z=1,0,-1&y=2&ls=0" in page.url
    assert agrees(out(page, "out-ce"), reference([1, 0, -1], 2, 0)["ce"])
    assert not real(problems) + page.context_.external
