import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import keras
import numpy as np
import xent


def show(name, values):
    print(f"{name:16}", " ".join(f"{v:.4e}" for v in np.asarray(values, dtype=np.float64)))


z = np.array([3.0, -1.0, 0.5, -4.0])  # logits of four binary samples
y = np.array([1.0, 1.0, 0.0, 0.0])
alpha, gamma = 0.25, 2.0

# Lin et al. (2017), eq. (5), written out: FL = -alpha_t (1 - p_t)^gamma log p_t.
q = 1 / (1 + np.exp(-z))
p_t = np.where(y == 1, q, 1 - q)
alpha_t = np.where(y == 1, alpha, 1 - alpha)
show("alpha_t", alpha_t)
paper = -alpha_t * (1 - p_t) ** gamma * np.log(p_t)
show("paper", paper)
show("xent", xent.sigmoid_focal_loss(z, y, alpha=alpha, gamma=gamma))


def binary(apply_class_balancing):
    fl = keras.losses.BinaryFocalCrossentropy(apply_class_balancing=apply_class_balancing, alpha=alpha,
                                              gamma=gamma, from_logits=True, reduction=None)
    return fl(y[:, None], z[:, None])  # Keras means over the last axis: one element per row


show("binary(True)", binary(True))
show("binary(False)", binary(False))
show("alpha=None", xent.sigmoid_focal_loss(z, y, alpha=None, gamma=gamma))

# Softmax: Keras' alpha is one factor for every class, 0.25 by default.
logits = np.array([[2.0, 0.5, -1.0], [0.0, 1.0, 3.0]])
onehot = np.array([[1.0, 0.0, 0.0], [1.0, 0.0, 0.0]])
for a in [0.25, 1.0]:
    categorical = keras.losses.CategoricalFocalCrossentropy(alpha=a, gamma=gamma, from_logits=True, reduction=None)
    show(f"Keras alpha={a:g}", categorical(onehot, logits))
    show(f"xent alpha={a:g}", xent.softmax_focal_loss(logits, np.array([0, 0]), gamma, alpha=a, reduction="none"))
show("gamma=0", xent.softmax_focal_loss(logits, np.array([0, 0]), gamma=0, reduction="none"))
show("CE", xent.cross_entropy(logits, np.array([0, 0]), reduction="none"))
