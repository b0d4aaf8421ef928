import numpy as np


def entropy_bits(p):
    p = np.asarray(p, dtype=float)
    p = p[p > 0]  # 0 log 0 counts as 0
    return float(-(p * np.log2(p)).sum()) + 0.0  # + 0.0 turns -0.0 into 0.0


print(f"-log2(1) = {-np.log2(1.0) + 0.0}")
print(f"H(1, 0) = {entropy_bits([1, 0])}, H(0.5, 0.5) = {entropy_bits([0.5, 0.5])}")
