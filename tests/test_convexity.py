"""The convexity page's numbers, computed here another way.

- The Hessian of softmax cross-entropy in the logits, by torch autograd: its eigenvalues are the
  printed ones, the smallest 0, whatever the label.
- The two-unit network: the losses at a, at its unit-swapped twin and at their midpoint, by
  torch's binary cross-entropy, and the curvature along the segment by autograd's Hessian.
- Separable data: the hard-margin direction by another solver (trust-constr on the same QP).
- L2: the minimiser by BFGS on the penalised loss, and the eigenvalues of its autograd Hessian.
- Newton's theta is scikit-learn's unpenalised logistic regression; the least-squares line is
  numpy's lstsq; the overlap exercise's minimiser is BFGS's.

Each check compares the snippet's printed output with its independent value, and is shown
failing on an output that a plausible mistake would print.
"""

import re

import numpy as np
import pytest
import torch
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression

from layout import SNIPPETS
from printed import mismatch, replace_line, snippet_module

FOLDER = SNIPPETS / "classification" / "convexity"


def output(name):
    return (FOLDER / f"{name}.out").read_text()


def load(name):
    return snippet_module(FOLDER, name)


# --- the checks: each returns its problems with an output text -----------------------------


def logit_hessian_problems(out):
    m = load("logit_hessian")
    eigenvalues = []
    for label in (m.y, np.roll(m.y, 1), np.full(4, 0.25)):  # the Hessian ignores the label

        def loss(z, label=label):
            return -(torch.as_tensor(label) * torch.log_softmax(z, 0)).sum()

        hess = torch.autograd.functional.hessian(loss, torch.tensor(m.z))
        eigenvalues.append(torch.linalg.eigvalsh(hess).numpy())
    eigenvalues[0][np.abs(eigenvalues[0]) < 1e-12] = 0.0  # -1e-17 prints as 0.
    assert np.allclose(eigenvalues[0], eigenvalues[1]) and np.allclose(eigenvalues[0], eigenvalues[2])
    return mismatch(out, r"^eigenvalues =", eigenvalues[0], 4)


def bce(theta, x, y, logits):
    z = logits(theta, x)
    return torch.nn.functional.binary_cross_entropy_with_logits(z, torch.as_tensor(y))


def two_unit_logits(theta, x):
    w1, c1, v1, w2, c2, v2, b = theta
    x = torch.as_tensor(x)
    return v1 * torch.tanh(w1 * x + c1) + v2 * torch.tanh(w2 * x + c2) + b


def hidden_swap_problems(out):
    m = load("hidden_swap")
    a, b = torch.tensor(m.a), torch.tensor(m.b)
    mid = (a + b) / 2

    def loss(theta):
        return bce(theta, m.x, m.y, two_unit_logits)

    d = (b - a) / torch.linalg.norm(b - a)
    curvature = d @ torch.autograd.functional.hessian(loss, mid) @ d
    expected = [loss(a).item(), loss(b).item(), loss(mid).item()]
    return mismatch(out, r"^L\(a\) =", expected, 4) + mismatch(out, r"^dᵀ H d =", [curvature.item()], 4)


def hard_margin_problems(out):
    m = load("separable_gd")
    sign = 2 * m.y - 1
    w = minimize(
        lambda v: v @ v / 2,
        np.array([1.0, -1.0]),
        method="trust-constr",
        constraints=[{"type": "ineq", "fun": lambda v: sign * (m.X @ v) - 1}],
        options={"gtol": 1e-12, "xtol": 1e-12},
    ).x
    assert np.all(sign * (m.X @ w) >= 1 - 1e-6)
    return mismatch(out, r"^ŵ / ‖ŵ‖ =", w / np.linalg.norm(w), 4) + mismatch(
        out, r"^‖ŵ‖ log 10 =", [np.linalg.norm(w) * np.log(10)], 4
    )


def penalised_minimiser(X, y, lam):
    def objective(w):
        z = X @ w
        return np.mean(np.logaddexp(0, z) - y * z) + lam / 2 * w @ w

    return minimize(objective, np.zeros(2), method="BFGS", options={"gtol": 1e-12}).x


def separable_l2_problems(out):
    m = load("separable_l2")
    w = penalised_minimiser(m.X, m.y, m.lam)
    X, y = torch.tensor(m.X), torch.tensor(m.y)

    def objective(v):
        return torch.nn.functional.binary_cross_entropy_with_logits(X @ v, y) + m.lam / 2 * v @ v

    hess = torch.autograd.functional.hessian(objective, torch.tensor(w))
    return (
        mismatch(out, r"^w₀ = \(0, 0\):  w =", w, 6)
        + mismatch(out, r"^w₀ = \(-3, 4\): w =", w, 6)
        + mismatch(out, r"^eigvalsh\(∇²J\) =", torch.linalg.eigvalsh(hess).numpy(), 4)
    )


def newton_problems(out):
    m = load("newton_irls")
    fit = LogisticRegression(C=np.inf, tol=1e-12, max_iter=10_000).fit(m.x[:, None], m.y)
    theta = [fit.coef_[0, 0], fit.intercept_[0]]
    line = np.linalg.lstsq(m.X, m.y, rcond=None)[0]
    return newton_row_problems(out, theta) + mismatch(out, r"^\(X\^T X\)\^-1 X\^T y =", line, 4)


def newton_row_problems(out, theta):
    """The last Newton row's (w, b), without its gradient column."""
    row = re.search(r"^6\s+(\S+)\s+(\S+)\s", out, re.M)
    got = np.array([float(row.group(1)), float(row.group(2))])
    if np.any(np.abs(got - np.round(theta, 4)) > 0.6e-4):
        return [f"Newton's last theta {got}, scikit-learn's {np.round(theta, 4)}"]
    return []


def overlap_problems(out):
    m = load("ex_overlap")
    w = penalised_minimiser(m.X, m.y, 0.0)
    return mismatch(out, r"^t = 10000: ‖w‖ =", [np.linalg.norm(w)], 4)


CHECKS = {
    "logit_hessian": logit_hessian_problems,
    "hidden_swap": hidden_swap_problems,
    "separable_gd": hard_margin_problems,
    "separable_l2": separable_l2_problems,
    "newton_irls": newton_problems,
    "ex_overlap": overlap_problems,
}


@pytest.mark.parametrize("name", CHECKS)
def test_printed_numbers_agree_with_an_independent_computation(name):
    assert CHECKS[name](output(name)) == []


# --- each check fails on what a plausible mistake would print -------------------------------


def test_hessian_check_rejects_the_mse_curvature():
    """diag(q) - q q^T without the - q q^T: all eigenvalues positive, the smallest not 0."""
    m = load("logit_hessian")
    wrong = np.sort(m.q)
    out = replace_line(output("logit_hessian"), r"^eigenvalues =", f"eigenvalues = {np.round(wrong, 4)}")
    assert logit_hessian_problems(out)


def test_swap_check_rejects_a_convex_looking_midpoint():
    out = replace_line(output("hidden_swap"), r"^L\(a\) =", "L(a) = 0.0345, L(b) = 0.0345, L(mid) = 0.0300")
    assert hidden_swap_problems(out)


def test_margin_check_rejects_the_mean_of_the_points_direction():
    """The direction of the class means' difference is not the hard-margin one."""
    m = load("separable_gd")
    d = m.X[m.y == 1].mean(0) - m.X[m.y == 0].mean(0)
    out = replace_line(
        output("separable_gd"), r"^ŵ / ‖ŵ‖ =", f"ŵ / ‖ŵ‖ = {np.round(d / np.linalg.norm(d), 4)}"
    )
    assert hard_margin_problems(out)


def test_l2_check_rejects_a_minimiser_with_the_penalty_doubled():
    m = load("separable_l2")
    w = penalised_minimiser(m.X, m.y, 2 * m.lam)
    out = replace_line(output("separable_l2"), r"^w₀ = \(0, 0\):  w =", f"w₀ = (0, 0):  w = {np.round(w, 6)}")
    assert separable_l2_problems(out)


def test_newton_check_rejects_sklearns_default_penalty():
    """LogisticRegression() penalises by default (C = 1): its theta is not the maximum-likelihood one."""
    m = load("newton_irls")
    fit = LogisticRegression().fit(m.x[:, None], m.y)
    w, b = fit.coef_[0, 0], fit.intercept_[0]
    out = replace_line(output("newton_irls"), r"^6 ", f"6 {w:8.4f} {b:8.4f}  5.7e-11")
    assert newton_problems(out)


def test_overlap_check_rejects_the_norm_after_300_steps():
    out = replace_line(
        output("ex_overlap"), r"^t = 10000: ‖w‖ =", "t = 10000: ‖w‖ = 1.9696, ‖∇L‖ < 1e-12: True"
    )
    assert overlap_problems(out)
