"""The contrastive page (losses/contrastive) and xent.info_nce, checked independently.

- xent.info_nce equals CLIP's loss written with PyTorch, (cross_entropy(s / tau, arange(B)) +
  cross_entropy(s.T / tau, arange(B))) / 2, and with symmetric=False the rows alone, for every
  reduction (hypothesis, derandomized); and Keras' sparse_categorical_crossentropy on the rows.
- Uniform similarities give ln B exactly (B = 256: 5.5452), whatever the temperature.
- The temperature table is what a plain-Python double loop gives on the same similarities; in
  the batch whose diagonal wins every row and column the loss falls with tau, in the other it has
  a minimum inside the range.
- The simplex floor is log(1 + (B - 1) exp(-(1 + 1/(B - 1)) / tau)), and a duplicated pair keeps
  the loss above 2 ln 2 / B.
- Bad input raises a ValueError that names it.

Each check is shown failing on the defect it guards against.
"""

import math
import os
import re
import sys

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from contract import SNIPPETS

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import keras  # noqa: E402

sys.path.insert(0, str(SNIPPETS / "frameworks" / "numpy-reference"))
import xent  # noqa: E402

sys.path.remove(str(SNIPPETS / "frameworks" / "numpy-reference"))

FOLDER = SNIPPETS / "losses" / "contrastive"
FAST = settings(max_examples=40, deadline=None, derandomize=True, database=None)
TAU = st.sampled_from([1.0, 0.5, 0.07, 0.01])


def out(name):
    return (FOLDER / f"{name}.out").read_text(encoding="utf-8")


@st.composite
def similarity_matrices(draw):
    b = draw(st.integers(1, 7))
    return draw(hnp.arrays(np.float64, (b, b), elements=st.floats(-1, 1)))


def clip_torch(s, tau, symmetric, reduction):
    logits = torch.tensor(s) / tau
    labels = torch.arange(len(s))
    rows = F.cross_entropy(logits, labels, reduction=reduction)
    if not symmetric:
        return rows.numpy()
    return ((rows + F.cross_entropy(logits.T, labels, reduction=reduction)) / 2).numpy()


@FAST
@given(similarity_matrices(), TAU, st.booleans(), st.sampled_from(["mean", "sum", "none"]))
def test_reference_equals_clip_in_torch(s, tau, symmetric, reduction):
    ours = np.asarray(xent.info_nce(s, tau, symmetric, reduction))
    theirs = clip_torch(s, tau, symmetric, reduction)
    assert ours.shape == theirs.shape and np.isfinite(ours).all()
    np.testing.assert_allclose(ours, theirs, rtol=1e-10, atol=1e-10)


def keras_rows(s, tau):
    labels = np.arange(len(s))
    losses = keras.losses.sparse_categorical_crossentropy(labels, s / tau, from_logits=True)
    return np.asarray(keras.ops.convert_to_numpy(losses), dtype=np.float64)


@settings(max_examples=10, deadline=None, derandomize=True, database=None)
@given(similarity_matrices(), TAU)
def test_one_direction_equals_keras(s, tau):
    # Keras may compute in float32: agreement to float32's digits
    theirs = keras_rows(s, tau)
    np.testing.assert_allclose(
        xent.info_nce(s, tau, symmetric=False, reduction="none"), theirs, rtol=1e-5, atol=1e-5
    )


def test_torch_check_fails_on_a_one_way_loss():
    s = np.random.default_rng(1).uniform(-1, 1, (5, 5))
    assert not np.allclose(xent.info_nce(s, 0.1, symmetric=False), clip_torch(s, 0.1, True, "mean"))
    assert not np.allclose(xent.info_nce(s.T, 0.1), clip_torch(s, 0.1, False, "mean"))


# --- the page's numbers ------------------------------------------------------------


def uniform_problems(text, B=256):
    expected = f"{math.log(B):.4f}"
    values = re.findall(r"^loss\.item\(\)=(\S+)  ln B = (\S+)$|^xent=(\S+)$", text, re.M)
    found = [v for row in values for v in row if v]
    return [v for v in found if v != expected] + ["missing"] * (len(found) != 3)


def test_uniform_similarities_give_ln_b():
    assert uniform_problems(out("uniform")) == []
    for tau in (1.0, 0.07, 1e-3):
        assert xent.info_nce(np.full((16, 16), 0.3), tau) == pytest.approx(math.log(16), abs=1e-12)


def test_uniform_check_fails_on_the_wrong_batch_size():
    assert uniform_problems(out("uniform").replace("5.5452", f"{math.log(255):.4f}", 1)) != []


def similarities(noise, B=8, d=16, seed=0):
    rng = np.random.default_rng(seed)
    image = rng.standard_normal((B, d))
    text = image + noise * rng.standard_normal((B, d))
    image /= np.linalg.norm(image, axis=1, keepdims=True)
    text /= np.linalg.norm(text, axis=1, keepdims=True)
    return image @ text.T


def loop_loss(s, tau):
    """The symmetric loss with plain Python: each row and column, -log of its softmax at i."""
    b = len(s)
    total = 0.0
    for i in range(b):
        for line in (s[i], s[:, i]):
            m = max(line)
            total += -(line[i] - m) / tau + math.log(sum(math.exp((x - m) / tau) for x in line))
    return total / (2 * b)


def temperature_table(text):
    rows = re.findall(r"^(\S+)\s+(\d\.\d{4})  (\d\.\d{4})$", text, re.M)
    return {float(t): (float(a), float(b)) for t, a, b in rows}


def table_problems(table):
    s_a, s_b = similarities(1.2), similarities(2.0)
    return [
        tau
        for tau, (a, b) in table.items()
        if abs(a - loop_loss(s_a, tau)) > 1e-4 or abs(b - loop_loss(s_b, tau)) > 1e-4
    ]


def test_temperature_table_is_the_loop_and_has_the_shape_the_page_describes():
    table = temperature_table(out("tau_sweep"))
    assert sorted(table) == [0.01, 0.03, 0.07, 0.1, 0.2, 0.5, 1.0]
    assert table_problems(table) == []
    taus = sorted(table, reverse=True)
    a = [table[t][0] for t in taus]
    b = [table[t][1] for t in taus]
    assert a == sorted(a, reverse=True)  # (a) falls as tau falls
    assert min(b) == table[0.07][1] and b[-1] > b[taus.index(0.07)]  # (b) rises again
    assert (similarities(1.2).argmax(1) == np.arange(8)).sum() == 8
    assert (similarities(2.0).argmax(1) == np.arange(8)).sum() == 6


def test_table_check_fails_on_a_one_way_loss():
    s_a, s_b = similarities(1.2), similarities(2.0)
    one_way = {
        t: (xent.info_nce(s_a, t, symmetric=False), xent.info_nce(s_b, t, symmetric=False)) for t in [1, 0.1]
    }
    assert table_problems(one_way) != []


def simplex_floor(B, tau):
    return math.log1p((B - 1) * math.exp(-(1 + 1 / (B - 1)) / tau))


def test_simplex_floor_and_duplicates():
    rows = re.findall(r"^tau=(\S+)\s+xent=(\S+)  floor=(\S+)$", out("ex_floor"), re.M)
    assert len(rows) == 3
    for tau, ours, floor in rows:
        assert float(ours) == float(floor) == pytest.approx(simplex_floor(256, float(tau)), abs=1e-6)
    # a random batch of unit vectors stays above the floor
    e = np.random.default_rng(2).standard_normal((256, 256))
    e /= np.linalg.norm(e, axis=1, keepdims=True)
    assert xent.info_nce(e @ e.T, 0.1) > simplex_floor(256, 0.1)
    limit = float(re.search(r"^2 ln 2 / B = (\S+)$", out("ex_duplicates"), re.M).group(1))
    assert limit == pytest.approx(2 * math.log(2) / 8, abs=1e-6)
    losses = [float(x) for x in re.findall(r"loss=(\S+)$", out("ex_duplicates"), re.M)]
    assert all(x >= 2 * math.log(2) / 8 - 1e-6 for x in losses) and losses[-1] == pytest.approx(
        limit, abs=1e-6
    )


def test_floor_check_fails_on_the_wrong_negatives():
    wrong = math.log1p(255 * math.exp(-2 / 0.1))  # negatives at -1, which 256 vectors cannot reach
    assert wrong != pytest.approx(simplex_floor(256, 0.1), abs=1e-6)


# --- bad input ---------------------------------------------------------------------


def error_of(call):
    try:
        call()
    except ValueError as e:
        return str(e)
    return None


S = np.eye(3)
BAD_INPUT = {
    "temperature must be positive and finite, got 0": lambda: xent.info_nce(S, 0),
    "temperature must be positive and finite, got -0.1": lambda: xent.info_nce(S, -0.1),
    "temperature must be positive and finite, got nan": lambda: xent.info_nce(S, float("nan")),
    "temperature must be a real number, got None": lambda: xent.info_nce(S, None),
    "similarities must be a square (B, B) matrix; got shape (2, 3)": lambda: xent.info_nce(
        np.ones((2, 3)), 1
    ),
    "similarities must be a square (B, B) matrix; got shape (3,)": lambda: xent.info_nce(np.ones(3), 1),
    "similarities contains NaN": lambda: xent.info_nce([[1.0, float("nan")], [0.0, 1.0]], 1),
    "temperature 1e-308 is too small": lambda: xent.info_nce(S * 1e10, 1e-308),
    "empty batch": lambda: xent.info_nce(np.zeros((0, 0)), 1),
    "reduction must be one of": lambda: xent.info_nce(S, 1, reduction="batchmean"),
}


@pytest.mark.parametrize("message", BAD_INPUT)
def test_bad_input_raises_a_value_error_that_names_it(message):
    found = error_of(BAD_INPUT[message])
    assert found is not None and message in found, found


def test_error_check_fails_when_the_temperature_is_not_checked(monkeypatch):
    monkeypatch.setattr(xent, "_temperature", lambda name, value: float(value))
    with np.errstate(all="ignore"):
        assert error_of(BAD_INPUT["temperature must be positive and finite, got -0.1"]) is None
