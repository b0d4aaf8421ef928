import numpy as np


def entropy_bits(p):
    p = np.asarray(p, dtype=float)
    p = p[p > 0]  # 0 log 0 = 0
    return float(-np.sum(p * np.log2(p)))


def h(p):
    """Binary entropy as a function of the number p."""
    return entropy_bits([p, 1 - p])


# Binary case: swapping the labels of the two outcomes turns p into 1 - p.
grid = np.linspace(0.0, 1.0, 1001)
gaps = np.array([abs(h(q) - h(1 - q)) for q in grid])
print(f"H(0.2) = {h(0.2):.4f}, H(0.8) = {h(0.8):.4f}")
# In floating point 1 - (1 - p) need not be p, so the two sides may differ by a rounding step.
print(f"1 - (1 - p) != p: {np.sum(1 - (1 - grid) != grid)} / {grid.size}")
print(f"H(p) == H(1 - p): {np.sum(gaps == 0)} / {grid.size}, max |H(p) - H(1 - p)| = {gaps.max():.1e}")

# In general H does not care about the order of the outcomes.
print(f"{entropy_bits([0.7, 0.2, 0.1]):.4f} {entropy_bits([0.1, 0.7, 0.2]):.4f}")
