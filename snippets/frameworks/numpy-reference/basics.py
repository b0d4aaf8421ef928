import numpy as np

import xent  # xent.py, beside this file

# Seed 001's 3×3 logits and targets, as in the PyTorch chapter.
logits = np.array([[2.8883, 0.1760, 1.0774],
                   [1.1216, -0.0562, 0.0660],
                   [-1.3939, -0.0967, 0.5853]])
target = np.array([1, 2, 0])

with np.printoptions(precision=4, suppress=True):
    print(xent.softmax(logits))
    print(xent.cross_entropy(logits, target, reduction="none"))
print(f"{xent.cross_entropy(logits, target):.4f}")

# Seed 000's rows, in float64: a confident correct row and a tie.
losses = xent.cross_entropy([[10.0, 0.0, -10.0], [8.0, 8.0, 8.0]], [0, 2], reduction="none")
print(" ".join(f"{loss:.4e}" for loss in losses))
