import numpy as np


def cross_entropy(p, q):
    return -np.sum(p * np.log(q))


p = np.array([0.5, 0.5])
q = np.array([0.9, 0.1])
print(f"H(p, p) = {cross_entropy(p, p):.4f} ≠ 0")
print(f"H(p, q) = {cross_entropy(p, q):.4f} ≠ H(q, p) = {cross_entropy(q, p):.4f}")
# Smaller does not mean closer: q scored against itself beats p against itself.
print(f"H(q, q) = {cross_entropy(q, q):.4f} < H(p, p)")
