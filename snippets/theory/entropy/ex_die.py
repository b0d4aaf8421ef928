import numpy as np


def entropy(p, base=2.0):
    p = np.asarray(p, dtype=float)
    p = p[p > 0]
    return float(-np.sum(p * np.log(p)) / np.log(base))


fair = [1 / 6] * 6
loaded = [0.1] * 5 + [0.5]
print(f"fair:   {entropy(fair):.4f} bits = {entropy(fair, np.e):.4f} nats")
print(f"loaded: {entropy(loaded):.4f} bits")
