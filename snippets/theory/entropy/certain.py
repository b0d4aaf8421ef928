import numpy as np

# The limit behind the convention 0 log 0 = 0: -p log2 p -> 0 as p -> 0.
for p in (1e-2, 1e-4, 1e-8):
    print(f"p = {p:.0e}: -p log2 p = {-p * np.log2(p):.2e}")


def entropy_bits(p):
    p = np.asarray(p, dtype=float)
    p = p[p > 0]  # 0 log 0 = 0
    return float(-np.sum(p * np.log2(p))) + 0.0  # + 0.0 turns -0.0 into 0.0


# A certain outcome: one probability is 1, the rest 0.
print(entropy_bits([1.0, 0.0]), entropy_bits([0.0, 0.0, 1.0, 0.0]))
# Any outcome with 0 < p < 1 adds a positive term, so H > 0.
print(f"{entropy_bits([0.999, 0.001]):.4f}")
