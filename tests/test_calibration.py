"""The calibration page's numbers, computed here another way.

- Proper scores: the minimisers and minima of the expected log loss, Brier score and absolute
  error for p = (0.6, 0.3, 0.1) from their closed forms (q = p with H(p) and 1 - sum p^2; the
  one-hot of the likeliest class with 2 (1 - p_0)), not from a grid.
- Accuracy is not proper: the two models' accuracy and cross-entropy by torch.
- Temperature scaling, on the MLP the test trains once: the temperature as the root of the
  derivative of the validation cross-entropy in T (brentq), the cross-entropy by torch, the ECE
  by a second implementation (np.histogram with right-closed bins), accuracy unchanged because
  every row's argmax is; the class-frequency model likewise.
- The MLP at its best epoch and at the last: the run stopped early is the full run cut short
  (the same history); ECE by np.histogram, the wrong images' count, mean confidence and share
  of the cross-entropy by torch.
- Label smoothing: PyTorch's label_smoothing=0.1 is cross-entropy against (1 - eps) y + eps/K,
  whose minimiser gives 0.91 and a logit gap log(0.91 / 0.01).

Each check compares a printed output with its independent value, and is shown failing on an
output that a plausible mistake would print.
"""

import math
import re

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from scipy.optimize import brentq
from scipy.stats import entropy

from layout import SNIPPETS
from printed import mismatch, numbers, replace_line, snippet_module

FOLDER = SNIPPETS / "classification" / "calibration"
P = np.array([0.6, 0.3, 0.1])


def output(name):
    return (FOLDER / f"{name}.out").read_text()


def load(name):
    return snippet_module(FOLDER, name)


# --- proper scores ---------------------------------------------------------------------------


def proper_problems(out):
    problems = []
    problems += mismatch(out, r"^log_loss  argmin q =", list(P) + [entropy(P)], 4)
    problems += mismatch(out, r"^brier     argmin q =", list(P) + [1 - P @ P], 4)
    corner = np.eye(3)[P.argmax()]  # linear on the simplex: smallest at a corner
    problems += mismatch(out, r"^absolute  argmin q =", list(corner) + [2 * (1 - P.max())], 4)
    return problems


def accuracy_problems(out):
    m = load("accuracy")
    problems = []
    for name in ("sure", "hesitant"):
        q = torch.tensor(getattr(m, name))
        target = torch.tensor(m.labels)
        acc = (q.argmax(1) == target).double().mean().item()
        ce = F.nll_loss(torch.log(q), target).item()
        got = numbers(out, rf"^{name}\s+argmax \[[\d ]+\]")
        if abs(got[0] - round(acc, 2)) > 0.006 or abs(got[1] - round(ce, 4)) > 0.6e-4:
            problems.append(f"{name}: printed acc, CE {got}, independently {acc:.2f}, {ce:.4f}")
    return problems


# --- temperature scaling, on the MLP trained once --------------------------------------------


@pytest.fixture(scope="module")
def mlp():
    """The MLP's final logits and the labels, from the page's own module."""
    m = load("digits_models")
    _, logits = m.train(64)
    return logits, {k: v.numpy() for k, v in m.y.items()}


def torch_ce(z, target, T=1.0):
    return F.cross_entropy(torch.tensor(z) / T, torch.tensor(target)).item()


def fitted_temperature(z, target):
    """The T where d/dT of the mean cross-entropy of softmax(z / T) is zero:
    d/dT [logsumexp(z/T) - z_y/T] = (z_y - E_q[z]) / T^2."""
    z_y = z[np.arange(len(target)), target]

    def slope(T):
        q = torch.softmax(torch.tensor(z) / T, 1).numpy()
        return np.mean(z_y - (q * z).sum(1)) / T**2

    return brentq(slope, 0.05, 20, xtol=1e-12)


def histogram_ece(q, target, bins=10):
    """ECE again: bins (0, 0.1], ..., (0.9, 1] by confidence, counted with np.histogram on -c
    (np.histogram's bins are closed on the left, so negating makes them closed on the right)."""
    confidence, correct = q.max(1), (q.argmax(1) == target).astype(float)
    edges = -np.linspace(1, 0, bins + 1)
    count = np.histogram(-confidence, edges)[0]
    conf_sum = np.histogram(-confidence, edges, weights=confidence)[0]
    right = np.histogram(-confidence, edges, weights=correct)[0]
    used = count > 0
    return np.sum(np.abs(right[used] - conf_sum[used])) / len(target)


def temperature_problems(out, logits, y):
    T = fitted_temperature(logits["val"], y["val"])
    problems = mismatch(out, r"^T=", [T], 4)
    for part in ("val", "test"):
        z, target = logits[part], y[part]
        accuracies = []
        for t in (1.0, T):
            q = torch.softmax(torch.tensor(z) / t, 1).numpy()
            acc = np.mean(q.argmax(1) == target)
            accuracies.append(acc)
            row = [t, torch_ce(z, target, t), histogram_ece(q, target), acc]
            problems += mismatch(out, rf"^{part}\s+{t:6.4f}", row[1:], 4)
        if accuracies[0] != accuracies[1]:
            problems.append(f"{part}: temperature changed the accuracy")
    prior = np.bincount(y["train"], minlength=10) / len(y["train"])
    q_prior = np.tile(prior, (len(y["val"]), 1))
    problems += mismatch(
        out,
        r"^prior: ECE =",
        [
            histogram_ece(q_prior, y["val"]),
            np.mean(q_prior.argmax(1) == y["val"]),
            -np.log(prior[y["val"]]).mean(),
        ],
        4,
    )
    return problems


# --- the MLP at its best epoch and at the last ------------------------------------------------


def row_pattern(name, epoch):
    """The line of training.out's last table for name (best, last) at epoch."""
    return rf"^  {name}\s+{epoch}(?=\s+\d\.\d{{4}}\s+\d+\s+\d\.\d{{4}}\s+\d\.\d{{4}}$)"


@pytest.fixture(scope="module")
def stopped():
    """The MLP's validation logits at its best epoch and at the last, and that epoch: the run
    stopped early must be the 200-epoch run cut short (the same history, row for row)."""
    m = load("digits_models")
    history, last = m.train(64)
    best = int(np.argmin(history[:, 4])) + 1
    short, at_best = m.train(64, epochs=best)
    assert np.array_equal(short, history[:best])
    return {"best": (best, at_best["val"]), "last": (m.EPOCHS, last["val"])}, m.y["val"].numpy()


def training_problems(out, stopped, target):
    problems = []
    for name, (epoch, z) in stopped.items():
        q = torch.softmax(torch.tensor(z), 1).numpy()
        wrong = q.argmax(1) != target
        ce = F.cross_entropy(torch.tensor(z), torch.tensor(target), reduction="none").numpy()
        expected = [histogram_ece(q, target), q.max(1)[wrong].mean(), ce[wrong].sum() / ce.sum()]
        problems += mismatch(out, row_pattern(name, epoch), expected, 4)
        if not re.search(rf"^  {name}\s+{epoch}\s+\S+\s+{wrong.sum()}\s", out, re.M):
            problems.append(f"{name}: {wrong.sum()} wrong images not printed")
    return problems


def test_training_ece_and_wrong_images_at_best_and_last_epoch(stopped):
    assert training_problems(output("training"), *stopped) == []


def test_training_check_rejects_the_final_logits_read_for_the_best_epoch(stopped):
    logits, target = stopped
    (best, _), (_, z_last) = logits["best"], logits["last"]
    assert training_problems(output("training"), {"best": (best, z_last)}, target)


# --- label smoothing -------------------------------------------------------------------------


def smoothed_target(eps=0.1, K=10, label=0):
    return (1 - eps) * np.eye(K)[label] + eps / K


def smoothing_problems(out):
    target = smoothed_target()
    return mismatch(out, r"^target\[0\] =", [target[0], target[0]], 4) + mismatch(
        out, r"^log\(target\[0\] / target\[1\]\) =", [math.log(target[0] / target[1])], 4
    )


def test_torch_label_smoothing_is_cross_entropy_against_the_smoothed_target():
    """What the page says `label_smoothing=0.1` trains against."""
    z = torch.randn(5, 10, dtype=torch.float64, generator=torch.Generator().manual_seed(0))
    labels = torch.tensor([0, 3, 9, 3, 1])
    target = torch.tensor(np.stack([smoothed_target(label=int(k)) for k in labels]))
    by_hand = -(target * torch.log_softmax(z, 1)).sum(1).mean()
    assert torch.isclose(F.cross_entropy(z, labels, label_smoothing=0.1), by_hand, rtol=0, atol=1e-12)


def test_proper_scores_have_their_closed_form_minimisers():
    assert proper_problems(output("proper")) == []


def test_equal_accuracy_models_have_the_printed_cross_entropies():
    assert accuracy_problems(output("accuracy")) == []


def test_temperature_fit_ce_ece_and_accuracy(mlp):
    assert temperature_problems(output("temperature"), *mlp) == []


def test_smoothed_target_minimiser_and_logit_gap():
    assert smoothing_problems(output("ex_smoothed_target")) == []


def test_smoothed_target_floor_is_its_cross_entropy_against_the_label():
    """A model giving each image exactly its smoothed target pays -log 0.91 on the true label."""
    target = smoothed_target()
    floor = F.cross_entropy(torch.log(torch.tensor(target[None])), torch.tensor([0])).item()
    assert mismatch(output("smoothing"), r"^-log\(0\.91\) =", [floor], 4) == []


def test_the_two_ece_implementations_agree_on_random_predictions():
    m = load("digits_models")
    rng = np.random.default_rng(1)
    for _ in range(20):
        q = rng.dirichlet(np.full(10, 0.3), size=200)
        target = rng.integers(0, 10, size=200)
        assert math.isclose(m.ece(q, target), histogram_ece(q, target), abs_tol=1e-12)


# --- each check fails on what a plausible mistake would print --------------------------------


def test_proper_check_rejects_absolute_error_called_proper():
    out = replace_line(
        output("proper"), r"^absolute  argmin q =", "absolute  argmin q = [0.6 0.3 0.1]  min = 0.8000"
    )
    assert proper_problems(out)


def test_accuracy_check_rejects_swapped_cross_entropies():
    out = output("accuracy")
    sure_ce = numbers(out, r"^sure\s+argmax \[[\d ]+\]")[1]
    hesitant_ce = numbers(out, r"^hesitant\s+argmax \[[\d ]+\]")[1]
    wrong = out.replace(f"CE = {sure_ce:.4f}", "CE = @").replace(
        f"CE = {hesitant_ce:.4f}", f"CE = {sure_ce:.4f}"
    )
    assert accuracy_problems(wrong.replace("CE = @", f"CE = {hesitant_ce:.4f}"))


def test_temperature_check_rejects_t_fitted_on_the_test_split(mlp):
    logits, y = mlp
    T_test = fitted_temperature(logits["test"], y["test"])
    assert abs(T_test - fitted_temperature(logits["val"], y["val"])) > 1e-3
    out = replace_line(output("temperature"), r"^T=", f"T={T_test:.4f}")
    assert temperature_problems(out, logits, y)


def test_ece_check_rejects_binning_by_the_true_class_probability(mlp):
    """A common slip: confidence taken as q of the true class, not max q."""
    logits, y = mlp
    z, target = logits["val"], y["val"]
    q = torch.softmax(torch.tensor(z), 1).numpy()
    true_q = q[np.arange(len(target)), target]
    edges = np.linspace(0, 1, 11)
    which = np.clip(np.digitize(true_q, edges, right=True) - 1, 0, 9)
    wrong = sum(
        np.mean(which == b)
        * abs(np.mean(q.argmax(1)[which == b] == target[which == b]) - true_q[which == b].mean())
        for b in range(10)
        if np.any(which == b)
    )
    out = output("temperature")
    row = numbers(out, r"^val\s+1\.0000")
    changed = replace_line(out, r"^val\s+1\.0000", f"val   1.0000  {row[0]:.4f}  {wrong:.4f}  {row[2]:.4f}")
    assert temperature_problems(changed, logits, y)


def test_smoothing_check_rejects_eps_spread_over_the_other_classes_only():
    """(1 - eps) y + eps/(K - 1) off the label: 0.9000 and a gap of log(0.9 / (0.1/9))."""
    out = replace_line(
        output("ex_smoothed_target"), r"^target\[0\] =", "target[0] = 0.9000  argmin max q = 0.9000"
    )
    assert smoothing_problems(out)
