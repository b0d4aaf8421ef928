"""The framework comparison table (docs/<lang>/frameworks/comparison.md) is
Markdown prose; this test checks every cell of it against the libraries.

Each cell must be one of a fixed set of phrases (in English or Chinese), and
each phrase is a claim this file knows how to test by calling the function:
what kind of input it takes, what kind of target, what it does by default
with a batch, and how it guards the logarithm. A false cell fails.
"""

import os
import re
import sys

import numpy as np
import pytest

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import keras  # noqa: E402
import tensorflow as tf  # noqa: E402
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

from contract import DOCS, LANGS, SNIPPETS  # noqa: E402

sys.path.insert(0, str(SNIPPETS / "frameworks" / "numpy-reference"))
import xent  # noqa: E402

PAGE = "frameworks/comparison.md"

# Canonical claim -> (English phrase, Chinese phrase) as written in the table.
VOCABULARY = {
    "input": {
        "logits": ("logits", "logits"),
        "log_probs": ("log-probabilities", "对数概率"),
        "probs": ("probabilities", "概率"),
    },
    "target": {
        "indices": ("class indices", "类别下标"),
        "indices_or_dist_checked": (
            "class indices, or probability distributions (sum checked)",
            "类别下标，或概率分布（检查和是否为 1）",
        ),
        "indices_or_dist_unchecked": (
            "class indices, or probability distributions (sum not checked)",
            "类别下标，或概率分布（不检查和是否为 1）",
        ),
        "dist_unchecked": ("probability distributions (sum not checked)", "概率分布（不检查和是否为 1）"),
        "binary": ("values in [0, 1], input's shape", "[0, 1] 内的值，形状同输入"),
    },
    "reduction": {
        "mean": ('"mean"', '"mean"'),
        "sum_over_batch_size": ('"sum_over_batch_size"', '"sum_over_batch_size"'),
        "per_element": ("none: one loss per element", "不归约：每个元素一个损失"),
        "per_sample": ("none: one loss per sample", "不归约：每个样本一个损失"),
        "mean_last_axis": ("mean over the last axis", "对最后一维求平均"),
    },
    "epsilon": {
        "none": ("none", "无"),
        "clamp_log_100": ("each log clamped to ≥ −100", "每个对数截断到 ≥ −100"),
        "clip": ("clips to [ε, 1 − ε], ε = 1e-7", "裁剪到 [ε, 1 − ε]，ε = 1e-7"),
        "sum_then_clip": (
            "divides by the sum, then clips to [ε, 1 − ε], ε = 1e-7",
            "先除以和，再裁剪到 [ε, 1 − ε]，ε = 1e-7",
        ),
        "clip_then_sum": (
            "clips to [ε, 1 − ε], ε = 1e-7, then divides by the sum",
            "先裁剪到 [ε, 1 − ε]，ε = 1e-7，再除以和",
        ),
    },
}
COLUMNS = ("library", "function", "input", "target", "reduction", "epsilon")


def clean(cell):
    return re.sub(r"\s+", " ", cell.replace("`", "")).strip()


def read_table(lang):
    """Rows of the first six-column table on the page, cells cleaned."""
    lines = (DOCS / lang / PAGE).read_text(encoding="utf-8").splitlines()
    rows = []
    for line in lines:
        if line.startswith("|"):
            cells = [clean(c) for c in line.strip().strip("|").split("|")]
            if len(cells) == len(COLUMNS):
                rows.append(cells)
        elif rows:
            break
    assert len(rows) > 2, f"{lang}: no six-column table on {PAGE}"
    return [r for r in rows[1:] if not set("".join(r)) <= set("-: ")]  # drop header and rule


def canonical(lang, row):
    """(library, function, input, target, reduction, epsilon) as claims."""
    i = ("en", "zh").index(lang)  # the order of the phrases in VOCABULARY
    claims = list(row[:2])
    for column, cell in zip(COLUMNS[2:], row[2:], strict=True):
        matches = [key for key, phrases in VOCABULARY[column].items() if phrases[i] == cell]
        assert matches, f"{lang}: {row[1]}: {column} cell {cell!r} is not a phrase this test can check"
        claims.append(matches[0])
    return tuple(claims)


def table(lang):
    return [canonical(lang, row) for row in read_table(lang)]


# --- the functions, behind one calling convention ---------------------------------
# call(y_pred, target, **kw) -> NumPy array. family: "multi" (N, C) or "binary" (same shape).


def _np(x):
    return np.asarray(x.numpy() if hasattr(x, "numpy") else x, dtype=np.float64)


def _torch(fn):
    def call(x, t, **kw):
        tt = torch.as_tensor(t)
        return _np(fn(torch.as_tensor(x), tt if tt.dtype == torch.int64 else tt.double(), **kw).detach())

    return call


def _keras_fn(fn):
    def call(x, t, **kw):
        return _np(fn(np.asarray(t), np.asarray(x, dtype="float32"), **kw))

    return call


def _keras_cls(cls):
    def call(x, t, **kw):
        return _np(cls(**kw)(np.asarray(t), np.asarray(x, dtype="float32")))

    return call


FUNCTIONS = {
    "xent.cross_entropy": ("NumPy", "multi", lambda x, t, **kw: _np(xent.cross_entropy(x, t, **kw))),
    "xent.nll_loss": ("NumPy", "multi", lambda x, t, **kw: _np(xent.nll_loss(x, t, **kw))),
    "xent.binary_cross_entropy": (
        "NumPy",
        "binary",
        lambda x, t, **kw: _np(xent.binary_cross_entropy(x, t, **kw)),
    ),
    "xent.binary_cross_entropy_with_logits": (
        "NumPy",
        "binary",
        lambda x, t, **kw: _np(xent.binary_cross_entropy_with_logits(x, t, **kw)),
    ),
    "F.cross_entropy": ("PyTorch", "multi", _torch(F.cross_entropy)),
    "F.nll_loss": ("PyTorch", "multi", _torch(F.nll_loss)),
    "F.binary_cross_entropy": ("PyTorch", "binary", _torch(F.binary_cross_entropy)),
    "F.binary_cross_entropy_with_logits": ("PyTorch", "binary", _torch(F.binary_cross_entropy_with_logits)),
    "tf.nn.sigmoid_cross_entropy_with_logits": (
        "TensorFlow",
        "binary",
        lambda x, t: _np(tf.nn.sigmoid_cross_entropy_with_logits(labels=t, logits=x)),
    ),
    "tf.nn.softmax_cross_entropy_with_logits": (
        "TensorFlow",
        "multi",
        lambda x, t: _np(tf.nn.softmax_cross_entropy_with_logits(labels=t, logits=x)),
    ),
    "tf.nn.sparse_softmax_cross_entropy_with_logits": (
        "TensorFlow",
        "multi",
        lambda x, t: _np(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=t, logits=x)),
    ),
    "keras.losses.binary_crossentropy": ("Keras", "binary", _keras_fn(keras.losses.binary_crossentropy)),
    "keras.losses.categorical_crossentropy": (
        "Keras",
        "multi",
        _keras_fn(keras.losses.categorical_crossentropy),
    ),
    "keras.losses.sparse_categorical_crossentropy": (
        "Keras",
        "multi",
        _keras_fn(keras.losses.sparse_categorical_crossentropy),
    ),
    "keras.losses.BinaryCrossentropy": ("Keras", "binary", _keras_cls(keras.losses.BinaryCrossentropy)),
    "keras.losses.CategoricalCrossentropy": (
        "Keras",
        "multi",
        _keras_cls(keras.losses.CategoricalCrossentropy),
    ),
    "keras.losses.SparseCategoricalCrossentropy": (
        "Keras",
        "multi",
        _keras_cls(keras.losses.SparseCategoricalCrossentropy),
    ),
}

# --- known inputs --------------------------------------------------------------------
Z0 = np.array([[1.0, 2.0, 0.5, -1.0], [0.3, -0.2, 2.5, 1.0], [-1.5, 0.0, 0.7, 0.2]])
P = np.exp(Z0) / np.exp(Z0).sum(axis=1, keepdims=True)  # rows sum to 1
IDX = np.array([1, 2, 0])
SOFT = np.array([[0.1, 0.6, 0.2, 0.1], [0.25, 0.25, 0.25, 0.25], [0.7, 0.1, 0.1, 0.1]])
# entries in [0, 1], rows summing to 1.5, 0.9 and 1: only the sum is wrong
UNNORMALISED = np.array([[0.5, 0.5, 0.5, 0.0], [0.0, 0.0, 0.9, 0.0], [0.5, 0.0, 0.0, 0.5]])
PB = np.array([[0.2, 0.7], [0.9, 0.4], [0.35, 0.6]])  # binary probabilities
YB = np.array([[0.0, 1.0], [1.0, 0.3], [0.5, 1.0]])  # binary targets, some soft
SHIFT = 0.7
CLOSE = dict(rtol=2e-5, atol=1e-6)
EPS32 = np.float32(1e-7)


def one_hot(idx, n):
    return np.eye(n)[idx]


def encode(kind, family, dist):
    """Inputs of the claimed kind made from the probabilities `dist`."""
    if kind == "probs":
        return dist
    if family == "binary":
        assert kind == "logits", f"a binary function cannot take {kind}"
        return np.log(dist) - np.log1p(-dist)
    return np.log(dist) + (SHIFT if kind == "logits" else 0.0)


def expected_multi(dist, target_rows):
    return -(target_rows * np.log(dist)).sum(axis=1)


def expected_binary(p, y):
    return -(y * np.log(p) + (1 - y) * np.log1p(-p))


def reduce(per_item, reduction, family):
    if reduction in ("mean", "sum_over_batch_size"):
        return np.float64(per_item.mean())
    if (reduction, family) in (("per_element", "binary"), ("per_sample", "multi")):
        return per_item
    if (reduction, family) == ("mean_last_axis", "binary"):
        return per_item.mean(axis=-1)
    pytest.fail(f"reduction {reduction!r} cannot describe a {family} function")


def targets(kind, idx, n):
    """The claimed target kind for class indices idx (multi family)."""
    return (
        idx
        if kind in ("indices", "indices_or_dist_checked", "indices_or_dist_unchecked")
        else one_hot(idx, n)
    )


def assert_close(got, want, what):
    assert np.shape(got) == np.shape(want), f"{what}: shape {np.shape(got)}, expected {np.shape(want)}"
    assert np.allclose(got, want, **CLOSE), f"{what}: got {got}, expected {want}"


def first(x):
    return float(np.ravel(x)[0])


# --- the checks ----------------------------------------------------------------------


def check_input(call, family, claims):
    """Inputs of the claimed kind, made from known probabilities, must give
    the cross-entropy of those probabilities."""
    _, _, kind, target_kind, reduction, _ = claims
    if family == "binary":
        got, per = call(encode(kind, family, PB), YB), expected_binary(PB, YB)
    else:
        per = expected_multi(P, one_hot(IDX, P.shape[1]))
        x = encode(kind, family, P)
        if kind == "log_probs":
            # used as they are: shifting every log-probability by c shifts the loss by -c,
            # where a function of logits would not notice the shift
            x, per = x + SHIFT, per - SHIFT
        got = call(x, targets(target_kind, IDX, P.shape[1]))
    assert_close(got, reduce(per, reduction, family), f"input kind {kind}")


def check_target(call, family, claims):
    kind, target_kind, reduction = claims[2], claims[3], claims[4]
    if family == "binary" or target_kind == "binary":
        assert family == "binary" and target_kind == "binary", "binary targets need a binary function"
        return  # check_input already used soft targets of the input's shape
    n = P.shape[1]
    x = encode(kind, family, P)
    if target_kind == "indices":
        assert_close(
            call(x, IDX), reduce(expected_multi(P, one_hot(IDX, n)), reduction, family), "class indices"
        )
        with pytest.raises(Exception):  # noqa: B017  (each library raises its own type)  # a row of probabilities is not a class index
            call(x, SOFT)
        return
    if target_kind == "dist_unchecked":
        with pytest.raises(Exception):  # noqa: B017  # class indices are not a row of probabilities
            call(x, IDX)
    assert_close(call(x, SOFT), reduce(expected_multi(P, SOFT), reduction, family), "probability targets")
    if target_kind == "indices_or_dist_checked":
        with pytest.raises(ValueError):
            call(x, UNNORMALISED)
    else:
        assert_close(
            call(x, UNNORMALISED),
            reduce(expected_multi(P, UNNORMALISED), reduction, family),
            "unnormalised targets act as weights",
        )


def check_reduction(call, family, claims):
    function, kind, target_kind, reduction = claims[1], claims[2], claims[3], claims[4]
    if family == "multi":
        x, t = encode(kind, family, P), targets(target_kind, IDX, P.shape[1])
        if kind == "log_probs":
            x = np.log(P)
        per = expected_multi(P, one_hot(IDX, P.shape[1]))
    else:
        x, t, per = encode(kind, family, PB), YB, expected_binary(PB, YB)
    default = call(x, t)
    assert_close(default, reduce(per, reduction, family), f"default reduction {reduction}")
    name = function.rsplit(".", 1)[1]
    if function.startswith("keras.losses.") and name[0].isupper():  # a Loss class says its default
        assert getattr(keras.losses, name)().reduction == reduction, (
            f"{name}().reduction is not {reduction!r}"
        )
    if reduction == "mean":
        assert_close(call(x, t, reduction="mean"), default, 'explicit reduction="mean"')
        assert not np.allclose(call(x, t, reduction="sum"), default), 'reduction="sum" should differ'
    elif reduction == "sum_over_batch_size":
        assert_close(call(x, t, reduction="sum_over_batch_size"), default, "explicit sum_over_batch_size")
        assert not np.allclose(call(x, t, reduction="sum"), default), 'reduction="sum" should differ'


def extreme(call, family, kind, target_kind, p_true):
    """The loss when the true class (label 1) gets probability p_true."""
    if family == "binary":
        return first(call(np.array([[p_true]]), np.array([[1.0]])))
    row = np.array([[p_true, 1 - p_true]])
    return first(call(row, targets(target_kind, np.array([0]), 2)))


def check_epsilon(call, family, claims):
    kind, target_kind, eps = claims[2], claims[3], claims[5]
    if eps == "none":
        if kind == "probs":
            with np.errstate(divide="ignore"):
                value = extreme(call, family, kind, target_kind, 0.0)
            assert value == np.inf, f"probability 0 for the true class gave {value}, not inf: something clips"
        elif family == "binary":
            assert first(call(np.array([[-200.0]]), np.array([[1.0]]))) == pytest.approx(200.0)
        else:
            x = np.array([[-200.0, 0.0]]) if kind == "log_probs" else np.array([[0.0, 200.0]])
            assert first(call(x, targets(target_kind, np.array([0]), 2))) == pytest.approx(200.0)
        return
    assert kind == "probs", f"{eps} only makes sense for probabilities"
    if eps == "clamp_log_100":
        worst, perfect = (extreme(call, family, kind, target_kind, p) for p in (0.0, 1.0))
        assert worst == pytest.approx(100.0, abs=1e-12), f"probability 0 gave {worst}, not 100"
        assert perfect == 0.0, f"probability 1 gave {perfect}, not exactly 0"
        inside = extreme(call, family, kind, target_kind, np.exp(-50.0))
        assert inside == pytest.approx(50.0, rel=1e-9), f"probability e^-50 gave {inside}, not 50"
        return
    # Keras's clipping to [eps, 1 - eps], in float32.
    assert keras.config.epsilon() == 1e-7, f"keras.config.epsilon() is {keras.config.epsilon()}"
    worst, perfect = (extreme(call, family, kind, target_kind, p) for p in (0.0, 1.0))
    assert worst == pytest.approx(-np.log(EPS32), rel=1e-5), f"probability 0 gave {worst}, not -log(eps)"
    assert perfect == pytest.approx(-np.log(np.float64(np.float32(1) - EPS32)), rel=1e-3), (
        f"probability 1 gave {perfect}, not -log(1 - eps) in float32"
    )
    if eps in ("sum_then_clip", "clip_then_sum"):
        assert family == "multi"
        row = np.array([[1.0, 3.0]])  # sums to 4
        got = first(call(row, targets(target_kind, np.array([0]), 2)))
        # dividing first gives 1/4; clipping first gives [1 - eps, 1 - eps] / sum = 1/2
        want = np.log(4.0) if eps == "sum_then_clip" else np.log(2.0)
        assert got == pytest.approx(want, rel=1e-5), f"prediction [1, 3], class 0 gave {got}, not {want}"
    else:  # clipping alone: a row that does not sum to 1 is not rescaled
        if family == "multi":
            got = first(call(np.array([[0.2, 0.2, 0.2]]), targets(target_kind, np.array([1]), 3)))
            assert got == pytest.approx(-np.log(0.2), rel=1e-5), (
                f"prediction [0.2, 0.2, 0.2], class 1 gave {got}: the row was rescaled"
            )


CHECKS = {
    "input": check_input,
    "target": check_target,
    "reduction": check_reduction,
    "epsilon": check_epsilon,
}


def test_both_languages_have_the_same_rows():
    zh, en = (table(lang) for lang in LANGS)
    assert zh == en
    assert [row[1] for row in en] == list(dict.fromkeys(row[1] for row in en)), "a function appears twice"


@pytest.mark.parametrize("column", list(CHECKS))
def test_every_cell_holds(column):
    rows = table("en")
    assert rows, "the table is empty"
    failures = []
    for claims in rows:
        library, function = claims[:2]
        assert function in FUNCTIONS, f"unknown function {function!r}: add it to FUNCTIONS"
        lib, family, call = FUNCTIONS[function]
        assert library == lib, f"{function} belongs to {lib}, not {library}"
        try:
            CHECKS[column](call, family, claims)
        except (Exception, pytest.fail.Exception) as err:  # collect every false cell
            failures.append(
                f"{function}: {column} = {claims[COLUMNS.index(column)]!r}: {type(err).__name__}: {err}"
            )
    assert not failures, "\n".join(failures)


def test_a_false_cell_is_caught():
    """Every column's check rejects a wrong claim for some row."""
    rows = {row[1]: row for row in table("en")}
    wrong = [
        ("F.nll_loss", "input", "logits"),
        ("F.cross_entropy", "input", "log_probs"),
        ("keras.losses.binary_crossentropy", "input", "logits"),
        ("tf.nn.sparse_softmax_cross_entropy_with_logits", "target", "dist_unchecked"),
        ("xent.cross_entropy", "target", "indices_or_dist_unchecked"),
        ("F.cross_entropy", "target", "indices_or_dist_checked"),
        ("tf.nn.softmax_cross_entropy_with_logits", "target", "indices"),
        ("keras.losses.categorical_crossentropy", "reduction", "sum_over_batch_size"),
        ("F.binary_cross_entropy", "reduction", "per_element"),
        ("tf.nn.sigmoid_cross_entropy_with_logits", "reduction", "mean"),
        ("keras.losses.binary_crossentropy", "reduction", "per_sample"),
        ("keras.losses.BinaryCrossentropy", "reduction", "mean"),
        ("F.binary_cross_entropy", "epsilon", "none"),
        ("F.binary_cross_entropy", "epsilon", "clip"),
        ("keras.losses.binary_crossentropy", "epsilon", "clamp_log_100"),
        ("keras.losses.categorical_crossentropy", "epsilon", "clip_then_sum"),
        ("keras.losses.sparse_categorical_crossentropy", "epsilon", "sum_then_clip"),
        ("keras.losses.sparse_categorical_crossentropy", "epsilon", "none"),
    ]
    for function, column, claim in wrong:
        claims = list(rows[function])
        claims[COLUMNS.index(column)] = claim
        _, family, call = FUNCTIONS[function]
        try:
            CHECKS[column](call, family, tuple(claims))
        except (Exception, pytest.fail.Exception):
            continue
        pytest.fail(f"claiming {column} = {claim!r} for {function} was not caught")
