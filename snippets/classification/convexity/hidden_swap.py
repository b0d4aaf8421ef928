import numpy as np

# One hidden layer of two tanh units, one logit: z = v1 h1 + v2 h2 + b.
x = np.array([-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0])
y = np.array([0.0, 0.0, 1.0, 1.0, 1.0, 0.0, 0.0])


def logits(theta):
    w1, c1, v1, w2, c2, v2, b = theta
    return v1 * np.tanh(w1 * x + c1) + v2 * np.tanh(w2 * x + c2) + b


def loss(theta):
    z = logits(theta)
    return np.mean(np.logaddexp(0, z) - y * z)  # binary cross-entropy from logits


a = np.array([2.0, 3.0, 4.0, 2.0, -3.0, -4.0, -4.0])  # (w1, c1, v1, w2, c2, v2, b)
b = a[[3, 4, 5, 0, 1, 2, 6]]  # the same network with its two hidden units swapped
mid = (a + b) / 2

print(f"L(a) = {loss(a):.4f}, L(b) = {loss(b):.4f}, L(mid) = {loss(mid):.4f}")
print("L(mid) ≤ (L(a) + L(b)) / 2:", loss(mid) <= (loss(a) + loss(b)) / 2)
print("z(a)   =", logits(a).round(2))
print("z(mid) =", logits(mid).round(2))

# Second derivative of L along the segment from a to b, at its midpoint:
# d^T H d for a unit vector d, so the Hessian has an eigenvalue at most this.
d, h = (b - a) / np.linalg.norm(b - a), 1e-4  # a unit direction
curv = (loss(mid + h * d) - 2 * loss(mid) + loss(mid - h * d)) / h**2
print(f"dᵀ H d = {curv:.4f}")
