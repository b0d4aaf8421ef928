"""The NumPy reference snippets/frameworks/numpy-reference/xent.py equals PyTorch and TensorFlow.

Property-based (hypothesis, derandomized so CI sees the same examples every
run): random shapes, values from tiny to extreme (±1e4), every option. Each
comparison is in float64, to rtol = atol = 1e-10.
"""

import os
import re
import sys

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from contract import SNIPPETS

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import keras  # noqa: E402
import tensorflow as tf  # noqa: E402  (imported once, for the whole module)

sys.path.insert(0, str(SNIPPETS / "frameworks" / "numpy-reference"))
import xent  # noqa: E402

sys.path.remove(str(SNIPPETS / "frameworks" / "numpy-reference"))

RTOL = ATOL = 1e-10  # float64 results of different but stable algorithms
FAST = settings(max_examples=30, deadline=None, derandomize=True, database=None)


pytestmark = [
    pytest.mark.filterwarnings("ignore:In loss categorical_crossentropy"),  # C = 1 is fine here
    pytest.mark.filterwarnings("ignore:reduction. 'mean' divides"),  # kl_div's own advice
]


def agree(ours, theirs, lib):
    """Assert ours ≈ theirs (lib names the framework in a failure)."""
    ours = np.asarray(ours, dtype=np.float64)
    theirs = np.asarray(theirs, dtype=np.float64)
    assert ours.shape == theirs.shape, (ours.shape, theirs.shape)
    assert np.isfinite(ours).all()
    np.testing.assert_allclose(ours, theirs, rtol=RTOL, atol=ATOL, err_msg=f"xent vs {lib}")


def t64(x):
    return torch.as_tensor(np.asarray(x), dtype=torch.float64)


def tf64(x):
    return tf.constant(np.asarray(x), dtype=tf.float64)


def k_np(x):
    return np.asarray(keras.ops.convert_to_numpy(x), dtype=np.float64)


# --- strategies ----------------------------------------------------------------

# Mostly ordinary logits, sometimes huge ones: ±1e4 must give finite, correct losses.
LOGIT = st.one_of(st.floats(-30, 30), st.sampled_from([-1e4, 1e4, 0.0, -700.0, 750.0]))


@st.composite
def batches(draw, spatial=True):
    """(logits of shape (N, C) or (N, C, d), class-index targets, C)."""
    n = draw(st.integers(1, 5))
    c = draw(st.integers(1, 6))
    shape = (n, c) + ((draw(st.integers(1, 3)),) if spatial and draw(st.booleans()) else ())
    logits = draw(hnp.arrays(np.float64, shape, elements=LOGIT))
    target = draw(hnp.arrays(np.int64, (n,) + shape[2:], elements=st.integers(0, c - 1)))
    return logits, target, c


@st.composite
def prob_rows(draw, shape):
    """Probability distributions along axis 1 (some exactly one-hot)."""
    raw = draw(hnp.arrays(np.float64, shape, elements=st.floats(0, 1)))
    raw = raw + (raw.sum(axis=1, keepdims=True) == 0)  # avoid all-zero rows
    return raw / raw.sum(axis=1, keepdims=True)


WEIGHTS = st.floats(0.1, 5.0)
REDUCTION = st.sampled_from(["none", "mean", "sum"])
SMOOTHING = st.one_of(st.just(0.0), st.floats(0.0, 1.0))


# --- softmax --------------------------------------------------------------------


@FAST
@given(batches(spatial=False))
def test_softmax_and_log_softmax(batch):
    logits, _, _ = batch
    agree(xent.log_softmax(logits), torch.log_softmax(t64(logits), dim=-1), "torch")
    agree(xent.softmax(logits), torch.softmax(t64(logits), dim=-1), "torch")
    agree(xent.log_softmax(logits), tf.nn.log_softmax(tf64(logits)), "tensorflow")
    agree(xent.softmax(logits), tf.nn.softmax(tf64(logits)), "tensorflow")


# --- cross_entropy, class indices -------------------------------------------------


@FAST
@given(batches(), st.data())
def test_cross_entropy_class_indices(batch, data):
    logits, target, c = batch
    weight = data.draw(st.none() | hnp.arrays(np.float64, (c,), elements=WEIGHTS))
    ignore_index = data.draw(st.sampled_from([-100, 0, c - 1]))
    target0 = target
    if data.draw(st.booleans()):  # some targets set to the ignored value
        mask = data.draw(hnp.arrays(bool, target.shape))
        target = np.where(mask, ignore_index, target)
    reduction = data.draw(REDUCTION)
    eps = data.draw(SMOOTHING)
    kept = target != ignore_index
    assume(reduction != "mean" or kept.any())
    ours = xent.cross_entropy(
        logits, target, weight=weight, ignore_index=ignore_index, reduction=reduction, label_smoothing=eps
    )
    theirs = F.cross_entropy(
        t64(logits),
        torch.as_tensor(target),
        weight=None if weight is None else t64(weight),
        ignore_index=ignore_index,
        reduction=reduction,
        label_smoothing=eps,
    )
    agree(ours, theirs, "torch")

    # TensorFlow has no weight/ignore_index option; its per-sample losses, with
    # the class axis moved last, are the unweighted case, and Keras smooths
    # one-hot targets the way PyTorch smooths class indices.
    rows = np.moveaxis(logits, 1, -1)
    agree(
        xent.cross_entropy(logits, target0, reduction="none"),
        tf.nn.sparse_softmax_cross_entropy_with_logits(labels=target0, logits=tf64(rows)),
        "tensorflow",
    )
    agree(
        xent.cross_entropy(logits, target0, reduction="none", label_smoothing=eps),
        k_np(
            keras.losses.categorical_crossentropy(
                np.eye(c)[target0], rows, from_logits=True, label_smoothing=eps
            )
        ),
        "tensorflow",
    )


# --- cross_entropy, probability targets ---------------------------------------------


@FAST
@given(batches(), st.data())
def test_cross_entropy_probability_targets(batch, data):
    logits, _, c = batch
    target = data.draw(prob_rows(logits.shape))
    weight = data.draw(st.none() | hnp.arrays(np.float64, (c,), elements=WEIGHTS))
    reduction = data.draw(REDUCTION)
    eps = data.draw(SMOOTHING)
    ours = xent.cross_entropy(logits, target, weight=weight, reduction=reduction, label_smoothing=eps)
    theirs = F.cross_entropy(
        t64(logits),
        t64(target),
        weight=None if weight is None else t64(weight),
        reduction=reduction,
        label_smoothing=eps,
    )
    agree(ours, theirs, "torch")
    rows, soft = np.moveaxis(logits, 1, -1), np.moveaxis(target, 1, -1)
    agree(
        xent.cross_entropy(logits, target, reduction="none"),
        tf.nn.softmax_cross_entropy_with_logits(labels=tf64(soft), logits=tf64(rows)),
        "tensorflow",
    )
    agree(
        xent.cross_entropy(logits, target, reduction="none", label_smoothing=eps),
        k_np(keras.losses.categorical_crossentropy(soft, rows, from_logits=True, label_smoothing=eps)),
        "tensorflow",
    )


# --- nll_loss -------------------------------------------------------------------


@FAST
@given(batches(), st.data())
def test_nll_loss(batch, data):
    logits, target, c = batch
    log_probs = xent.log_softmax(logits, axis=1)
    weight = data.draw(st.none() | hnp.arrays(np.float64, (c,), elements=WEIGHTS))
    reduction = data.draw(REDUCTION)
    ignore_index = data.draw(st.sampled_from([-100, 0]))
    assume(reduction != "mean" or (target != ignore_index).any())
    ours = xent.nll_loss(log_probs, target, weight=weight, ignore_index=ignore_index, reduction=reduction)
    theirs = F.nll_loss(
        t64(log_probs),
        torch.as_tensor(target),
        weight=None if weight is None else t64(weight),
        ignore_index=ignore_index,
        reduction=reduction,
    )
    agree(ours, theirs, "torch")
    if ignore_index == -100 and weight is None:  # plain NLL = sparse CE on log-probs
        tf_loss = tf.nn.sparse_softmax_cross_entropy_with_logits(
            labels=tf.constant(target), logits=tf64(np.moveaxis(log_probs, 1, -1))
        )
        agree(xent.nll_loss(log_probs, target, reduction="none"), tf_loss, "tensorflow")


# --- binary -----------------------------------------------------------------------

SHAPES = hnp.array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=5)


@FAST
@given(SHAPES, st.data())
def test_binary_cross_entropy_with_logits(shape, data):
    logits = data.draw(hnp.arrays(np.float64, shape, elements=LOGIT))
    target = data.draw(hnp.arrays(np.float64, shape, elements=st.floats(0, 1)))
    weight = data.draw(st.none() | hnp.arrays(np.float64, shape, elements=WEIGHTS))
    pos_weight = data.draw(st.none() | hnp.arrays(np.float64, shape[-1:], elements=WEIGHTS))
    reduction = data.draw(REDUCTION)
    ours = xent.binary_cross_entropy_with_logits(
        logits, target, weight=weight, pos_weight=pos_weight, reduction=reduction
    )
    theirs = F.binary_cross_entropy_with_logits(
        t64(logits),
        t64(target),
        weight=None if weight is None else t64(weight),
        pos_weight=None if pos_weight is None else t64(pos_weight),
        reduction=reduction,
    )
    agree(ours, theirs, "torch")
    plain = xent.binary_cross_entropy_with_logits(logits, target, pos_weight=pos_weight, reduction="none")
    if pos_weight is None:
        tf_loss = tf.nn.sigmoid_cross_entropy_with_logits(labels=tf64(target), logits=tf64(logits))
    else:
        tf_loss = tf.nn.weighted_cross_entropy_with_logits(
            labels=tf64(target), logits=tf64(logits), pos_weight=tf64(pos_weight)
        )
    agree(plain, tf_loss, "tensorflow")


@FAST
@given(SHAPES, st.data())
def test_binary_cross_entropy_on_probabilities(shape, data):
    # Include exact 0 and 1, where PyTorch clamps each log at -100.
    probs = data.draw(hnp.arrays(np.float64, shape, elements=st.floats(0, 1)))
    target = data.draw(hnp.arrays(np.float64, shape, elements=st.floats(0, 1)))
    weight = data.draw(st.none() | hnp.arrays(np.float64, shape, elements=WEIGHTS))
    reduction = data.draw(REDUCTION)
    ours = xent.binary_cross_entropy(probs, target, weight=weight, reduction=reduction)
    theirs = F.binary_cross_entropy(
        t64(probs), t64(target), weight=None if weight is None else t64(weight), reduction=reduction
    )
    agree(ours, theirs, "torch")
    # Keras clips probabilities to [1e-7, 1 - 1e-7]; compare where that changes nothing.
    inner = np.clip(probs, 1e-3, 1 - 1e-3)
    agree(
        xent.binary_cross_entropy(inner, target, reduction="none"),
        k_np(keras.ops.binary_crossentropy(target, inner)),
        "tensorflow",
    )


# --- kl_div -------------------------------------------------------------------------


@FAST
@given(batches(spatial=False), st.data())
def test_kl_div(batch, data):
    logits, _, _ = batch
    log_q = xent.log_softmax(logits, axis=1)
    p = data.draw(prob_rows(logits.shape))
    reduction = data.draw(st.sampled_from(["none", "mean", "sum", "batchmean"]))
    log_target = data.draw(st.booleans())
    with np.errstate(divide="ignore"):
        target = np.log(p) if log_target else p
    ours = xent.kl_div(log_q, target, reduction=reduction, log_target=log_target)
    theirs = F.kl_div(t64(log_q), t64(target), reduction=reduction, log_target=log_target)
    # PyTorch gives NaN for 0 * log(0 / 0) terms (p = 0 where q underflows to 0); xent gives 0.
    theirs = np.nan_to_num(theirs.numpy(), nan=0.0) if reduction == "none" else theirs
    assume(np.isfinite(np.asarray(theirs)).all())
    agree(ours, theirs, "torch")
    # Keras clips both distributions to [1e-7, 1]; compare on moderate ones.
    q = xent.softmax(np.clip(logits, -3, 3), axis=1)
    p_mid = 0.5 * p + 0.5 / p.shape[1]
    agree(
        xent.kl_div(np.log(q), p_mid, reduction="none").sum(axis=1),
        k_np(keras.losses.kl_divergence(p_mid, q)),
        "tensorflow",
    )


# --- extreme logits, explicitly -----------------------------------------------------


def test_extreme_logits_are_finite_and_correct():
    logits = np.array([[1e4, 0.0, -1e4], [-1e4, 1e4, 0.0], [1e4, 1e4, -1e4]])
    target = np.array([2, 1, 0])
    losses = xent.cross_entropy(logits, target, reduction="none")
    assert np.isfinite(losses).all()
    # 2e4 + log(1 + e^-1e4 + e^-2e4) = 2e4; 0 + tiny; log 2.
    np.testing.assert_allclose(losses, [2e4, 0.0, np.log(2)], rtol=1e-15, atol=1e-300)
    agree(losses, F.cross_entropy(t64(logits), torch.as_tensor(target), reduction="none"), "torch")
    agree(
        losses,
        tf.nn.sparse_softmax_cross_entropy_with_logits(labels=target, logits=tf64(logits)),
        "tensorflow",
    )
    bce = xent.binary_cross_entropy_with_logits([1e4, -1e4, 1e4], [0.0, 1.0, 1.0], reduction="none")
    np.testing.assert_array_equal(bce, [1e4, 1e4, 0.0])
    np.testing.assert_array_equal(xent.softmax([1e4, 0.0, -1e4]), [1.0, 0.0, 0.0])


# --- bad input raises ValueError naming the problem -----------------------------------

GOOD = np.array([[1.0, 2.0, 3.0], [0.5, 0.5, 0.5]])

BAD_INPUT = {
    "mismatched shapes": (lambda: xent.cross_entropy(GOOD, np.array([0, 1, 2])), "does not match"),
    "prob target shape": (
        lambda: xent.cross_entropy(GOOD, np.ones((2, 2)) / 2),
        "must have the logits' shape",
    ),
    "bce shapes": (lambda: xent.binary_cross_entropy([0.5, 0.5], [1.0]), "does not match"),
    "kl shapes": (lambda: xent.kl_div(np.log([[0.5, 0.5]]), [[1.0]]), "does not match"),
    "weight shape": (
        lambda: xent.cross_entropy(GOOD, np.array([0, 1]), weight=[1.0, 2.0]),
        "weight must have shape",
    ),
    "index too large": (lambda: xent.cross_entropy(GOOD, np.array([0, 3])), "out of range"),
    "negative index": (lambda: xent.nll_loss(GOOD, np.array([-1, 0])), "out of range"),
    "float indices": (lambda: xent.cross_entropy(GOOD, np.array([0.0, 1.0])), "must have the logits' shape"),
    "probability > 1": (lambda: xent.binary_cross_entropy([1.5], [1.0]), "in [0, 1]"),
    "probability < 0": (lambda: xent.binary_cross_entropy([0.5], [-0.1]), "in [0, 1]"),
    "prob target range": (lambda: xent.cross_entropy(GOOD, np.array([[1.5, -0.5, 0.0]] * 2)), "in [0, 1]"),
    "rows don't sum to 1": (lambda: xent.cross_entropy(GOOD, np.full((2, 3), 0.2)), "sum to 1"),
    "NaN logits": (lambda: xent.cross_entropy([[np.nan, 0.0]], [0]), "NaN"),
    "NaN target": (lambda: xent.binary_cross_entropy_with_logits([0.0], [np.nan]), "NaN"),
    "NaN probs": (lambda: xent.binary_cross_entropy([np.nan], [1.0]), "NaN"),
    "inf logits": (lambda: xent.cross_entropy([[np.inf, 0.0]], [0]), "inf"),
    "empty batch": (lambda: xent.cross_entropy(np.zeros((0, 3)), np.zeros(0, dtype=int)), "empty batch"),
    "empty bce": (lambda: xent.binary_cross_entropy_with_logits([], []), "empty batch"),
    "empty kl": (lambda: xent.kl_div(np.zeros((0, 2)), np.zeros((0, 2))), "empty batch"),
    "all ignored": (lambda: xent.cross_entropy(GOOD, np.array([-100, -100])), "every target is ignored"),
    "bad reduction": (lambda: xent.cross_entropy(GOOD, np.array([0, 1]), reduction="avg"), "reduction"),
    "bad smoothing": (
        lambda: xent.cross_entropy(GOOD, np.array([0, 1]), label_smoothing=1.5),
        "label_smoothing",
    ),
    "NaN from 0 * inf": (
        lambda: xent.nll_loss([[-np.inf, 0.0]], [0], weight=[0.0, 1.0], reduction="sum"),
        "NaN",
    ),
}


@pytest.mark.parametrize("case", BAD_INPUT)
def test_bad_input_raises_value_error_naming_it(case):
    call, words = BAD_INPUT[case]
    with pytest.raises(ValueError, match=re.escape(words)):
        call()
