import numpy as np


def loss(w, v, x=1.0, y=1.0):
    """Cross-entropy of one sample, one hidden unit: q = sigmoid(v * tanh(w * x))."""
    q = 1 / (1 + np.exp(-v * np.tanh(w * x)))
    return -(y * np.log(q) + (1 - y) * np.log(1 - q))


a, b = (3.0, 3.0), (-3.0, -3.0)  # two weight settings with the same output
mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
print(f"L(a) = {loss(*a):.4f}, L(b) = {loss(*b):.4f}, L(mid) = {loss(*mid):.4f}")
print("L(mid) ≤ (L(a) + L(b)) / 2:", loss(*mid) <= (loss(*a) + loss(*b)) / 2)
