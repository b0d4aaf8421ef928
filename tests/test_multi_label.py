"""The multi-label page (losses/multi-label), its numbers computed another way.

- Softmax on a two-label sample: at logits (s, s, -s) the probabilities, the cross-entropy
  with the target (0.5, 0.5, 0) and its gradient q - p, in closed form with NumPy; the loss
  tends to log 2 = H(p), never 0; the multi-hot target itself bottoms out at 2 log 2. The
  sigmoids' summed BCE and gradient sigma(z) - y, in closed form.
- Sigmoids on exclusive classes: refitted with scikit-learn (one unpenalised logistic regression
  per class, not torch), the sums of the probabilities over the training points range as printed
  and average to 1 (the bias condition); the softmax refit picks the same class as printed.
- BCE's mean divides by N K; the softmax's best is 1/k for k labels, with loss log k.

Each check is shown failing on the defect it guards against.
"""

import re

import numpy as np
import pytest
from scipy.special import expit, log_softmax, softmax
from sklearn.linear_model import LogisticRegression

from contract import SNIPPETS

FOLDER = SNIPPETS / "losses" / "multi-label"


def out(name):
    return (FOLDER / f"{name}.out").read_text(encoding="utf-8")


def rows(text, header):
    """The numeric rows after the header line that starts with `header` (until a non-row)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.split()[:2] == header.split())
    found = []
    for line in lines[start + 1 :]:
        if not re.match(r"^\s*\d", line):
            break
        found.append([float({"True": 1, "False": 0}.get(v, v)) for v in line.split()])
    return found


def two_label_problems(text):
    """The printed softmax and sigmoid rows against the closed forms."""
    y = np.array([1.0, 1.0, 0.0])
    p = y / y.sum()
    expected_softmax, expected_sigmoid = [], []
    for s in [0.0, 2.0, 8.0]:
        z = np.array([s, s, -s])
        q = softmax(z)
        expected_softmax.append([s, *q, -(p * log_softmax(z)).sum(), *(q - p)])
        r = expit(z)
        bce = (np.logaddexp(0, -z) * y + np.logaddexp(0, z) * (1 - y)).sum()
        expected_sigmoid.append([s, *r, bce, *(r - y)])
    problems = []
    for header, expected in [("s softmax", expected_softmax), ("s sigmoid", expected_sigmoid)]:
        for printed, ours in zip(rows(text, header), expected, strict=True):
            if not np.allclose(printed, ours, rtol=5e-3, atol=6e-5):
                problems.append(f"{header}: printed {printed}, closed form {np.round(ours, 5).tolist()}")
    return problems


def test_two_labels_against_the_closed_form():
    text = out("two_labels")
    assert two_label_problems(text) == []
    # the softmax's loss stops at the target's entropy, log 2; the multi-hot target's at 2 log 2
    assert rows(text, "s softmax")[-1][4] == pytest.approx(np.log(2), abs=1e-4)
    assert f"ce_multi_hot={2 * np.log(2):.4f}" in text


def exclusive_data():
    means = np.array([[0.0, 0.0], [2.0, 0.0], [1.0, 1.7]])
    rng = np.random.default_rng(1)
    y = rng.integers(0, 3, size=3000)
    return means[y] + rng.standard_normal((3000, 2)), y


def exclusive_problems(text):
    x, y = exclusive_data()
    sigmoid = np.column_stack(
        [
            LogisticRegression(C=np.inf, tol=1e-10, max_iter=10_000).fit(x, y == k).predict_proba(x)[:, 1]
            for k in range(3)
        ]
    )
    multinomial = LogisticRegression(C=np.inf, tol=1e-10, max_iter=10_000).fit(x, y)
    sums = sigmoid.sum(axis=1)
    printed = re.search(r"min (\S+), mean (\S+), max (\S+)", text).groups()
    agree = (multinomial.predict(x) == sigmoid.argmax(axis=1)).mean()
    problems = []
    for what, ours, theirs in zip(
        ["min", "mean", "max"], [sums.min(), sums.mean(), sums.max()], printed, strict=True
    ):
        if abs(ours - float(theirs)) > 2e-3:
            problems.append(f"{what}: printed {theirs}, refit {ours:.4f}")
    if abs(agree - float(re.search(r"agree: (\S+)", text).group(1))) > 2e-3:
        problems.append(f"agree: refit {agree:.4f}")
    return problems


def test_exclusive_classes_refitted_with_sklearn():
    assert exclusive_problems(out("exclusive")) == []


def test_bce_mean_divides_by_n_times_k():
    text = out("ex_mean")
    assert "ratio=3.0000" in text
    # ten extra absent labels at z = -10 add softplus(-10) each to every sample's sum
    mean, per_sample = (float(v) for v in re.search(r"mean=(\S+), per_sample=(\S+),", text).groups())
    more = re.search(r"mean_more=(\S+), per_sample_more=(\S+)", text).groups()
    extra = 10 * np.logaddexp(0, -10.0)
    assert float(more[1]) == pytest.approx(per_sample + extra, abs=1e-4)
    assert float(more[0]) == pytest.approx((per_sample + extra) / 13, abs=1e-4)


def test_softmax_best_for_k_labels_is_one_over_k():
    for row in rows(out("ex_three"), "k softmax"):
        k = row[0]
        q, above, ce, log_k, q_sigmoid = row[1:]
        assert q == pytest.approx(1 / k, abs=1e-4) and above == (1 / k > 0.5)
        assert ce == pytest.approx(np.log(k), abs=1e-4) == log_k and q_sigmoid == 1.0


# --- the checks above must be able to fail ---------------------------------------------------


def test_two_label_check_fails_on_a_loss_that_reaches_zero():
    """A softmax row claiming its loss went to 0 (as the sigmoids' does) is caught."""
    text = out("two_labels")
    wrong = re.sub(r"^( 8\s+\S+\s+\S+\s+\S+\s+)0\.6931", r"\g<1>0.0010", text, count=1, flags=re.M)
    assert wrong != text and len(two_label_problems(wrong)) == 1


def test_two_label_check_fails_on_the_wrong_gradient():
    """The gradient of the unnormalised multi-hot target, q * sum(y) - y, is not the one printed."""
    text = out("two_labels")
    wrong = re.sub(
        r"^( 2\s+(?:\S+\s+){4})-4\.54e-03 -4\.54e-03", r"\g<1>-9.09e-03 -9.09e-03", text, flags=re.M
    )
    assert wrong != text and len(two_label_problems(wrong)) == 1


def test_exclusive_check_fails_on_sums_that_are_one():
    """Had the page printed sums of exactly 1 for the sigmoids, the refit would disagree."""
    text = out("exclusive")
    wrong = re.sub(r"min \S+, mean (\S+), max \S+", r"min 1.000, mean \1, max 1.000", text)
    assert len(exclusive_problems(wrong)) == 2
