import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


print(f"{'z':>5} {'σ(z)':>9} " + "σ'(z)".rjust(9))
for z0 in (0.0, 1.5, 2.0, 4.0, 6.0, 8.0):
    s = sigmoid(z0)
    print(f"{z0:5.1f} {s:9.4f} {s * (1 - s):9.4f}")
