"""The chunked cross-entropy of language-models/memory, checked independently.

- over_tokens and over_vocabulary (snippets/language-models/memory/chunked_xent.py) give the
  loss and its gradients with respect to h and W that torch's F.cross_entropy and autograd give
  for z = h @ W, in float64, to 1e-12, for chunk sizes that divide the sizes and that do not.
- online_logsumexp equals scipy.special.logsumexp on rows of logits near +-1000.
- The walk-through of online.py: after each block, s is the sum of exp(z - m) over the logits
  seen so far, summed directly here rather than by the recurrence.
- The sizes in sizes.out and ex_budget.out are B·T·K·4 bytes in GiB (2**30), done in exact
  fractions here; the expected column of peak.out is the array shapes' arithmetic, the measured
  peaks match it, and NumPy's arrays do reach tracemalloc; the float64 table doubles every
  expected peak and keeps the ratios.

Each check is shown failing on the defect it guards against.
"""

import math
import re
import sys
import tracemalloc
from fractions import Fraction

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from scipy.special import logsumexp

from contract import SNIPPETS

FOLDER = SNIPPETS / "language-models" / "memory"
sys.path.insert(0, str(FOLDER))
import chunked_xent as cx  # noqa: E402

sys.path.remove(str(FOLDER))


def torch_reference(h, W, y):
    """(loss, dL/dh, dL/dW) from torch autograd on F.cross_entropy(h @ W, y)."""
    ht = torch.tensor(h, requires_grad=True)
    Wt = torch.tensor(W, requires_grad=True)
    loss = F.cross_entropy(ht @ Wt, torch.tensor(y))
    loss.backward()
    return loss.item(), ht.grad.numpy(), Wt.grad.numpy()


def problem_data(seed=0, n=97, d=8, k=301):
    rng = np.random.default_rng(seed)
    h = rng.standard_normal((n, d))
    W = 3 * rng.standard_normal((d, k))  # logits up to about +-30: the maximum matters
    return h, W, rng.integers(k, size=n)


def gradient_problems(method, chunks, tol=1e-12):
    """Where method(h, W, y, chunk) differs from torch by more than tol."""
    h, W, y = problem_data()
    expected = torch_reference(h, W, y)
    found = []
    for chunk in chunks:
        got = method(h, W, y, chunk)
        for name, a, b in zip(("loss", "dL/dh", "dL/dW"), got, expected, strict=True):
            err = np.abs(np.asarray(a) - np.asarray(b)).max()
            if not err <= tol:
                found.append(f"chunk {chunk}: {name} off by {err:.1e}")
    return found


TOKEN_CHUNKS = (1, 10, 32, 97, 500)
VOCAB_CHUNKS = (1, 64, 100, 301, 1000)


def test_full_matches_torch():
    assert gradient_problems(lambda h, W, y, chunk: cx.full(h, W, y), [None]) == []


def test_over_tokens_matches_torch():
    assert gradient_problems(cx.over_tokens, TOKEN_CHUNKS) == []


def test_over_vocabulary_matches_torch():
    assert gradient_problems(cx.over_vocabulary, VOCAB_CHUNKS) == []


def no_rescaling(blocks):
    """The defect: the running sum is not rescaled when the maximum rises."""
    m, s = -np.inf, 0.0
    for z in blocks:
        m = np.maximum(m, z.max(axis=1))
        s = s + np.exp(z - m[:, None]).sum(axis=1)
    return m + np.log(s)


def mean_per_chunk(h, W, y, chunk):
    """The defect: each chunk divides by its own size, and the chunks' means are averaged."""
    parts = [cx.full(h[i : i + chunk], W, y[i : i + chunk]) for i in range(0, len(y), chunk)]
    loss = np.mean([p[0] for p in parts])
    return loss, np.concatenate([p[1] for p in parts]), sum(p[2] for p in parts)


def test_gradient_check_fails_on_a_missing_rescaling(monkeypatch):
    monkeypatch.setattr(cx, "online_logsumexp", no_rescaling)
    found = gradient_problems(cx.over_vocabulary, VOCAB_CHUNKS)
    # one block is the whole row, and then there is nothing to rescale
    assert len(found) == 3 * (len(VOCAB_CHUNKS) - 2), found


def test_gradient_check_fails_on_a_mean_per_chunk():
    found = gradient_problems(mean_per_chunk, TOKEN_CHUNKS)
    assert any(f.startswith("chunk 10: loss") for f in found) and not any("chunk 97" in f for f in found)


def lse_problems(online, tol=1e-12):
    rng = np.random.default_rng(1)
    found = []
    for chunk in (1, 3, 7, 50, 200):
        z = rng.normal(scale=20, size=(6, 200)) + rng.choice([-1000.0, 0.0, 1000.0], size=(6, 1))
        blocks = [z[:, a : a + chunk] for a in range(0, z.shape[1], chunk)]
        err = np.abs(online(iter(blocks)) - logsumexp(z, axis=1)).max()
        if not err <= tol * 1000:  # relative to logits near 1000
            found.append(f"chunk {chunk}: off by {err:.1e}")
    return found


def test_online_logsumexp_matches_scipy():
    assert lse_problems(cx.online_logsumexp) == []


def test_online_logsumexp_check_fails_without_rescaling():
    assert len(lse_problems(no_rescaling)) == 4  # all but the single block of 200


def online_walkthrough_problems(out):
    """Each printed s is sum(exp(z_seen - m)) with m = max(z_seen), summed directly."""
    z = [v + 1000 for v in (3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0, 5.0)]
    rows = re.findall(r"^\[.*\] \+ 1000\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)$", out, re.M)
    found = [] if len(rows) == 3 else [f"{len(rows)} rows"]
    for j, (block_max, m, s, lse) in enumerate(rows):
        seen = z[: 3 * (j + 1)]
        top = max(seen)
        total = math.fsum(math.exp(v - top) for v in seen)
        block = z[3 * j : 3 * j + 3]
        expected = (f"{max(block):.1f}", f"{top:.1f}", f"{total:.6f}", f"{top + math.log(total):.6f}")
        if (block_max, m, s, lse) != expected:
            found.append(f"block {j + 1}: printed {(block_max, m, s, lse)}, expected {expected}")
    # the defect: each block measured against the maximum so far, never rescaled afterwards
    kept = math.fsum(math.exp(v - max(z[: 3 * (i // 3) + 3])) for i, v in enumerate(z))
    if f"m + log(s_kept) = {max(z) + math.log(kept):.6f}" not in out:
        found.append("s_kept")
    if "log(sum(exp(z))) = inf" not in out:
        found.append("the direct sum should overflow")
    return found


def test_online_walkthrough_is_the_direct_sum():
    assert online_walkthrough_problems((FOLDER / "online.out").read_text()) == []


def test_online_walkthrough_check_fails_on_a_wrong_sum():
    out = (FOLDER / "online.out").read_text().replace("1.028203", "1.028204")
    assert online_walkthrough_problems(out) == [
        "block 2: printed ('1009.0', '1009.0', '1.028204', '1009.027813'), "
        "expected ('1009.0', '1009.0', '1.028203', '1009.027813')"
    ]


VOCAB = {"GPT2": 50257, "Llama2": 32000, "Llama3": 128256, "Gemma": 256000}


def size_problems(out, unit=2**30, size=4, batch=8):
    """sizes.out against B·T·K·size bytes in exact fractions of unit."""
    found = []
    for name, k in VOCAB.items():
        row = re.search(rf"^{name}\s+(\d+)\s+(\S+)\s+(\S+)\s+(\S+)$", out, re.M)
        if row is None:
            found.append(f"no row for {name}")
            continue
        short, long = (Fraction(batch * t * k * size, unit) for t in (2048, 8192))
        expected = (str(k), f"{float(short):.2f}", f"{float(long):.2f}", f"{float(2 * long):.2f}")
        if row.groups() != expected:
            found.append(f"{name}: printed {row.groups()}, expected {expected}")
    return found


def test_sizes_are_btk_float32_in_gib():
    assert size_problems((FOLDER / "sizes.out").read_text()) == []


def test_size_check_fails_on_gigabytes_or_bfloat16():
    out = (FOLDER / "sizes.out").read_text()
    assert len(size_problems(out, unit=10**9)) == 4
    assert len(size_problems(out, size=2)) == 4


def test_budget_answer():
    out = (FOLDER / "ex_budget.out").read_text()
    k, n = 128256, 8 * 8192
    rows, cols = 2**30 // (8 * k), 2**30 // (8 * n)
    assert f"rows={rows}, chunks={-(-n // rows)}, block={2 * rows * k * 4 / 2**30:.4f} GiB" in out
    assert f"cols={cols}, chunks={-(-k // cols)}, block={2 * n * cols * 4 / 2**30:.4f} GiB" in out
    assert (rows, cols) == (1046, 2048)


def peak_problems(out):
    n, d, k, rows, cols = 2048, 128, 32768, 256, 4096
    mib = 2**20 / 4  # float32 values in a MiB
    grads = (n * d + d * k) / mib
    expected = {
        "full": 2 * n * k / mib,
        "over_tokens": 2 * rows * k / mib + grads,
        "over_vocabulary": max(2 * n * cols / mib, (n * cols + max(n * d, d * cols)) / mib + grads),
    }
    found = []
    full = None
    for name, value in expected.items():
        row = re.search(rf"^{name}\s+(\d+)\s+(\d+)\s+(\S+)$", out, re.M)
        if row is None:
            found.append(f"no row for {name}")
            continue
        measured, shown, ratio = int(row[1]), int(row[2]), row[3]
        full = measured if name == "full" else full
        if shown != round(value) or abs(measured - value) > 1:
            found.append(f"{name}: measured {measured}, shown {shown}, expected {value}")
        if full and abs(float(ratio) - full / measured) > 0.1:
            found.append(f"{name}: ratio {ratio}")
    return found


def test_peak_memory_is_what_the_shapes_give():
    assert peak_problems((FOLDER / "peak.out").read_text()) == []


def float64_problems(out):
    """The float64 table of peak.out: twice the float32 expectation, and the same ratios."""
    table = out.split("float64 ", 1)[1]
    expected = {"full": 512, "over_tokens": 81, "over_vocabulary": 64}  # MiB in float32, as above
    found = []
    for name, mib in expected.items():
        row = re.search(rf"^{name}\s+(\d+)\s+(\S+)$", table, re.M)
        want = (str(2 * mib), f"{expected['full'] / mib:.1f}")
        if row is None or row.groups() != want:
            found.append(f"{name}: printed {row and row.groups()}, expected {want}")
    return found


def test_float64_doubles_the_peaks_and_keeps_the_ratios():
    out = (FOLDER / "peak.out").read_text()
    assert float64_problems(out) == []
    assert f"{2048 * 32768 * 8 / 2**20:.0f}" == "512"  # the float64 logits the page quotes


def test_float64_check_fails_on_an_unchanged_size():
    out = (FOLDER / "peak.out").read_text()
    # the float32 size copied into the float64 table
    assert len(float64_problems(re.sub(r"^(over_tokens\s+)162", r"\g<1>81", out, flags=re.M))) == 1


def test_peak_check_fails_on_a_wrong_count():
    out = (FOLDER / "peak.out").read_text()
    assert len(peak_problems(re.sub(r"^(over_tokens\s+)81(\s+)81", r"\g<1>98\g<2>98", out, flags=re.M))) == 2


def traced_peak(f, *args):
    tracemalloc.start()
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    f(*args)
    peak = tracemalloc.get_traced_memory()[1] - before
    tracemalloc.stop()
    return peak


def test_numpy_reports_to_tracemalloc_and_chunks_hold_less():
    rng = np.random.default_rng(0)
    h = rng.standard_normal((256, 16), dtype=np.float32)
    W = rng.standard_normal((16, 4096), dtype=np.float32)
    y = rng.integers(4096, size=256)
    block = 256 * 4096 * 4
    full = traced_peak(cx.full, h, W, y)
    assert 2 * block <= full < 2 * block + 2**20
    assert traced_peak(cx.over_tokens, h, W, y, 32) < full / 4
    assert traced_peak(cx.over_vocabulary, h, W, y, 512) < full / 4


@pytest.mark.parametrize("chunk", [4, 5])
def test_ignore_index_needs_sums_and_counts(chunk):
    """The exercise's point, against torch: summed chunks divided once agree; means of means do not."""
    rng = np.random.default_rng(2)
    z = rng.standard_normal((12, 5))
    y = rng.integers(5, size=12)
    y[[5, 6, 8, 9, 10]] = -100
    ref = F.cross_entropy(torch.tensor(z), torch.tensor(y)).item()  # ignore_index=-100 by default
    keep = y != -100
    losses = np.where(keep, logsumexp(z, axis=1) - z[np.arange(12), np.where(keep, y, 0)], 0.0)
    sums = [losses[i : i + chunk].sum() for i in range(0, 12, chunk)]
    counts = [keep[i : i + chunk].sum() for i in range(0, 12, chunk)]
    assert abs(sum(sums) / sum(counts) - ref) < 1e-12
    assert abs(np.mean([s / c for s, c in zip(sums, counts, strict=True)]) - ref) > 0.01
