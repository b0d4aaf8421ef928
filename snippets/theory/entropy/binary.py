import numpy as np


def binary_entropy(p):
    """H(p) = -p log2 p - (1-p) log2(1-p) in bits, with 0 log 0 = 0."""
    p = np.asarray(p, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        h = -p * np.log2(p) - (1 - p) * np.log2(1 - p)
    return np.where((p == 0) | (p == 1), 0.0, h)


for q in (0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999, 1.0):
    print(f"H({q}) = {binary_entropy(q):.4f} bits")
