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
"""

import importlib.util
import math
import re

import numpy as np
import pytest

from chromium import open_page
from layout import SHARED_MODULES, SNIPPETS

pytestmark = pytest.mark.browser

PAGE = "playground/"
CHAPTER = SNIPPETS / "frameworks" / "pytorch-cross-entropy-loss"  # seed 001's three rows
SEED_LOGITS = [[2.8883, 0.1760, 1.0774], [1.1216, -0.0562, 0.0660], [-1.3939, -0.0967, 0.5853]]
SEED_TARGETS = [1, 2, 0]
STARTS = [(0.6, 0.9), (2.0, 2.0)]


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
    for block in re.split(r"^start ", own, flags=re.M)[1:]:
        start = 0 if block.startswith("(w, b) = (0.6, 0.9)") else 1
        for cost, steps, a in re.findall(
            r"^\s+(quadratic|cross-entropy)\s+after\s+(\d+) steps:.*output (\S+)$", block, re.M
        ):
            own_checks.append((start, int(steps), "quad" if cost == "quadratic" else "ce", a))
    # The chapter's table: start, cost, output a after 0, 10, 50, 100, 300 epochs.
    lines = (SNIPPETS / "classification" / "learning-slowdown" / "slowdown.out").read_text().splitlines()
    epochs = [int(e) for e in re.findall(r"\d+", lines[1].split("cost", 1)[1].split("epochs")[0])]
    chapter_checks = []
    for line in lines[2:]:
        m = re.match(r"\((\S+), (\S+)\)\s+(MSE|CE)\s+(.*)", line)
        if m:
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
