import numpy as np


def entropy_bits(p):
    p = np.asarray(p, dtype=float)
    p = p[p > 0]  # 0 log 0 = 0
    return float(-np.sum(p * np.log2(p)))


# Binary case: swapping the labels of the two outcomes turns p into 1 - p.
grid = np.linspace(0.0, 1.0, 1001)
gaps = [abs(entropy_bits([q, 1 - q]) - entropy_bits([1 - q, q])) for q in grid]
print(f"H(0.2) = {entropy_bits([0.2, 0.8]):.4f}, H(0.8) = {entropy_bits([0.8, 0.2]):.4f}")
print("H(p) == H(1 - p) on the grid:", max(gaps) == 0.0)

# In general H does not care about the order of the outcomes.
print(f"{entropy_bits([0.7, 0.2, 0.1]):.4f} {entropy_bits([0.1, 0.7, 0.2]):.4f}")
