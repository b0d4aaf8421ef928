import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import numpy as np
import tensorflow as tf


def stable(z, y):
    """max(z, 0) - z*y + log(1 + e^-|z|): no exp of a large positive number."""
    return np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))


def naive(z, y):
    """-y log q - (1 - y) log(1 - q) with q = sigmoid(z), computed as written."""
    q = 1 / (1 + np.exp(-z))
    return -(y * np.log(q) + (1 - y) * np.log(1 - q))


# The derived form against TensorFlow on a grid of logits and three labels (float64).
z = np.linspace(-50.0, 50.0, 1001)
for y in (0.0, 0.3, 1.0):
    labels = np.full_like(z, y)
    ours = stable(z, labels)
    theirs = tf.nn.sigmoid_cross_entropy_with_logits(labels=labels, logits=z).numpy()
    print(f"y = {y}: ours ≈ theirs (1e-12): {np.allclose(ours, theirs, rtol=1e-12, atol=1e-12)}")

# Where the naive formula breaks (float32, label y = 1).
# e^-z and q = sigmoid(z) are the intermediate values of naive().
print("     z       e^-z       q     stable     naive  TensorFlow")
zs = np.array([-100.0, -1.0, 0.0, 1.0, 100.0], dtype=np.float32)
ones = np.ones_like(zs)
tf_loss = tf.nn.sigmoid_cross_entropy_with_logits(labels=ones, logits=zs).numpy()
with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
    e = np.exp(-zs)
    rows = zip(zs, e, 1 / (1 + e), stable(zs, ones), naive(zs, ones), tf_loss)
    for zi, ei, qi, s, n, t in rows:
        print(f"{zi:6.0f} {ei:10.4g} {qi:7.4g} {s:10.4f} {n:9.4f} {t:11.4f}")
