import numpy as np

import xent  # the NumPy reference module beside this file (PyTorch semantics)


def show(label, value):
    v = float(value)
    print(f"{label:<40} {v:.7e}" if 0 < abs(v) < 1e-3 else f"{label:<40} {v:.4f}")


show("softmax CE, z = [1, 2], y = 1", xent.cross_entropy(np.array([[1.0, 2.0]]), np.array([1])))
show("sigmoid CE, z = -100, y = 1", xent.binary_cross_entropy_with_logits(np.array([-100.0]), np.array([1.0])))
show("BCE, q = 1, y = 1", xent.binary_cross_entropy(np.array([1.0]), np.array([1.0])))
show("BCE, q = 0, y = 1", xent.binary_cross_entropy(np.array([0.0]), np.array([1.0])))

# Default reduction: two rows, classes 1 and 0.
batch = xent.cross_entropy(np.array([[1.0, 2.0], [1.0, 2.0]]), np.array([1, 0]))
show("N = 2, z = [[1, 2], [1, 2]], y = [1, 0]", batch)
