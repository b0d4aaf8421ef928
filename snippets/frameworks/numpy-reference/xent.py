"""Cross-entropy and friends in plain NumPy, with PyTorch's semantics.

A reference implementation to read, copy and test against. Every function
works in float64, uses the log-sum-exp trick (or softplus) wherever an
exponential could overflow, and raises ValueError with a message naming the
problem instead of returning NaN. Shapes follow PyTorch: the class axis is
axis 1 of a batch, (N, C) or (N, C, d1, ...), and axis 0 of a single
sample, (C,).

    import xent
    xent.cross_entropy([[2.0, 0.5, -1.0]], [0])            # mean over samples
    xent.cross_entropy(logits, targets, weight=w, ignore_index=-100,
                       label_smoothing=0.1, reduction="none")
"""

import numpy as np

REDUCTIONS = ("none", "mean", "sum")


# --- checking input ---------------------------------------------------------

def _floats(name, x, allow_neg_inf=False):
    """x as a float64 array with no NaN (and no inf unless allowed)."""
    arr = np.asarray(x)
    if arr.dtype == bool or not (np.issubdtype(arr.dtype, np.number)):
        raise ValueError(f"{name} must hold numbers, got dtype {arr.dtype}")
    arr = arr.astype(np.float64)
    if np.isnan(arr).any():
        raise ValueError(f"{name} contains NaN")
    bad = np.isposinf(arr) if allow_neg_inf else np.isinf(arr)
    if bad.any():
        raise ValueError(f"{name} contains inf; it must be finite")
    return arr


def _probabilities(name, x):
    arr = _floats(name, x)
    if ((arr < 0) | (arr > 1)).any():
        raise ValueError(f"{name} must be probabilities in [0, 1]; "
                         f"found values from {arr.min():g} to {arr.max():g}")
    return arr


def _reduction(reduction, allowed=REDUCTIONS):
    if reduction not in allowed:
        raise ValueError(f"reduction must be one of {allowed}, got {reduction!r}")


def _class_axis_last(logits, name):
    """Move the class axis to the end and flatten: (M, C) rows, plus the
    shape that per-sample results take (the input without its class axis)."""
    if logits.ndim == 0:
        raise ValueError(f"{name} must have a class axis; got a scalar")
    axis = 0 if logits.ndim == 1 else 1
    moved = np.moveaxis(logits, axis, -1)
    n_classes = moved.shape[-1]
    if n_classes == 0:
        raise ValueError(f"{name} has no classes (class axis of length 0)")
    if moved.size == 0:
        raise ValueError(f"empty batch: {name} has shape {logits.shape}")
    return moved.reshape(-1, n_classes), moved.shape[:-1], axis


def _no_nan(result, why):
    if np.isnan(result).any():
        raise ValueError(f"the result would be NaN: {why}")
    return result


def _reduce(losses, reduction, denominator=None):
    if reduction == "none":
        return losses
    total = losses.sum()
    if reduction == "sum":
        return np.float64(total)
    count = losses.size if denominator is None else denominator
    return np.float64(total / count)


# --- softmax ------------------------------------------------------------------

def log_softmax(logits, axis=-1):
    """log softmax(z) = z - logsumexp(z), with the maximum subtracted first
    so that exp() never overflows."""
    z = _floats("logits", logits)
    shifted = z - z.max(axis=axis, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=axis, keepdims=True))


def softmax(logits, axis=-1):
    """exp(log_softmax(z)): each slice along axis sums to 1."""
    return np.exp(log_softmax(logits, axis=axis))


# --- multi-class losses -------------------------------------------------------

def _class_weight(weight, n_classes):
    if weight is None:
        return np.ones(n_classes)
    w = _floats("weight", weight)
    if w.shape != (n_classes,):
        raise ValueError(f"weight must have shape ({n_classes},), one per class; got {w.shape}")
    if (w < 0).any():
        raise ValueError("weight must be non-negative")
    return w


def _class_targets(target, sample_shape, n_classes, ignore_index):
    t = np.asarray(target)
    if not np.issubdtype(t.dtype, np.integer):
        raise ValueError(f"class-index targets must be integers, got dtype {t.dtype}")
    if t.shape != sample_shape:
        raise ValueError(f"target shape {t.shape} does not match the input's sample shape {sample_shape}")
    t = t.reshape(-1)
    kept = t != ignore_index
    outside = kept & ((t < 0) | (t >= n_classes))
    if outside.any():
        raise ValueError(f"class index {t[outside][0]} is out of range 0 to {n_classes - 1} "
                         f"(or ignore_index={ignore_index})")
    return np.where(kept, t, 0), kept


def nll_loss(log_probs, target, weight=None, ignore_index=-100, reduction="mean"):
    """Negative log-likelihood: -weight[y] * log_probs[y] for each sample.

    Takes no logarithm: log_probs must already be log-probabilities (e.g. from
    log_softmax). The mean divides by the sum of the weights of the targets
    that are not ignored, as PyTorch does.
    """
    _reduction(reduction)
    lp = _floats("log_probs", log_probs, allow_neg_inf=True)
    rows, sample_shape, _ = _class_axis_last(lp, "log_probs")
    n_classes = rows.shape[1]
    w = _class_weight(weight, n_classes)
    t, kept = _class_targets(target, sample_shape, n_classes, ignore_index)
    picked = rows[np.arange(len(t)), t]
    wt = np.where(kept, w[t], 0.0)
    with np.errstate(invalid="ignore"):
        losses = np.where(kept, -wt * picked, 0.0)
    _no_nan(losses, "a weight-0 target has log-probability -inf")
    if reduction == "mean" and wt.sum() == 0:
        raise ValueError("the mean is undefined: every target is ignored or has weight 0")
    return _reduce(losses.reshape(sample_shape), reduction, wt.sum())


def cross_entropy(logits, target, weight=None, ignore_index=-100,
                  reduction="mean", label_smoothing=0.0):
    """Cross-entropy between softmax(logits) and the targets, as
    torch.nn.functional.cross_entropy computes it.

    target is either class indices (an integer array, the input's shape
    without its class axis) or probabilities (a float array of the input's
    shape, each distribution summing to 1). With class indices:

    * ignored targets contribute 0 and do not count in the mean;
    * mean = sum of losses / sum of weight[y] over the targets kept;
    * label smoothing eps mixes in -eps/C * sum_c weight[c] * log p_c.

    With probabilities, ignore_index does not apply, the loss of a sample is
    -sum_c weight[c] * t_c * log p_c with t smoothed to (1 - eps) t + eps/C,
    and mean divides by the number of samples, whatever the weights.
    """
    _reduction(reduction)
    if not 0.0 <= label_smoothing <= 1.0:
        raise ValueError(f"label_smoothing must be in [0, 1], got {label_smoothing}")
    z = _floats("logits", logits)
    rows, sample_shape, _ = _class_axis_last(z, "logits")
    n_classes = rows.shape[1]
    w = _class_weight(weight, n_classes)
    log_p = log_softmax(rows, axis=1)

    t = np.asarray(target)
    if np.issubdtype(t.dtype, np.floating):  # probability targets
        if t.shape != z.shape:
            raise ValueError(f"probability targets must have the logits' shape "
                             f"{z.shape}; got {t.shape}")
        axis = 0 if z.ndim == 1 else 1
        t = np.moveaxis(_probabilities("target", t), axis, -1).reshape(-1, n_classes)
        sums = t.sum(axis=1)
        if not np.allclose(sums, 1.0, rtol=0, atol=1e-6):
            worst = sums[np.argmax(np.abs(sums - 1))]
            raise ValueError(f"probability targets must sum to 1 over the classes; "
                             f"one sums to {worst:g}")
        t = t * (1 - label_smoothing) + label_smoothing / n_classes
        losses = -(w * t * log_p).sum(axis=1)
        return _reduce(losses.reshape(sample_shape), reduction, len(losses))

    t, kept = _class_targets(target, sample_shape, n_classes, ignore_index)
    wt = np.where(kept, w[t], 0.0)
    nll = np.where(kept, -wt * log_p[np.arange(len(t)), t], 0.0)
    smooth = np.where(kept, -(w * log_p).sum(axis=1), 0.0)
    losses = (1 - label_smoothing) * nll + label_smoothing / n_classes * smooth
    if reduction == "mean" and wt.sum() == 0:
        raise ValueError("the mean is undefined: every target is ignored or has weight 0")
    return _reduce(losses.reshape(sample_shape), reduction, wt.sum())


# --- binary losses ------------------------------------------------------------

def _elementwise(name, x, shape):
    if x is None:
        return np.float64(1.0)
    arr = _floats(name, x)
    try:
        np.broadcast_shapes(arr.shape, shape)
    except ValueError:
        raise ValueError(f"{name} of shape {arr.shape} does not broadcast to the "
                         f"input's shape {shape}") from None
    if np.broadcast_shapes(arr.shape, shape) != shape:
        raise ValueError(f"{name} of shape {arr.shape} would enlarge the input's shape {shape}")
    return arr


def _binary_inputs(input_name, x, target, checker):
    p = checker(input_name, x)
    y = _probabilities("target", target)
    if p.shape != y.shape:
        raise ValueError(f"target shape {y.shape} does not match {input_name} shape {p.shape}")
    if p.size == 0:
        raise ValueError(f"empty batch: {input_name} has shape {p.shape}")
    return p, y


def binary_cross_entropy(probs, target, weight=None, reduction="mean"):
    """-weight * [y log p + (1 - y) log(1 - p)] for probabilities p.

    Like PyTorch, each logarithm is clamped at -100, so p = 0 or 1 gives a
    large finite loss instead of inf. Pass logits to
    binary_cross_entropy_with_logits instead: it needs no clamp.
    """
    _reduction(reduction)
    p, y = _binary_inputs("probs", probs, target, _probabilities)
    w = _elementwise("weight", weight, p.shape)
    with np.errstate(divide="ignore"):
        log_p = np.maximum(np.log(p), -100.0)
        log_1mp = np.maximum(np.log1p(-p), -100.0)
    losses = -w * (y * log_p + (1 - y) * log_1mp)
    return _reduce(losses, reduction)


def _softplus(x):
    """log(1 + e^x) without overflow: max(x, 0) + log1p(e^-|x|)."""
    return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))


def binary_cross_entropy_with_logits(logits, target, weight=None, pos_weight=None,
                                     reduction="mean"):
    """Binary cross-entropy on logits z, with p = sigmoid(z) never formed:

        loss = weight * [pos_weight * y * softplus(-z) + (1 - y) * softplus(z)]

    since -log sigmoid(z) = softplus(-z) and -log(1 - sigmoid(z)) = softplus(z).
    pos_weight (one per class, along the last axis) scales the positive term.
    """
    _reduction(reduction)
    z, y = _binary_inputs("logits", logits, target, _floats)
    w = _elementwise("weight", weight, z.shape)
    pw = _elementwise("pos_weight", pos_weight, z.shape)
    losses = w * (pw * y * _softplus(-z) + (1 - y) * _softplus(z))
    return _reduce(losses, reduction)


# --- KL divergence ------------------------------------------------------------

def kl_div(log_q, target, reduction="mean", log_target=False):
    """Pointwise KL terms p * (log p - log q), as torch.nn.functional.kl_div.

    log_q holds log-probabilities of the model's distribution q; target holds
    p (or log p with log_target=True). Terms with p = 0 count as 0, also
    where log_q is -inf (PyTorch computes 0 * inf = NaN there); p > 0 where
    q = 0 gives inf, the true value.
    reduction="batchmean" divides the sum by the batch size (the length of
    axis 0) and is the true KL divergence per sample; "mean" divides by the
    number of elements, which also divides by the number of classes.
    """
    _reduction(reduction, REDUCTIONS + ("batchmean",))
    lq = _floats("log_q", log_q, allow_neg_inf=True)
    if log_target:
        lp = _floats("target", target, allow_neg_inf=True)
        if (lp > 0).any():
            raise ValueError("log-probability targets must be <= 0")
        p = np.exp(lp)
    else:
        p = _probabilities("target", target)
        with np.errstate(divide="ignore"):
            lp = np.log(p)
    if lq.shape != p.shape:
        raise ValueError(f"target shape {p.shape} does not match log_q shape {lq.shape}")
    if lq.size == 0:
        raise ValueError(f"empty batch: log_q has shape {lq.shape}")
    with np.errstate(invalid="ignore"):
        terms = np.where(p > 0, p * (lp - lq), 0.0)  # 0 * log(0 / q) = 0
    if reduction == "batchmean":
        return np.float64(terms.sum() / (lq.shape[0] if lq.ndim else 1))
    return _reduce(terms, reduction)


# --- distillation and contrastive losses ---------------------------------------

def _temperature(name, value):
    if isinstance(value, (bool, np.bool_)) or not np.isscalar(value) or not np.isreal(value):
        raise ValueError(f"{name} must be a real number, got {value!r}")
    t = float(value)
    if not (np.isfinite(t) and t > 0):
        raise ValueError(f"{name} must be positive and finite, got {value!r}")
    return t


def distillation_loss(student_logits, teacher_logits, T, reduction="batchmean"):
    """Hinton et al.'s soft-target loss: T**2 * KL(p_T || q_T) with
    p_T = softmax(teacher / T), q_T = softmax(student / T), as

        T**2 * F.kl_div(log_softmax(student / T), log_softmax(teacher / T),
                        reduction=reduction, log_target=True)

    Logits are (N, K), a sample per row. reduction="batchmean" (the default)
    divides the sum by N and is the KL divergence per sample; "mean" divides
    by N * K, as PyTorch's "mean" does; "none" gives the (N, K) terms.
    The factor T**2 keeps the gradient's size independent of T.
    """
    _reduction(reduction, REDUCTIONS + ("batchmean",))
    t = _temperature("T", T)
    s = _floats("student_logits", student_logits)
    v = _floats("teacher_logits", teacher_logits)
    if s.ndim != 2:
        raise ValueError(f"student_logits must have shape (N, K); got {s.shape}")
    if v.shape != s.shape:
        raise ValueError(f"teacher_logits shape {v.shape} does not match "
                         f"student_logits shape {s.shape}")
    if s.size == 0:
        raise ValueError(f"empty batch: student_logits has shape {s.shape}")
    with np.errstate(over="ignore"):
        scaled_s, scaled_v = s / t, v / t
    if not (np.isfinite(scaled_s).all() and np.isfinite(scaled_v).all()):
        raise ValueError(f"logits / T overflows; T {t:g} is too small")
    log_q = log_softmax(scaled_s, axis=1)
    log_p = log_softmax(scaled_v, axis=1)
    terms = t**2 * np.exp(log_p) * (log_p - log_q)  # log_softmax is finite: no 0 * inf
    if reduction == "batchmean":
        return np.float64(terms.sum() / s.shape[0])
    return _reduce(terms, reduction)


def info_nce(similarities, temperature, symmetric=True, reduction="mean"):
    """InfoNCE (Oord et al. 2018) as CLIP uses it (Radford et al. 2021).

    similarities is a (B, B) matrix, s[i, j] the score of image i with text
    j; the pairs (i, i) are the positives. Each row is a B-way classification
    with logits s[i] / temperature and label i (cross-entropy, log-sum-exp).
    symmetric=True averages it with the same over the columns (text to
    image), as CLIP does: loss_i = (row_i + column_i) / 2.
    reduction: "mean" over the B pairs, "sum", or "none" (shape (B,)).
    """
    _reduction(reduction)
    tau = _temperature("temperature", temperature)
    s = _floats("similarities", similarities)
    if s.ndim != 2 or s.shape[0] != s.shape[1]:
        raise ValueError(f"similarities must be a square (B, B) matrix; got shape {s.shape}")
    if s.shape[0] == 0:
        raise ValueError("empty batch: similarities has shape (0, 0)")
    with np.errstate(over="ignore"):
        logits = s / tau
    if not np.isfinite(logits).all():
        raise ValueError(f"similarities / temperature overflows; temperature {tau:g} is too small")
    diagonal = np.arange(s.shape[0])
    rows = -log_softmax(logits, axis=1)[diagonal, diagonal]
    losses = rows
    if symmetric:
        columns = -log_softmax(logits, axis=0)[diagonal, diagonal]
        losses = (rows + columns) / 2
    return _reduce(losses, reduction)
# --- focal loss and logit adjustment (losses/focal-imbalance) ----------------

def _gamma(gamma):
    g = float(gamma)
    if not np.isfinite(g) or g < 0:
        raise ValueError(f"gamma must be a finite number >= 0, got {gamma}")
    return g


def _sigmoid_pair(z):
    """(sigmoid(z), sigmoid(-z)), each as exp(-softplus(.)), so that neither
    is formed as 1 minus the other (which would lose digits near 1)."""
    return np.exp(-_softplus(-z)), np.exp(-_softplus(z))


def sigmoid_focal_loss(logits, target, alpha=0.25, gamma=2.0, reduction="none"):
    """Focal loss of Lin et al. (2017) on logits z, elementwise, as
    torchvision.ops.sigmoid_focal_loss computes it (same defaults):

        loss = alpha_t * (1 - p_t)**gamma * BCE(z, y)
        p_t = y * sigmoid(z) + (1 - y) * sigmoid(-z)
        alpha_t = alpha * y + (1 - alpha) * (1 - y)

    BCE is binary_cross_entropy_with_logits (softplus, no log of 0), and
    1 - p_t = y * sigmoid(-z) + (1 - y) * sigmoid(z) is computed without a
    subtraction. alpha=None drops alpha_t; gamma=0 and alpha=None give BCE.
    """
    _reduction(reduction)
    g = _gamma(gamma)
    if alpha is not None:
        a = float(alpha)
        if not 0.0 <= a <= 1.0:
            raise ValueError(f"alpha must be in [0, 1] (or None), got {alpha}")
    z, y = _binary_inputs("logits", logits, target, _floats)
    q, q_neg = _sigmoid_pair(z)
    one_minus_pt = y * q_neg + (1 - y) * q
    bce = y * _softplus(-z) + (1 - y) * _softplus(z)
    losses = one_minus_pt**g * bce
    if alpha is not None:
        losses = (a * y + (1 - a) * (1 - y)) * losses
    return _reduce(losses, reduction)


def softmax_focal_loss(logits, target, gamma=2.0, alpha=None, reduction="mean"):
    """Multi-class focal loss: -alpha[y] * (1 - q_y)**gamma * log q_y per
    sample, with q = softmax(logits) along the class axis (PyTorch's shapes).

    target is class indices, or probabilities of the logits' shape; with
    probabilities the loss is sum_k t_k * alpha[k] * (1 - q_k)**gamma *
    (-log q_k), which is what keras.losses.CategoricalFocalCrossentropy
    computes (Keras clips q to [1e-7, 1 - 1e-7] first; this does not).
    alpha is None, one number for every class, or one per class. "mean"
    divides by the number of samples, whatever alpha (unlike weighted
    cross_entropy, which divides by the sum of the weights).
    log q comes from log_softmax and 1 - q = -expm1(log q), so neither a log
    of 0 nor a cancellation near q = 1 occurs. gamma=0, alpha=None give
    cross_entropy.
    """
    _reduction(reduction)
    g = _gamma(gamma)
    z = _floats("logits", logits)
    rows, sample_shape, axis = _class_axis_last(z, "logits")
    n_classes = rows.shape[1]
    if alpha is None:
        a = np.ones(n_classes)
    else:
        a = _floats("alpha", alpha)
        if a.ndim == 0:
            a = np.full(n_classes, float(a))
        if a.shape != (n_classes,):
            raise ValueError(f"alpha must be one number or one per class, shape ({n_classes},); got {a.shape}")
        if (a < 0).any():
            raise ValueError("alpha must be non-negative")
    log_q = log_softmax(rows, axis=1)
    terms = a * (-np.expm1(log_q)) ** g * (-log_q)  # per class: alpha_k (1 - q_k)^gamma (-log q_k)
    t = np.asarray(target)
    if np.issubdtype(t.dtype, np.floating):  # probability targets
        if t.shape != z.shape:
            raise ValueError(f"probability targets must have the logits' shape {z.shape}; got {t.shape}")
        t = np.moveaxis(_probabilities("target", t), axis, -1).reshape(-1, n_classes)
        losses = (t * terms).sum(axis=1)
    else:
        if not np.issubdtype(t.dtype, np.integer):
            raise ValueError(f"class-index targets must be integers, got dtype {t.dtype}")
        if t.shape != sample_shape:
            raise ValueError(f"target shape {t.shape} does not match the input's sample shape {sample_shape}")
        t = t.reshape(-1)
        outside = (t < 0) | (t >= n_classes)
        if outside.any():
            raise ValueError(f"class index {t[outside][0]} is out of range 0 to {n_classes - 1}")
        losses = terms[np.arange(len(t)), t]
    return _reduce(losses.reshape(sample_shape), reduction)


def logit_adjustment(priors, tau=1.0):
    """tau * log(priors), the offsets of Menon et al. (2021), "Long-tail
    learning via logit adjustment": add them to the logits inside the loss
    (cross_entropy(z + offsets, y)) and predict argmax z, or train on plain
    cross-entropy and predict argmax (z - offsets)."""
    pi = _probabilities("priors", priors)
    if pi.ndim != 1 or pi.size < 2:
        raise ValueError(f"priors must be a 1-D array of at least 2 class priors; got shape {pi.shape}")
    if (pi <= 0).any():
        raise ValueError("priors must be > 0: log(0) is -inf")
    if not np.isclose(pi.sum(), 1.0, rtol=0, atol=1e-6):
        raise ValueError(f"priors must sum to 1, not {pi.sum():g}")
    t = float(tau)
    if not np.isfinite(t) or t < 0:
        raise ValueError(f"tau must be a finite number >= 0, got {tau}")
    return t * np.log(pi)
