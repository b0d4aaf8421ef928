"""The NumPy reference snippets/frameworks/numpy-reference/xent.py equals Optax.

Property-based (hypothesis, derandomized so CI sees the same examples every
run), in float64 with jax_enable_x64 on, extreme logits (±1e3) included, to
rtol = atol = 1e-10, as tests/test_reference.py does for PyTorch and TensorFlow.
Each check comes with a test that it fails on the defect it guards against.
"""

import sys

import jax
import jax.numpy as jnp
import numpy as np
import optax
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from contract import SNIPPETS

sys.path.insert(0, str(SNIPPETS / "frameworks" / "numpy-reference"))
import xent  # noqa: E402

sys.path.remove(str(SNIPPETS / "frameworks" / "numpy-reference"))

RTOL = ATOL = 1e-10  # float64 results of different but stable algorithms
FAST = settings(max_examples=40, deadline=None, derandomize=True, database=None)


@pytest.fixture(autouse=True)
def x64():
    """float64 in JAX for each test, and JAX's default restored after it."""
    before = jax.config.jax_enable_x64
    jax.config.update("jax_enable_x64", True)
    yield
    jax.config.update("jax_enable_x64", before)


def agree(ours, theirs):
    """Assert ours ≈ theirs, same shape, float64 on both sides, finite."""
    theirs_arr = np.asarray(theirs)
    assert theirs_arr.dtype == np.float64, theirs_arr.dtype
    ours = np.asarray(ours, dtype=np.float64)
    assert ours.shape == theirs_arr.shape, (ours.shape, theirs_arr.shape)
    assert np.isfinite(ours).all()
    np.testing.assert_allclose(ours, theirs_arr, rtol=RTOL, atol=ATOL, err_msg="xent vs optax")


# --- strategies ----------------------------------------------------------------

# Mostly ordinary logits, sometimes extreme ones: ±1e3 must give finite, correct losses.
LOGIT = st.one_of(st.floats(-30, 30), st.sampled_from([-1e3, 1e3, 0.0, -700.0, 750.0]))


@st.composite
def rows(draw):
    """(logits of shape (N, K), class indices, K)."""
    n = draw(st.integers(1, 5))
    k = draw(st.integers(1, 6))
    logits = draw(hnp.arrays(np.float64, (n, k), elements=LOGIT))
    labels = draw(hnp.arrays(np.int64, (n,), elements=st.integers(0, k - 1)))
    return logits, labels, k


@st.composite
def prob_rows(draw, shape, positive=False):
    """Probability distributions along the last axis (some exactly one-hot unless positive)."""
    low = 1e-3 if positive else 0.0
    raw = draw(hnp.arrays(np.float64, shape, elements=st.floats(low, 1)))
    raw = raw + (raw.sum(axis=-1, keepdims=True) == 0)  # avoid all-zero rows
    return raw / raw.sum(axis=-1, keepdims=True)


# --- the agreements ---------------------------------------------------------------


@FAST
@given(rows())
def test_integer_labels(batch):
    logits, labels, _ = batch
    theirs = optax.softmax_cross_entropy_with_integer_labels(jnp.array(logits), jnp.array(labels))
    agree(xent.cross_entropy(logits, labels, reduction="none"), theirs)


@FAST
@given(rows(), st.data())
def test_probability_targets(batch, data):
    logits, _, _ = batch
    target = data.draw(prob_rows(logits.shape))
    theirs = optax.softmax_cross_entropy(jnp.array(logits), jnp.array(target))
    agree(xent.cross_entropy(logits, target, reduction="none"), theirs)


@FAST
@given(rows(), st.floats(0.0, 1.0))
def test_smooth_labels_is_torch_label_smoothing(batch, alpha):
    logits, labels, k = batch
    smoothed = optax.smooth_labels(jax.nn.one_hot(labels, k, dtype=jnp.float64), alpha)
    theirs = optax.softmax_cross_entropy(jnp.array(logits), smoothed)
    agree(xent.cross_entropy(logits, labels, reduction="none", label_smoothing=alpha), theirs)


@FAST
@given(hnp.array_shapes(min_dims=1, max_dims=3, max_side=4), st.data())
def test_sigmoid_binary_cross_entropy(shape, data):
    logits = data.draw(hnp.arrays(np.float64, shape, elements=LOGIT))
    target = data.draw(hnp.arrays(np.float64, shape, elements=st.floats(0, 1)))
    theirs = optax.sigmoid_binary_cross_entropy(jnp.array(logits), jnp.array(target))
    agree(xent.binary_cross_entropy_with_logits(logits, target, reduction="none"), theirs)


@FAST
@given(rows(), st.data())
def test_kl_divergence_takes_log_q_then_p(batch, data):
    logits, _, _ = batch
    p = data.draw(prob_rows(logits.shape, positive=True))
    log_q = xent.log_softmax(logits)
    theirs = optax.kl_divergence(jnp.array(log_q), jnp.array(p))
    ours = xent.kl_div(log_q, p, reduction="none").sum(axis=-1)
    if np.isfinite(log_q).all():
        agree(ours, theirs)
    else:  # q = 0 somewhere with p > 0: the divergence is infinite on both sides
        np.testing.assert_array_equal(np.isinf(ours), np.isinf(np.asarray(theirs)))


def test_log_softmax_finite_at_1e3_in_float32():
    jax.config.update("jax_enable_x64", False)
    log_q = jax.nn.log_softmax(jnp.array([1e3, -1e3, 0.0]))
    assert log_q.dtype == jnp.float32
    np.testing.assert_array_equal(np.asarray(log_q), [0.0, -2e3, -1e3])


# --- the checks fail on the defects they guard against -------------------------------

LOGITS = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0], [0.0, 0.0, 3.0]])
LABELS = np.array([0, 2, 2])


def test_agree_catches_a_mean_compared_with_per_example_losses():
    per_example = optax.softmax_cross_entropy_with_integer_labels(jnp.array(LOGITS), jnp.array(LABELS))
    mean = xent.cross_entropy(LOGITS, LABELS)  # reduction="mean", PyTorch's default
    with pytest.raises(AssertionError):
        agree(mean, per_example)
    agree(mean, per_example.mean())  # what the page shows: .mean() first


def test_agree_catches_float32():
    jax.config.update("jax_enable_x64", False)
    loss32 = optax.softmax_cross_entropy_with_integer_labels(jnp.array(LOGITS), jnp.array(LABELS))
    assert loss32.dtype == jnp.float32
    with pytest.raises(AssertionError):
        agree(xent.cross_entropy(LOGITS, LABELS, reduction="none"), loss32)


def test_kl_check_catches_probabilities_for_log_q():
    p = np.array([[0.7, 0.2, 0.1]])
    log_q = xent.log_softmax(np.array([[2.0, 0.5, -1.0]]))
    ours = xent.kl_div(log_q, p, reduction="none").sum(axis=-1)
    with pytest.raises(AssertionError):
        agree(ours, optax.kl_divergence(jnp.exp(jnp.array(log_q)), jnp.array(p)))
    with pytest.raises(AssertionError):  # the arguments swapped: D_KL(q || p)
        agree(ours, optax.kl_divergence(jnp.log(jnp.array(p)), jnp.exp(jnp.array(log_q))))
