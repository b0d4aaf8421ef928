import numpy as np

import xent  # the NumPy reference module beside this file (PyTorch semantics)


def show(label, value):
    v = float(value)
    print(f"{label:<36} {v:.7e}" if 0 < abs(v) < 1e-3 else f"{label:<36} {v:.4f}")


show("softmax CE, logits [1, 2], class 1", xent.cross_entropy(np.array([[1.0, 2.0]]), np.array([1])))
show("sigmoid CE, logit -100, label 1", xent.binary_cross_entropy_with_logits(np.array([-100.0]), np.array([1.0])))
show("BCE, probability 1, label 1", xent.binary_cross_entropy(np.array([1.0]), np.array([1.0])))
show("BCE, probability 0, label 1", xent.binary_cross_entropy(np.array([0.0]), np.array([1.0])))

# Default reduction: two rows, classes 1 and 0.
batch = xent.cross_entropy(np.array([[1.0, 2.0], [1.0, 2.0]]), np.array([1, 0]))
show("batch of two, default call", batch)
