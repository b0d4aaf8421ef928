"""The distillation page (losses/distillation) and xent.distillation_loss, checked independently.

- xent.distillation_loss is T**2 times PyTorch's kl_div on log_softmax(z / T) and
  log_softmax(v / T), with log_target=True, for every reduction (hypothesis, derandomized), and
  a brute-force double loop in plain Python for "batchmean"; extreme logits stay finite.
- The page's gradient norms are the analytic gradient (q_T - p_T) / (N T), computed with SciPy
  instead of autograd; they fall like 1/T**2, so T**2 * |g| is flat from T = 2 on, towards the
  closed-form limit |zc - vc| / (N K).
- reduction="mean" is the batchmean value divided by K; the hard term is the cross-entropy from
  logsumexp; the soft-label cross-entropy exceeds the KL divergence by T**2 * H(p_T).
- At T = 1000 the loss is the centred-logit matching of Hinton et al.'s §2.1, in closed form.
- Bad input raises a ValueError that names it.

Each check is shown failing on the defect it guards against.
"""

import math
import re
import sys

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from scipy.special import log_softmax, logsumexp, softmax

from contract import SNIPPETS

sys.path.insert(0, str(SNIPPETS / "frameworks" / "numpy-reference"))
import xent  # noqa: E402

sys.path.remove(str(SNIPPETS / "frameworks" / "numpy-reference"))

FOLDER = SNIPPETS / "losses" / "distillation"
FAST = settings(max_examples=40, deadline=None, derandomize=True, database=None)
LOGIT = st.one_of(st.floats(-30, 30), st.sampled_from([-1e4, 1e4, 0.0, -700.0, 750.0]))
TEMPERATURE = st.sampled_from([0.5, 1.0, 2.0, 4.0, 20.0])


def out(name):
    return (FOLDER / f"{name}.out").read_text(encoding="utf-8")


def page_batch():
    """The snippets' batch: seed 0, N = 4, K = 10, teacher first, then the student."""
    rng = np.random.default_rng(0)
    v = 3 * rng.standard_normal((4, 10))
    z = rng.standard_normal((4, 10))
    return z, v, rng


# --- the reference against PyTorch and a brute-force loop ----------------------------


@st.composite
def logit_pairs(draw):
    n, k = draw(st.integers(1, 5)), draw(st.integers(1, 6))
    z = draw(hnp.arrays(np.float64, (n, k), elements=LOGIT))
    v = draw(hnp.arrays(np.float64, (n, k), elements=LOGIT))
    return z, v


def torch_distillation(z, v, T, reduction):
    log_q = F.log_softmax(torch.tensor(z) / T, dim=1)
    log_p = F.log_softmax(torch.tensor(v) / T, dim=1)
    return (T**2 * F.kl_div(log_q, log_p, reduction=reduction, log_target=True)).numpy()


@FAST
@given(logit_pairs(), TEMPERATURE, st.sampled_from(["batchmean", "mean", "sum", "none"]))
@pytest.mark.filterwarnings("ignore:reduction. 'mean' divides")
def test_reference_equals_torch(pair, T, reduction):
    z, v = pair
    ours = np.asarray(xent.distillation_loss(z, v, T, reduction))
    theirs = torch_distillation(z, v, T, reduction)
    assert ours.shape == theirs.shape and np.isfinite(ours).all()
    np.testing.assert_allclose(ours, theirs, rtol=1e-9, atol=1e-9 * max(1.0, np.abs(theirs).max()))


def brute_force(z, v, T):
    """T**2 * sum_k p log(p / q), per sample, with nothing but math.exp and math.log."""
    total = 0.0
    for zs, vs in zip(z.tolist(), v.tolist(), strict=True):
        ez = [math.exp(x / T) for x in zs]
        ev = [math.exp(x / T) for x in vs]
        q = [e / sum(ez) for e in ez]
        p = [e / sum(ev) for e in ev]
        total += sum(pk * math.log(pk / qk) for pk, qk in zip(p, q, strict=True))
    return T**2 * total / len(z)


@FAST
@given(hnp.arrays(np.float64, (3, 4), elements=st.floats(-5, 5)), TEMPERATURE)
def test_reference_equals_a_brute_force_loop(z, T):
    v = z[::-1] * 2
    assert xent.distillation_loss(z, v, T) == pytest.approx(brute_force(z, v, T), rel=1e-9, abs=1e-12)


def test_brute_force_check_fails_without_the_t_squared():
    z, v, _ = page_batch()
    assert xent.distillation_loss(z, v, 4.0) == pytest.approx(brute_force(z, v, 4.0), rel=1e-9)
    assert xent.distillation_loss(z, v, 4.0) / 16 != pytest.approx(brute_force(z, v, 4.0), rel=1e-3)


# --- the page: the gradient shrinks like 1/T**2 -------------------------------------


def printed_rows(text):
    pattern = r"^T=(\d+)\s+\|g\|=(\S+)\s+T\*\|q_T-p_T\|=(\S+)\s+T\^2\*\|g\|=(\S+)$"
    return [tuple(float(x) for x in row) for row in re.findall(pattern, text, re.M)]


def analytic_gradient_norm(T):
    """|d KL(p_T || q_T) / dz| with batchmean: (q_T - p_T) / (N T), by SciPy's softmax."""
    z, v, _ = page_batch()
    return np.linalg.norm((softmax(z / T, axis=1) - softmax(v / T, axis=1)) / (z.shape[0] * T))


def scaling_problems(rows, power):
    """Rows (T, |g|) whose T**power * |g| strays over 3% from the value at T = 8, T >= 2."""
    ref = dict(rows)[8] * 8**power
    return [T for T, g in rows if T >= 2 and abs(T**power * g / ref - 1) > 0.03]


def test_gradient_norms_are_the_analytic_gradient_and_fall_like_one_over_t_squared():
    rows = printed_rows(out("gradient_scale"))
    assert [r[0] for r in rows] == [1, 2, 4, 8]
    for T, g, _, t2g in rows:
        assert g == pytest.approx(analytic_gradient_norm(T), abs=1e-6)
        assert t2g == pytest.approx(T**2 * analytic_gradient_norm(T), abs=1e-4)
    assert scaling_problems([(T, g) for T, g, _, _ in rows], power=2) == []
    z, v, _ = page_batch()
    zc, vc = z - z.mean(1, keepdims=True), v - v.mean(1, keepdims=True)
    limit = float(re.search(r"^limit=(\S+)$", out("gradient_scale"), re.M).group(1))
    assert limit == pytest.approx(np.linalg.norm(zc - vc) / 40, abs=1e-4)
    assert 1000.0**2 * analytic_gradient_norm(1000.0) == pytest.approx(limit, rel=1e-3)


def test_scaling_check_fails_on_the_wrong_power():
    rows = [(T, analytic_gradient_norm(T)) for T in (1, 2, 4, 8)]
    assert scaling_problems(rows, power=2) == []
    assert scaling_problems(rows, power=1) == [2, 4]  # 1/T alone does not explain it
    assert scaling_problems(rows, power=3) == [2, 4]


# --- the page: reduction="mean", the hard term, the cross-entropy -----------------------


def kl_per_sample(T):
    z, v, _ = page_batch()
    log_p, log_q = log_softmax(v / T, axis=1), log_softmax(z / T, axis=1)
    return T**2 * (np.exp(log_p) * (log_p - log_q)).sum() / z.shape[0]


def mean_problems(text, K=10):
    values = dict(re.findall(r"^(batchmean|mean)\.item\(\)=(\S+)$", text, re.M))
    expected = {"batchmean": kl_per_sample(4.0), "mean": kl_per_sample(4.0) / K}
    return [name for name in expected if abs(float(values[name]) - expected[name]) > 1e-6]


def test_mean_divides_by_n_times_k():
    text = out("reduction_mean")
    assert mean_problems(text) == []
    assert re.search(r"^ratio=10\.0000  K=10$", text, re.M)
    assert float(re.search(r"^xent=(\S+)$", text, re.M).group(1)) == pytest.approx(
        kl_per_sample(4.0), abs=1e-6
    )


def test_mean_check_fails_if_mean_divided_by_n_only():
    wrong = re.sub(
        r"^mean\.item\(\)=\S+$", f"mean.item()={kl_per_sample(4.0):.6f}", out("reduction_mean"), flags=re.M
    )
    assert mean_problems(wrong) == ["mean"]


def test_combined_loss_is_the_weighted_average():
    z, v, rng = page_batch()
    y = rng.integers(0, 10, 4)
    hard = np.mean(logsumexp(z, axis=1) - z[np.arange(4), y])
    soft = kl_per_sample(4.0)
    line = re.search(
        r"soft\.item\(\)=(\S+)  hard\.item\(\)=(\S+)  loss\.item\(\)=(\S+)$", out("combined"), re.M
    )
    assert [float(x) for x in line.groups()] == pytest.approx([soft, hard, (soft + hard) / 2], abs=1e-4)
    assert float(line.group(3)) != pytest.approx(soft + hard, abs=1e-4)  # an average, not a sum


def test_soft_cross_entropy_exceeds_kl_by_the_teacher_entropy():
    _, v, _ = page_batch()
    p = softmax(v / 4.0, axis=1)
    entropy = 16 * -(p * np.log(p)).sum(axis=1).mean()
    text = out("ex_cross_entropy")
    assert float(re.search(r"^ce - d = (\S+)$", text, re.M).group(1)) == pytest.approx(entropy, abs=1e-4)
    assert float(re.search(r"d\.item\(\)=(\S+)", text).group(1)) == pytest.approx(
        kl_per_sample(4.0), abs=1e-4
    )


# --- bad input ---------------------------------------------------------------------


def error_of(call):
    try:
        call()
    except ValueError as e:
        return str(e)
    return None


Z = [[1.0, 2.0, 3.0]]
BAD_INPUT = {
    "T must be positive and finite, got 0": lambda: xent.distillation_loss(Z, Z, 0),
    "T must be positive and finite, got -2.0": lambda: xent.distillation_loss(Z, Z, -2.0),
    "T must be positive and finite, got nan": lambda: xent.distillation_loss(Z, Z, float("nan")),
    "T must be positive and finite, got inf": lambda: xent.distillation_loss(Z, Z, float("inf")),
    "T must be a real number, got True": lambda: xent.distillation_loss(Z, Z, True),
    "T must be a real number, got [2.0]": lambda: xent.distillation_loss(Z, Z, [2.0]),
    "teacher_logits shape (1, 2) does not match student_logits shape (1, 3)": (
        lambda: xent.distillation_loss(Z, [[1.0, 2.0]], 2)
    ),
    "student_logits must have shape (N, K); got (3,)": lambda: xent.distillation_loss(Z[0], Z[0], 2),
    "teacher_logits contains NaN": lambda: xent.distillation_loss(Z, [[1.0, float("nan"), 0.0]], 2),
    "student_logits contains inf": lambda: xent.distillation_loss([[float("inf"), 0.0, 0.0]], Z, 2),
    "T 1e-308 is too small": lambda: xent.distillation_loss([[1e10, 0.0]], [[0.0, 0.0]], 1e-308),
    "empty batch": lambda: xent.distillation_loss(np.zeros((0, 3)), np.zeros((0, 3)), 2),
    "reduction must be one of": lambda: xent.distillation_loss(Z, Z, 2, reduction="average"),
}


@pytest.mark.parametrize("message", BAD_INPUT)
def test_bad_input_raises_a_value_error_that_names_it(message):
    found = error_of(BAD_INPUT[message])
    assert found is not None and message in found, found


def test_error_check_fails_when_the_temperature_is_not_checked(monkeypatch):
    monkeypatch.setattr(xent, "_temperature", lambda name, value: float(value))
    with np.errstate(all="ignore"):
        assert error_of(BAD_INPUT["T must be positive and finite, got -2.0"]) is None  # a number, silently
        nan_message = error_of(BAD_INPUT["T must be positive and finite, got nan"])
    assert "T must" not in nan_message  # a NaN further on, not naming T


def logit_matching_problems(text):
    """Where the high-temperature exercise's output leaves the closed form sum((zc - vc)**2) / (2 N K)."""
    z, v, _ = page_batch()
    zc, vc = z - z.mean(1, keepdims=True), v - v.mean(1, keepdims=True)
    mse = ((zc - vc) ** 2).sum() / 80
    rows = re.findall(r"^T=(\d+)\s+loss=(\S+)  max\|g - g_mse\|=(\S+)$", text, re.M)
    problems = []
    if float(re.search(r"^mse=(\S+)$", text, re.M).group(1)) != pytest.approx(mse, abs=1e-6):
        problems.append("mse")
    _, loss, _ = rows[-1]
    if float(loss) != pytest.approx(mse, rel=1e-3):
        problems.append("loss at T=1000")
    diffs = [float(d) for _, _, d in rows[1:]]
    if not all(0.05 < b / a < 0.2 for a, b in zip(diffs, diffs[1:], strict=False)):
        problems.append("not tenfold")
    return problems


def test_high_temperature_is_logit_matching():
    assert logit_matching_problems(out("ex_logit_matching")) == []


def test_logit_matching_check_fails_on_uncentred_logits():
    z, v, _ = page_batch()
    wrong = ((z - v) ** 2).sum() / 80  # without centring: not the limit
    text = re.sub(r"^mse=\S+$", f"mse={wrong:.6f}", out("ex_logit_matching"), flags=re.M)
    assert logit_matching_problems(text) == ["mse"]
