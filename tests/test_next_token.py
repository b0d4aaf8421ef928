"""The numbers of language-models/next-token, computed another way.

- ln V at initialisation: math.log of 27 and 50,257, and the V = 27 losses of random logits
  recomputed from the snippet's seed with a NumPy log-sum-exp instead of F.cross_entropy.
- The entropy rate: the stationary distribution as the eigenvector of P^T for eigenvalue 1
  (numpy.linalg.eig; the snippet iterates pi P), and the sampled text's pair frequencies
  against pi_i P_ij.
- The decomposition held-out CE = H + KL: the count model rebuilt from a Counter of pairs, its
  KL to P by scipy.special.rel_entr, and the measured loss, against what decompose.py prints;
  and the row of the source itself, q = P, whose KL is 0.
- Tokenizers: the BPE tokenisation redone with a plain left-to-right merge, the tokens decoded
  back to the text, and bits per byte = total nats / (ln 2 * bytes) for characters and tokens.
- Ten times the training text: the longer sample starts with the page's train, its first row is
  bpe.out's, and its character column is a Counter-built count model of the longer text.
- The neural model trains on the table of pair counts: that loss and its gradient are those of
  F.cross_entropy over all 49,999 predictions of the training text, one by one; its initial
  logits' spread, from PyTorch's documented initialisation drawn by hand.
- The arithmetic coder: a round trip, and a size within 0.5% of the summed cross-entropy.

Each check is shown failing on the defect it guards against.
"""

import math
import re
import sys
from collections import Counter
from contextlib import redirect_stdout
from itertools import pairwise

import numpy as np
import torch
from scipy.special import logsumexp, rel_entr

from contract import SNIPPETS

FOLDER = SNIPPETS / "language-models" / "next-token"
CODER = SNIPPETS / "theory" / "code-length"
sys.path[:0] = [str(FOLDER), str(CODER)]
with redirect_stdout(None):
    import arithmetic_coder as coder  # noqa: E402
    import bpe  # noqa: E402
    import markov_source as source  # noqa: E402
    import neural  # noqa: E402
sys.path.remove(str(FOLDER))
sys.path.remove(str(CODER))

K, P = source.K, source.P


def out(name):
    return (FOLDER / f"{name}.out").read_text(encoding="utf-8")


def close(printed, value, digits=4):
    return printed == f"{value:.{digits}f}"


# ln V at initialisation


def init_problems(text):
    """Where init.out's ln V, uniform loss or V = 27 random-logit losses are not what
    math.log and a NumPy log-sum-exp of the same random numbers give."""
    problems = []
    for v in (27, 50_257):
        m = re.search(rf"^V={v}\s+ln V = (\S+)\s+ce_uniform=(\S+)$", text, re.M)
        if not (m and close(m.group(1), math.log(v)) and close(m.group(2), math.log(v))):
            problems.append(f"V={v}: {m and m.groups()} != {math.log(v):.4f}")
    torch.manual_seed(0)
    y = torch.randint(0, 27, (512,)).numpy()
    torch.zeros(1)  # the uniform logits draw nothing
    block = text.split("V=50257")[0]
    for std, printed in re.findall(r"std=(\S+)\s+ce=\s*(\S+)", block):
        z = float(std) * torch.randn(512, 27, dtype=torch.float64).numpy()
        ce = np.mean(logsumexp(z, axis=1) - z[np.arange(512), y])
        if not close(printed, ce):
            problems.append(f"std={std}: printed {printed}, log-sum-exp gives {ce:.4f}")
    return problems


def test_initial_losses_are_ln_v_and_the_log_sum_exp_of_the_seeded_logits():
    assert init_problems(out("init")) == []
    assert f"{math.log(50_257):.4f}" == "10.8249" and f"{math.log(27):.4f}" == "3.2958"


def test_init_check_fails_on_bits_or_a_wrong_loss():
    text = out("init")
    assert init_problems(text.replace("ln V = 3.2958", f"ln V = {math.log2(27):.4f}"))
    assert init_problems(text.replace("20.0527", "20.0528"))


# The entropy rate


def stationary_by_eig(p):
    values, vectors = np.linalg.eig(p.T)
    v = np.real(vectors[:, np.argmin(np.abs(values - 1))])
    return v / v.sum()


def entropy_rate(p, weights):
    return -np.sum(weights[:, None] * p * np.log(p))


def test_entropy_rate_from_the_eigenvector():
    pi = stationary_by_eig(P)
    assert np.allclose(pi, source.pi, atol=1e-12)
    h = entropy_rate(P, pi)
    assert abs(h - source.H_rate) < 1e-12
    assert re.search(rf"^H_rate = {h:.4f} nats = {h / math.log(2):.4f} bits$", out("markov_source"), re.M)


def test_entropy_rate_check_fails_on_unweighted_rows_or_a_wrong_eigenvector():
    uniform = np.full(K, 1 / K)
    assert abs(entropy_rate(P, uniform) - source.H_rate) > 1e-3
    assert not np.allclose(stationary_by_eig(P.T.copy()), source.pi, atol=1e-6)


def pair_frequency_error(text, p, pi):
    """The largest |observed - expected count| of a pair (i, j), expected n pi_i p_ij, in units
    of its standard error, over the pairs expected at least 20 times."""
    counts = np.zeros((K, K))
    np.add.at(counts, (text[:-1], text[1:]), 1)
    n = len(text) - 1
    expected = n * pi[:, None] * p
    common = expected >= 20
    return np.max(np.abs(counts - expected)[common] / np.sqrt(expected[common]))


def test_sampled_text_follows_the_chain():
    assert pair_frequency_error(source.train, P, source.pi) < 6


def test_sampling_check_fails_on_a_transposed_chain():
    assert pair_frequency_error(source.train, P.T / P.T.sum(axis=1, keepdims=True), source.pi) > 6


# Held-out CE = entropy rate + KL


def count_model(text, k=0.1):
    pairs = Counter(pairwise(text.tolist()))
    q = np.array([[pairs[(i, j)] + k for j in range(K)] for i in range(K)])
    return q / q.sum(axis=1, keepdims=True)


def decomposition(q, text):
    """(H, KL, H + KL, measured) with KL weighted by text's state frequencies."""
    f = np.bincount(text[:-1], minlength=K) / (len(text) - 1)
    kl = f @ rel_entr(P, q).sum(axis=1)
    measured = -np.mean(np.log(q[text[:-1], text[1:]]))
    return source.H_rate, kl, source.H_rate + kl, measured


def decomposition_problems(text, terms, name="char_ngram"):
    m = re.search(rf"^{name}\s+(\S+)\s+\+ (\S+)\s+= (\S+)\s+(\S+)\s+(\S+)", text, re.M)
    names = ("H_rate", "KL", "sum", "measured")
    problems = [
        f"{names[i]}: printed {m.group(i + 1)}, computed {t:.4f}"
        for i, t in enumerate(terms)
        if not close(m.group(i + 1), t)
    ]
    if not close(m.group(5).lstrip("+"), terms[3] - terms[2]):
        problems.append(f"diff: printed {m.group(5)}")
    return problems


def test_held_out_loss_is_entropy_rate_plus_kl():
    terms = decomposition(count_model(source.train), source.val)
    assert decomposition_problems(out("decompose"), terms) == []
    assert abs(terms[3] - terms[2]) < 0.02  # sampling noise of 10,000 characters


def test_the_source_itself_has_no_kl_and_scores_near_the_entropy_rate():
    terms = decomposition(P, source.val)
    assert terms[1] == 0
    assert decomposition_problems(out("decompose"), terms, name="P") == []


def test_source_row_check_fails_when_scored_on_train():
    terms = decomposition(P, source.train)
    assert decomposition_problems(out("decompose"), terms, name="P")


def test_decomposition_check_fails_on_the_reverse_kl():
    q = count_model(source.train)
    f = np.bincount(source.val[:-1], minlength=K) / (len(source.val) - 1)
    reverse = f @ rel_entr(q, P).sum(axis=1)
    h, _, _, measured = decomposition(q, source.val)
    assert decomposition_problems(out("decompose"), (h, reverse, h + reverse, measured))


# The neural model's loss from pair counts


def loss_and_grad(loss_of_model):
    model = neural.model
    model.zero_grad()
    loss = loss_of_model(model)
    loss.backward()
    grad = torch.cat([p.grad.flatten() for p in model.parameters()])
    model.zero_grad()
    return loss.item(), grad


def per_prediction(model):
    x, y = torch.from_numpy(source.train[:-1]), torch.from_numpy(source.train[1:])
    return torch.nn.functional.cross_entropy(model(x), y)


def from_counts(model, normalise=True):
    log_q = torch.log_softmax(model(torch.arange(K)), dim=1)
    total = -(neural.counts * log_q).sum()
    return total / neural.counts.sum() if normalise else total / K


def test_counts_give_the_loss_and_gradient_of_every_prediction():
    loss, grad = loss_and_grad(per_prediction)
    loss_c, grad_c = loss_and_grad(from_counts)
    assert abs(loss - loss_c) < 1e-12 and torch.allclose(grad, grad_c, atol=1e-12)
    assert f"{loss:.4f}" == re.search(r"^train\s+(\S+)", out("neural"), re.M).group(1)


def initial_logit_spread(ddof=1):
    """The mean over rows of the std of the initial logits, with the weights drawn as PyTorch
    documents: Embedding N(0, 1), Linear weight and bias U(-1/sqrt(16), 1/sqrt(16))."""
    torch.manual_seed(0)
    emb = torch.randn(K, 16).double().numpy()
    weight = torch.empty(K, 16).uniform_(-0.25, 0.25).double().numpy()
    bias = torch.empty(K).uniform_(-0.25, 0.25).double().numpy()
    z = emb @ weight.T + bias
    return z.std(axis=1, ddof=ddof).mean()


def printed_z_std():
    return re.search(r"z_std=(\S+)", out("neural")).group(1)


def test_initial_logit_spread_is_pytorchs_default_initialisation():
    assert close(printed_z_std(), initial_logit_spread())


def test_logit_spread_check_fails_on_the_population_std():
    assert not close(printed_z_std(), initial_logit_spread(ddof=0))


def test_counts_check_fails_on_a_wrong_normalisation():
    loss, grad = loss_and_grad(per_prediction)
    loss_c, grad_c = loss_and_grad(lambda m: from_counts(m, normalise=False))
    assert abs(loss - loss_c) > 1e-3 and not torch.allclose(grad, grad_c, atol=1e-6)


# Tokenizers and bits per byte


def merge_plain(ids, a, b, new):
    merged, i = [], 0
    while i < len(ids):
        if i + 1 < len(ids) and ids[i] == a and ids[i + 1] == b:
            merged.append(new)
            i += 2
        else:
            merged.append(ids[i])
            i += 1
    return merged


def bpb_problems(text, val_tokens, spelled):
    """Where bpe.out's rows break bits per byte = total nats / (ln 2 * bytes), with the bytes
    counted from the decoded tokens."""
    rows = dict(
        (m[0], m[1:])
        for m in re.findall(r"^(char_ngram|q_tok)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)$", text, re.M)
    )
    n_bytes = {"char_ngram": len(source.val) - 1, "q_tok": sum(len(spelled[t]) for t in val_tokens[1:])}
    n_tokens = {"char_ngram": len(source.val) - 1, "q_tok": len(val_tokens) - 1}
    problems = []
    for name, (per_byte, ce, ppl, total, bpb) in rows.items():
        total_nats, b = float(total), n_bytes[name]
        if not close(bpb, total_nats / (math.log(2) * b), 4):
            problems.append(f"{name}: bpb {bpb} != {total} / (ln 2 * {b})")
        # ce_nats and ppl are printed to 4 decimals: allow half a unit of the last one
        if not close(per_byte, n_tokens[name] / b) or abs(float(ce) * n_tokens[name] - total_nats) > 0.6:
            problems.append(f"{name}: tokens per byte or ce_nats")
        if abs(float(ppl) - math.exp(float(ce))) > 0.5e-4 * float(ppl) + 0.5e-4:
            problems.append(f"{name}: ppl {ppl}")
    return problems if len(rows) == 2 else ["rows missing"]


def spelling():
    spelled = {i: chr(ord("a") + i) if i < 26 else " " for i in range(K)}
    for new, (a, b) in enumerate(bpe.merges, start=K):
        spelled[new] = spelled[a] + spelled[b]
    return spelled


def test_bpe_tokens_spell_the_text_and_bits_per_byte_are_total_over_bytes():
    ids = source.val.tolist()
    for new, (a, b) in enumerate(bpe.merges, start=K):
        ids = merge_plain(ids, a, b, new)
    assert ids == bpe.val_tok.tolist()
    spelled = spelling()
    assert "".join(spelled[t] for t in ids) == "".join(spelled[t] for t in source.val.tolist())
    assert bpb_problems(out("bpe"), ids, spelled) == []
    # The BPE model's total, recomputed from a Counter of token pairs.
    train_ids = bpe.train_tok.tolist()
    pairs, firsts = Counter(pairwise(train_ids)), Counter(train_ids[:-1])
    v = bpe.V
    total = -sum(math.log((pairs[(a, b)] + 0.1) / (firsts[a] + 0.1 * v)) for a, b in pairwise(ids))
    assert re.search(rf"^q_tok .* {total:.1f}\s", out("bpe"), re.M)


def test_bpb_check_fails_when_dividing_by_tokens_not_bytes():
    spelled = spelling()
    ids = bpe.val_tok.tolist()
    text = out("bpe")
    m = re.search(r"^q_tok\s+\S+\s+(\S+)\s+\S+\s+\S+\s+(\S+)$", text, re.M)
    per_token_bits = f"{float(m.group(1)) / math.log(2):.4f}"
    assert bpb_problems(text.replace(m.group(2), per_token_bits), ids, spelled)


def test_tokenisation_check_fails_on_a_merge_that_lets_pairs_overlap():
    # Several learnt merges join a token with itself, (a, a): in "a a a" only the first pair may merge.
    assert any(a == b for a, b in bpe.merges)

    def overlapping(ids, a, b, new):
        at = np.flatnonzero((ids[:-1] == a) & (ids[1:] == b))
        ids = ids.copy()
        ids[at] = new
        return np.delete(ids, at + 1)

    ids = source.val
    for new, (a, b) in enumerate(bpe.merges, start=K):
        ids = overlapping(ids, a, b, new)
    assert ids.tolist() != bpe.val_tok.tolist()


# Ten times the training text


def more_text_problems(text, long_train):
    """Where more_text.out's rows are not: bpe.out's bits per byte at 50,000 characters, a
    Counter-built count model of long_train at its length, and a gap of tokens minus characters."""
    rows = {int(n): (c, t, g) for n, c, t, g in re.findall(r"^(\d+)\s+(\S+)\s+(\S+)\s+(\S+)$", text, re.M)}
    bpe_bpb = dict(re.findall(r"^(char_ngram|q_tok)\s+.*\s(\S+)$", out("bpe"), re.M))
    problems = []
    if rows.get(50_000, ())[:2] != (bpe_bpb["char_ngram"], bpe_bpb["q_tok"]):
        problems.append(f"50000: {rows.get(50_000)} != bpe.out {bpe_bpb}")
    q = count_model(long_train)
    chars = -np.log(q[source.val[:-1], source.val[1:]]).sum() / (math.log(2) * (len(source.val) - 1))
    if not close(rows.get(len(long_train), ("",))[0], chars):
        problems.append(f"{len(long_train)}: char_ngram {rows.get(len(long_train))} != {chars:.4f}")
    for n, (c, t, g) in rows.items():
        if abs(float(g) - (float(t) - float(c))) > 0.0051:
            problems.append(f"{n}: gap {g} != {t} - {c}")
    return problems


LONG_TRAIN = source.sample(500_000, seed=1)


def test_ten_times_the_text_extends_train_and_the_count_model_matches():
    assert np.array_equal(LONG_TRAIN[: len(source.train)], source.train)
    assert more_text_problems(out("more_text"), LONG_TRAIN) == []


def test_more_text_check_fails_on_a_differently_seeded_text():
    assert more_text_problems(out("more_text"), source.sample(500_000, seed=3))


# The arithmetic coder


def coded(text, q, size=3000):
    symbols = text[:size].tolist()

    def model(history):
        return q[history[-1]] if history else np.full(K, 1 / K)

    data = coder.encode(symbols, model)
    ideal = math.log2(K) - np.log2(q[text[: size - 1], text[1:size]]).sum()
    return symbols, data, model, ideal


def test_coder_round_trips_and_costs_the_cross_entropy():
    q = count_model(source.train)
    symbols, data, model, ideal = coded(source.val, q)
    assert coder.decode(data, len(symbols), model) == symbols
    assert abs(8 * len(data) - ideal) / ideal < 0.005
    m = re.search(r"^size=(\d+) bits  ce_bits=(\S+) bits", out("compress"), re.M)
    full = math.log2(K) - np.log2(q[source.val[:-1], source.val[1:]]).sum()
    assert m.group(2) == f"{full:.1f}" and abs(int(m.group(1)) - full) / full < 0.005
    assert "ok=True" in out("compress")


def test_coder_check_fails_on_a_wrong_model_or_a_flipped_bit():
    q = count_model(source.train)
    symbols, data, model, ideal = coded(source.val, q)
    uniform_size = 8 * len(coder.encode(symbols, np.full(K, 1 / K)))
    assert abs(uniform_size - ideal) / ideal > 0.005
    flipped = bytes([data[0] ^ 0x80]) + data[1:]
    assert coder.decode(flipped, len(symbols), model) != symbols
