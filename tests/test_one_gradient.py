"""The numbers of classification/one-gradient, computed here another way.

- Matched pairs give dL/dz = q - y: torch.func.grad of the negative log-likelihood written with
  torch.distributions (Normal, Bernoulli, Categorical, Poisson, parametrised by their mean) equals
  q - y; the rows three_pairs.py prints equal the closed forms (q - y, and for the mismatched
  pairs q - y times sigma'(z) or Phi'(z) / (q(1 - q))).
- A'(z) is the mean: central differences of A written with NumPy and SciPy, and the printed rows.
- Nielsen's integral: scipy.integrate.quad of (q - y) / (q(1 - q)) from 0.5 is BCE(q) - BCE(0.5),
  and both columns of the printed table are that.
- The deep network: a NumPy backpropagation of the same weights gives the printed norms, and the
  ratio of the two losses is 1 / (q(1 - q)) at every layer; the factors by which each step down
  lengthens and shortens delta, and ||x|| / ||a_3||, multiply to the first layer's share.
- The exercises: the Poisson gradient and the terms PyTorch leaves out; softmax with MSE is J(q - y);
  logistic and probit regressions refitted with SciPy, and only the logistic (canonical) fit has
  sum(q) = sum(y) and sum(x q) = sum(x y).

Each check is shown failing on the defect it guards against.
"""

import math
import re

import numpy as np
import pytest
import torch
from scipy import integrate, optimize, special

from contract import SNIPPETS
from printed import mismatch

FOLDER = SNIPPETS / "classification" / "one-gradient"
D = torch.distributions


def out(name):
    return (FOLDER / f"{name}.out").read_text(encoding="utf-8")


def row(text, label, after=""):
    """The numbers of the first line starting with label (stripped) after the line holding after."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if after in line) if after else 0
    line = next(line for line in lines[start:] if line.strip().startswith(label))
    return [float(v) for v in re.findall(r"-?\d+\.\d+(?:e[+-]\d+)?", re.split("[=:]", line, maxsplit=1)[1])]


# --- the pairs ----------------------------------------------------------------------------------

PAIRS = {  # output, the likelihood of y given the mean q
    "identity + mse": (lambda z: z, lambda q: D.Normal(q, 1.0)),
    "sigmoid + bce": (torch.sigmoid, lambda q: D.Bernoulli(probs=q)),
    "softmax + ce": (lambda z: torch.softmax(z, -1), lambda q: D.Categorical(probs=q)),
    "exp + poisson": (torch.exp, lambda q: D.Poisson(q)),
}
MISMATCHED = {
    "sigmoid + mse": (torch.sigmoid, lambda q: D.Normal(q, 1.0)),
    "probit + bce": (torch.special.ndtr, lambda q: D.Bernoulli(probs=q)),
}


def labels(name, generator, n):
    if "softmax" in name:
        return torch.randint(0, 3, (n,), generator=generator)
    if "poisson" in name:
        return torch.randint(0, 12, (n, 3), generator=generator).double()
    if "identity" in name:
        return torch.randn(n, 3, generator=generator, dtype=torch.float64)
    return torch.randint(0, 2, (n, 3), generator=generator).double()


def gradient_problems(name, link, likelihood, n=200):
    """Where torch.func.grad of the NLL differs from q - y by more than 1e-12."""
    generator = torch.Generator().manual_seed(1)
    z = 8 * torch.rand(n, 3, generator=generator, dtype=torch.float64) - 4
    y = labels(name, generator, n)
    grad = torch.func.grad(lambda z: -likelihood(link(z)).log_prob(y).sum())(z)
    target = torch.eye(3, dtype=torch.float64)[y] if "softmax" in name else y
    gap = (grad - (link(z) - target)).abs().max().item()
    return [f"{name}: max|dL/dz - (q - y)| = {gap:.1e}"] * (gap > 1e-12)


@pytest.mark.parametrize("name", PAIRS)
def test_matched_pairs_give_q_minus_y(name):
    assert gradient_problems(name, *PAIRS[name]) == []


@pytest.mark.parametrize("name", MISMATCHED)
def test_the_check_flags_mismatched_pairs(name):
    assert len(gradient_problems(name, *MISMATCHED[name])) == 1


def printed_pair_problems(text):
    """The rows of three_pairs.out against the closed forms at z = (2, -1, 0.5)."""
    z = np.array([2.0, -1.0, 0.5])
    s, phi, Phi = special.expit(z), np.exp(-(z**2) / 2) / math.sqrt(2 * math.pi), special.ndtr(z)
    bits = np.array([0.0, 1.0, 0.0])
    q_y = {
        "identity + mse": z - np.array([0.5, -0.3, 1.2]),
        "sigmoid + bce": s - bits,
        "softmax + ce": special.softmax(z) - bits,
        "sigmoid + mse": s - bits,
        "probit + bce": Phi - bits,
    }
    factor = {"sigmoid + mse": s * (1 - s), "probit + bce": phi / (Phi * (1 - Phi))}
    problems = []
    for name, expected in q_y.items():
        grad = expected * factor.get(name, 1.0)
        for label, values in (("q - y", expected), ("∂L/∂z", grad)):
            if row(text, label, after=f"{name}:") != [round(v, 4) for v in values]:
                problems.append(f"{name} {label}")
    return problems


def test_printed_pairs_are_the_closed_forms():
    assert printed_pair_problems(out("three_pairs")) == []


def test_printed_pairs_check_flags_a_sigmoid_mse_row_that_claims_q_minus_y():
    text = out("three_pairs")
    q_y = re.search(r"sigmoid \+ mse:.*\n.*\n(  q - y =.*)", text).group(1)
    claimed = q_y.replace("q - y", "∂L/∂z")
    wrong = re.sub(r"(sigmoid \+ mse:.*\n)  ∂L/∂z =.*", lambda m: m.group(1) + claimed, text)
    assert printed_pair_problems(wrong) == ["sigmoid + mse ∂L/∂z"]


# --- the log-partition functions ---------------------------------------------------------------

FAMILIES = {  # A(z), its mean
    "gaussian": (lambda z: (z**2).sum() / 2, lambda z: z),
    "bernoulli": (lambda z: np.logaddexp(0, z).sum(), special.expit),
    "categorical": (special.logsumexp, special.softmax),
}


def mean_problems(A, mean, z, h=1e-6):
    fd = np.array([(A(z + h * e) - A(z - h * e)) / (2 * h) for e in np.eye(len(z))])
    gap = np.abs(fd - mean(z)).max()
    return [f"max|A'(z) - mean| = {gap:.1e}"] * bool(gap > 1e-8)


@pytest.mark.parametrize("family", FAMILIES)
def test_the_derivative_of_the_log_partition_is_the_mean(family):
    z = np.random.default_rng(0).normal(0, 3, 5)
    assert mean_problems(*FAMILIES[family], z) == []
    printed = row(out("log_partition"), "mean(z)", after=f"{family}:")
    assert printed == [round(v, 4) for v in FAMILIES[family][1](np.array([2.0, -1.0, 0.5]))]


def test_mean_check_flags_a_wrong_log_partition():
    """e^z (the Poisson's A) is not the Bernoulli's: its derivative is not sigma(z)."""
    z = np.random.default_rng(0).normal(0, 3, 5)
    assert len(mean_problems(lambda z: np.exp(z).sum(), special.expit, z)) == 1


def test_printed_remainders_are_minus_log_h():
    text = out("log_partition")
    y = np.array([0.0, 1.0, 0.0])
    assert row(text, "L - (A(z) - y·z)", after="gaussian:") == [(y**2).sum() / 2] * 3
    assert row(text, "L - (A(z) - y·z)", after="bernoulli:") == [0.0] * 3
    assert row(text, "L - (A(z) - y·z)", after="categorical:") == [0.0] * 3


# --- Nielsen's integral ---------------------------------------------------------------------------


def bce(q, y):
    return -(y * math.log(q) + (1 - y) * math.log(1 - q))


def nielsen_problems(text, integrand=lambda t, y: (t - y) / (t * (1 - t))):
    rows = re.findall(r"^\s*(\d\.\d)\s+(\d\.\d\d)\s+(\S+)\s+(\S+)$", text, re.M)
    problems = [] if len(rows) == 9 else [f"{len(rows)} rows"]
    for y, q, integral, closed in rows:
        y, q = float(y), float(q)
        quad = integrate.quad(integrand, 0.5, q, args=(y,), epsabs=1e-12, epsrel=1e-12)[0]
        expected = f"{bce(q, y) - bce(0.5, y):.6f}"
        if not integral == closed == f"{quad:.6f}" == expected:
            problems.append(f"y = {y}, q = {q}: {integral} {closed}, quad {quad:.6f}, closed form {expected}")
    return problems


def test_nielsens_integral_is_the_binary_cross_entropy():
    assert nielsen_problems(out("reverse_nielsen")) == []


def test_nielsen_check_flags_the_integral_without_sigma_prime():
    """Integrating q - y over q, as if sigma' were not there, gives the squared error instead."""
    assert len(nielsen_problems(out("reverse_nielsen"), lambda t, y: t - y)) == 9


def test_sympy_finds_the_binary_cross_entropy():
    text = out("reverse_nielsen")
    for line in ("C(q) - BCE = 0", "∂BCE/∂q - ∂C/∂q = 0", "C(z) - (log(1 + e^z) - y z) = 0"):
        assert line in text.splitlines()


# --- the deep network -----------------------------------------------------------------------------


def sigmoid_backprop(Ws, x, b_out, delta_out, hidden_slope=True):
    """||dL/dW_l|| per layer, by hand; delta_out(q) is dL/dz at the output."""
    a, activations, slopes = x, [x], []
    for i, W in enumerate(Ws):
        z = W @ a + (b_out if i == len(Ws) - 1 else 0.0)
        a = special.expit(z)
        activations.append(a)
        slopes.append(a * (1 - a))
    delta, norms = delta_out(a), []
    for i in reversed(range(len(Ws))):
        norms.append(np.linalg.norm(np.outer(delta, activations[i])))
        delta = Ws[i].T @ delta * (slopes[i - 1] if hidden_slope else 1.0)
    return norms[::-1], a[0]


def deep_network():
    """The snippet's x, weights and output bias, drawn again in its order."""
    torch.manual_seed(0)
    x = torch.randn(8, dtype=torch.float64).numpy()
    Ws = [torch.randn(8, 8, dtype=torch.float64).numpy() for _ in range(3)]
    Ws.append(torch.randn(1, 8, dtype=torch.float64).numpy())
    a = x
    for W in Ws[:-1]:
        a = special.expit(W @ a)
    return x, Ws, 5.0 - Ws[-1] @ a


def deep_problems(text, hidden_slope=True):
    x, Ws, b_out = deep_network()
    mse, q = sigmoid_backprop(Ws, x, b_out, lambda q: q * q * (1 - q), hidden_slope)
    ce, _ = sigmoid_backprop(Ws, x, b_out, lambda q: q, hidden_slope)
    rows = re.findall(r"^\s*(\d)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)$", text, re.M)
    problems = [] if f"{q=:.4f}" in text else [f"q = {q:.4f}"]
    for (layer, m, c, ratio, _), m_here, c_here in zip(rows, mse, ce, strict=True):
        expected = (f"{m_here:.3e}", f"{c_here:.3e}", f"{1 / (q * (1 - q)):.2f}")
        if (m, c, ratio) != expected:
            problems.append(f"layer {layer}: printed {m} {c} {ratio}, expected {expected}")
    if f"= {ce[0] / ce[-1]:.4f}" not in text.splitlines()[-1]:
        problems.append(f"first / last = {ce[0] / ce[-1]:.4f}")
    return problems


def test_deep_network_norms_and_ratios():
    assert deep_problems(out("deep_net")) == []


def deep_piece_problems(text, shrink_by=None):
    """The factors by which each step down lengthens (W^T) and shortens (sigma') delta, their
    products, and ||delta_1|| / ||delta_4|| and ||x|| / ||a_3||, by a NumPy forward pass; their
    product must be the first layer's share computed from the norms of sigmoid_backprop.
    shrink_by(slope, back, delta) replaces the shortening factor, to show the check failing."""
    x, Ws, b_out = deep_network()
    activations, a = [x], x
    for i, W in enumerate(Ws):
        a = special.expit(W @ a + (b_out if i == 3 else 0.0))
        activations.append(a)
    delta, grow, shrink = activations[4] - 0.0, [], []
    for layer in (3, 2, 1):
        back = Ws[layer].T @ delta
        slope = activations[layer] * (1 - activations[layer])
        grow.append(np.linalg.norm(back) / np.linalg.norm(delta))
        new = back * slope
        shrink.append(
            shrink_by(slope, back, new) if shrink_by else np.linalg.norm(new) / np.linalg.norm(back)
        )
        delta = new
    problems = []
    for layer, g, k in zip((3, 2, 1), grow, shrink, strict=True):
        problems += mismatch(text, rf"^ {layer}(?=\s+\d+\.\d{{4}}\s+\d+\.\d{{4}}$)", [g, k], 4)
    problems += mismatch(text, r"^ ∏(?=\s)", [math.prod(grow), math.prod(shrink), math.sqrt(8)], 4)
    ratio_delta, ratio_a = (
        math.prod(grow) * math.prod(shrink),
        np.linalg.norm(x) / np.linalg.norm(activations[3]),
    )
    ce, _ = sigmoid_backprop(Ws, x, b_out, lambda q: q)
    if abs(ratio_delta * ratio_a - ce[0] / ce[-1]) > 1e-12:
        problems.append(f"the parts multiply to {ratio_delta * ratio_a}, the share is {ce[0] / ce[-1]}")
    problems += mismatch(text, r"^‖δ\[1\]‖/‖δ\[4\]‖ =", [ratio_delta, ratio_a, ratio_delta * ratio_a], 4)
    return problems


def test_deep_network_share_splits_into_the_printed_parts():
    assert deep_piece_problems(out("deep_net")) == []


def test_deep_pieces_check_flags_the_mean_slope_taken_for_the_shortening():
    """The mean slope is not the factor by which sigma' shortens delta."""
    problems = deep_piece_problems(out("deep_net"), lambda slope, back, delta: slope.mean())
    assert len(problems) >= 3


def test_deep_check_flags_a_network_whose_hidden_layers_carry_no_sigma_prime():
    """If cross-entropy removed every sigma', layers 1 to 3 would get other gradients."""
    problems = deep_problems(out("deep_net"), hidden_slope=False)
    flagged = [p.split(":")[0].split(" =")[0] for p in problems]
    assert flagged == ["layer 1", "layer 2", "layer 3", "first / last"]


# --- the exercises --------------------------------------------------------------------------------


def test_poisson_exercise():
    text = out("ex_poisson")
    z = np.array([-1.0, 0.0, 1.5, 3.0])
    y = np.array([0.0, 2.0, 4.0, 11.0])
    assert row(text, "q - y") == row(text, "∂L/∂z") == [round(v, 4) for v in np.exp(z) - y]
    nll = -D.Poisson(torch.tensor(np.exp(z))).log_prob(torch.tensor(y)).sum().item()
    log_factorials = sum(math.lgamma(v + 1) for v in y)
    torch_loss = nll - log_factorials
    expected = f"loss = {nll:.4f}  {torch_loss = :.4f}  log_y_factorial = {log_factorials:.4f}"
    assert text.splitlines()[-1] == expected


def test_softmax_mse_exercise_is_the_jacobian_times_the_error():
    text = out("ex_softmax_mse")
    y = np.array([0.0, 1.0, 0.0])
    for z in ([0.5, 0.2, -0.3], [8.0, 0.0, 0.0]):
        q = special.softmax(z)
        grad = (np.diag(q) - np.outer(q, q)) @ (q - y)
        block = f"z = {z}"
        assert row(text, "∂MSE/∂z", after=block) == row(text, "J(q - y)", after=block)
        assert row(text, "∂MSE/∂z", after=block) == [float(f"{v:.3e}") for v in grad]
        assert row(text, "∂CE/∂z", after=block) == [float(f"{v:.3e}") for v in q - y]
    # the wrong class 2 is pushed up under MSE, down under cross-entropy
    assert row(text, "∂MSE/∂z", after="z = [8.0")[2] < 0 < row(text, "∂CE/∂z", after="z = [8.0")[2]


def mean_matching_fit(link):
    """w, b, q fitted by SciPy's BFGS on the snippet's samples (the same torch draws)."""
    torch.manual_seed(0)
    x = torch.randn(200, dtype=torch.float64)
    y = torch.bernoulli(torch.sigmoid(1.5 * x - 0.5)).numpy()
    x = x.numpy()

    def loss(wb):
        q = np.clip(link(wb[0] * x + wb[1]), 1e-300, 1 - 1e-16)
        return -(y * np.log(q) + (1 - y) * np.log(1 - q)).sum()

    wb = optimize.minimize(
        loss, np.zeros(2), method="Nelder-Mead", options={"xatol": 1e-10, "fatol": 1e-14}
    ).x
    return wb, x, y, link(wb[0] * x + wb[1])


def totals_gap(x, y, q):
    return max(abs((q - y).sum()), abs((x * (q - y)).sum()))


def test_mean_matching_exercise():
    text = out("ex_mean_matching")
    for name, link in (("sigmoid", special.expit), ("probit", special.ndtr)):
        (w, b), x, y, q = mean_matching_fit(link)
        assert row(text, f"{name}:")[:2] == [round(w, 4), round(b, 4)]
        assert row(text, "sum(q)", after=f"{name}:")[:2] == [round(q.sum(), 4), round((x * q).sum(), 4)]
    assert row(text, "sum(y)")[0] == round((x * y).sum(), 4)
    # The canonical link's fit reproduces the totals; the check tells the probit's fit apart.
    assert totals_gap(*mean_matching_fit(special.expit)[1:]) < 1e-6
    assert totals_gap(*mean_matching_fit(special.ndtr)[1:]) > 0.1
