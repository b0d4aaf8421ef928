"""The numbers of language-models/padding, computed another way: the per-token losses by hand in
NumPy (log-softmax as z - max - log sum exp(z - max)), and the gradients of the tiny linear model
in closed form, sum_t w_t (q_t - e_y_t) e_x_t^T, instead of autograd.

- The token mean is what F.cross_entropy gives with ignore_index=-100 (padding masked), and the
  recorded outputs print it, the per-sequence sums and the mean of sequence means.
- Accumulating sum(loss) / N over micro-batches gives the full-batch gradient; accumulating
  mean(loss) / M gives the closed-form gradient with the weights 1/(M n_j), which differs.
- The exercises' numbers: the loss with padding labelled 0, and the two-micro-batch split.

Each check is shown failing on the defect it guards against.
"""

import re
import sys
from contextlib import redirect_stdout

import numpy as np
import torch
import torch.nn.functional as F

from contract import SNIPPETS

FOLDER = SNIPPETS / "language-models" / "padding"
sys.path.insert(0, str(FOLDER))
with redirect_stdout(None):
    import padded_batch as batch  # noqa: E402
sys.path.remove(str(FOLDER))

X = batch.inputs.numpy()
Y = batch.labels.numpy()
W = batch.model.weight.detach().numpy()  # (V, V): logits z = W[:, x] + b
B = batch.model.bias.detach().numpy()
REAL = Y != -100
MICRO = [[0], [1], [2]]


def out(name):
    return (FOLDER / f"{name}.out").read_text(encoding="utf-8")


def printed(text, label):
    """The number printed after `label =` (the label as the snippet writes it)."""
    match = re.search(rf"^{re.escape(label)}\s*=\s*([^\s,]+)", text, re.M)
    assert match, label
    return match.group(1)


def by_hand(labels=Y):
    """Per-token losses -log q(y) in NumPy, 0 where the label is -100, and q itself."""
    z = W[:, X].transpose(1, 2, 0) + B  # (sequences, T, V)
    shifted = z - z.max(axis=-1, keepdims=True)
    log_q = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    safe = np.where(labels == -100, 0, labels)
    losses = -np.take_along_axis(log_q, safe[..., None], axis=-1)[..., 0]
    return np.where(labels == -100, 0.0, losses), np.exp(log_q)


def closed_form_grad(token_weights):
    """sum_t w_t dL_t/d(W, b) for the linear model: dL_t/dz = q_t - e_y_t, z = W e_x + b."""
    _, q = by_hand()
    dz = q.copy()
    rows, cols = np.nonzero(REAL)
    dz[rows, cols, Y[rows, cols]] -= 1
    dz *= (token_weights * REAL)[..., None]
    g_w = np.zeros_like(W)
    np.add.at(g_w.T, X[REAL], dz[REAL])  # column x of W collects the dz of every token x
    return np.concatenate([g_w.ravel(), dz.sum(axis=(0, 1))])


def accumulated_grad(micro, divisor):
    """Gradient accumulation as a training loop does it: loss_of(rows, "sum") / divisor(rows)
    for each micro-batch, the gradients added up."""
    params = list(batch.model.parameters())
    total = 0
    for rows in micro:
        loss = batch.loss_of(rows, reduction="sum") / divisor(rows)
        total = total + torch.cat([g.flatten() for g in torch.autograd.grad(loss, params)])
    return total.numpy()


def n_real(rows):
    return int(REAL[rows].sum())


N = int(REAL.sum())
RIGHT = lambda rows: N  # noqa: E731
WRONG = lambda rows: len(MICRO) * n_real(rows)  # noqa: E731  (mean over the micro-batch, / M)


def weights(micro, divisor):
    w = np.zeros(Y.shape)
    for rows in micro:
        w[rows] = 1 / divisor(rows)
    return w


# --- the token mean ----------------------------------------------------------------------------


def token_mean_problems(text, losses):
    """What the token_mean output prints that the hand-computed losses do not give."""
    sums, counts = losses.sum(axis=1), REAL.sum(axis=1)
    expected = {
        "loss": losses.sum() / counts.sum(),
        "sums.sum() / N": losses.sum() / counts.sum(),
        "(sums / counts).mean()": (sums / counts).mean(),
        "(counts / N * sums / counts).sum()": (counts / counts.sum() * sums / counts).sum(),
    }
    problems = [
        f"{label}: printed {printed(text, label)}, by hand {value:.4f}"
        for label, value in expected.items()
        if printed(text, label) != f"{value:.4f}"
    ]
    rows = re.findall(r"^(\d)  (\d)  (\S+)\s+(\S+)  (\S+)$", text, re.M)
    want = [
        (str(i), str(counts[i]), f"{sums[i]:.4f}", f"{sums[i] / counts[i]:.4f}", f"{counts[i] / N:.4f}")
        for i in range(3)
    ]
    if rows != want:
        problems.append(f"rows {rows} != {want}")
    return problems


def test_cross_entropy_with_ignore_index_is_the_token_mean_by_hand():
    losses, _ = by_hand()
    logits = batch.logits_of(slice(None)).detach().reshape(-1, batch.V)
    torch_mean = F.cross_entropy(logits, batch.labels.reshape(-1)).item()
    assert abs(torch_mean - losses.sum() / N) < 1e-14
    assert N == 16 and REAL.sum(axis=1).tolist() == [2, 5, 9]


def test_token_mean_output_matches_the_hand_computation():
    assert token_mean_problems(out("token_mean"), by_hand()[0]) == []


def test_token_mean_check_fails_on_unmasked_padding_or_swapped_means():
    text = out("token_mean")
    unmasked, _ = by_hand(np.where(REAL, Y, 0))  # padding labelled 0 and counted
    assert token_mean_problems(text, unmasked) != []
    losses = by_hand()[0]
    swapped = re.sub(
        r"^(loss\s*= )\S+", rf"\g<1>{(losses.sum(1) / REAL.sum(1)).mean():.4f}", text, flags=re.M
    )
    assert len(token_mean_problems(swapped, losses)) == 1


# --- gradient accumulation ---------------------------------------------------------------------


def test_right_accumulation_is_the_full_batch_gradient():
    full = closed_form_grad(np.full(Y.shape, 1 / N))
    assert np.abs(accumulated_grad(MICRO, RIGHT) - full).max() < 1e-15


def test_wrong_accumulation_is_the_reweighted_gradient_and_differs():
    full = closed_form_grad(np.full(Y.shape, 1 / N))
    wrong = accumulated_grad(MICRO, WRONG)
    assert np.abs(wrong - closed_form_grad(weights(MICRO, WRONG))).max() < 1e-15
    assert np.abs(wrong - full).max() > 0.1
    # the factors c_j = N / (M n_j) of the page, from the token weights
    c = [weights(MICRO, WRONG)[rows][REAL[rows]][0] * N for rows in MICRO]
    assert np.allclose(c, [16 / 6, 16 / 15, 16 / 27])


def test_gradient_checks_fail_on_the_defects():
    full = closed_form_grad(np.full(Y.shape, 1 / N))
    wrong = accumulated_grad(MICRO, WRONG)
    # the wrong loop (mean over each micro-batch, / M) fails the full-batch check ...
    assert np.abs(wrong - full).max() > 1e-3
    # ... and other weights than 1/(M n_j) fail the reweighting check: 1/n_j without M, or 1/N
    assert np.abs(wrong - closed_form_grad(weights(MICRO, n_real))).max() > 1e-3
    assert np.abs(wrong - closed_form_grad(weights(MICRO, RIGHT))).max() > 1e-3


def accumulate_problems(text):
    losses = by_hand()[0]
    sums, counts = losses.sum(axis=1), REAL.sum(axis=1)
    full = closed_form_grad(np.full(Y.shape, 1 / N))
    wrong = closed_form_grad(weights(MICRO, WRONG))
    expected = {
        "full": f"{sums.sum() / N:.4f}",
        "wrong": f"{(sums / counts).mean():.4f}",
        "right": f"{sums.sum() / N:.4f}",
        "max|g_full|": f"{np.abs(full).max():.4f}",
    }
    problems = [f"{k}: {printed(text, k)} != {v}" for k, v in expected.items() if printed(text, k) != v]
    diff = re.search(r"max\|g_wrong - g_full\| = (\S+)", text).group(1)
    if diff != f"{np.abs(wrong - full).max():.4f}":
        problems.append(f"g_wrong - g_full: {diff}")
    if float(re.search(r"max\|g_right - g_full\| = (\S+)", text).group(1)) > 1e-15:
        problems.append("g_right is not g_full")
    return problems


def test_accumulate_output_matches_the_closed_form():
    assert accumulate_problems(out("accumulate")) == []


def test_accumulate_check_fails_when_the_wrong_loss_is_reported_as_right():
    text = out("accumulate")
    losses = by_hand()[0]
    fake = re.sub(r"^(right = )\S+", rf"\g<1>{(losses.sum(1) / REAL.sum(1)).mean():.4f}", text, flags=re.M)
    fake = re.sub(r"(max\|g_right - g_full\| = )\S+", r"\g<1>1.1e-01", fake)
    assert len(accumulate_problems(fake)) == 2


# --- the exercises -----------------------------------------------------------------------------


def exercise_problems(two_micro, no_ignore):
    losses = by_hand()[0]
    two = [[0, 1], [2]]
    wrong = np.mean([losses[rows].sum() / REAL[rows].sum() for rows in two])
    unmasked, _ = by_hand(np.where(REAL, Y, 0))
    expected = [
        (two_micro, f"wrong = {wrong:.4f}, right = {losses.sum() / N:.4f}"),
        (two_micro, f"c = N/(M n[j]) = [{16 / 14:.4f}, {16 / 18:.4f}]"),
        (no_ignore, f"mean_ignore={losses.sum() / N:.4f}"),
        (no_ignore, f"mean_forgot={unmasked.mean():.4f}"),
        (no_ignore, f"per_token[pad].mean() = {unmasked[~REAL].mean():.4f}"),
    ]
    return [line for text, line in expected if line not in text]


def test_exercise_outputs_match_the_hand_computation():
    assert exercise_problems(out("ex_two_micro"), out("ex_no_ignore")) == []


def test_exercise_check_fails_when_padding_counts_or_the_split_is_ignored():
    losses = by_hand()[0]
    two_micro, no_ignore = out("ex_two_micro"), out("ex_no_ignore")
    # the wrong way printed with the three-micro-batch weights, and padding masked in both means
    fake_two = re.sub(r"wrong = \S+,", f"wrong = {(losses.sum(1) / REAL.sum(1)).mean():.4f},", two_micro)
    fake_ignore = re.sub(r"mean_forgot=\S+", f"mean_forgot={losses.sum() / N:.4f}", no_ignore)
    assert len(exercise_problems(fake_two, fake_ignore)) == 2
