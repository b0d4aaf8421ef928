import itertools

import numpy as np

hit = 0.1
one = {"hit": hit, "miss": 1 - hit}
# Two independent shots: four outcomes, probabilities multiply.
pair = np.array([one[a] * one[b] for a, b in itertools.product(one, repeat=2)])
print(pair)
h_one = -sum(q * np.log2(q) for q in one.values())
h_pair = -np.sum(pair * np.log2(pair))
print(f"h_pair = {h_pair:.4f} bits, 2 * h_one = {2 * h_one:.4f} bits")
