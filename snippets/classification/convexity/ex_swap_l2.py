import numpy as np

# The network of hidden_swap.py, with the penalty (λ/2) ‖θ‖² added to its loss.
x = np.array([-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0])
y = np.array([0.0, 0.0, 1.0, 1.0, 1.0, 0.0, 0.0])
lam = 0.01
print(f"λ = {lam}")


def objective(theta):
    w1, c1, v1, w2, c2, v2, b = theta
    z = v1 * np.tanh(w1 * x + c1) + v2 * np.tanh(w2 * x + c2) + b
    return np.mean(np.logaddexp(0, z) - y * z) + lam / 2 * theta @ theta


a = np.array([2.0, 3.0, 4.0, 2.0, -3.0, -4.0, -4.0])
b = a[[3, 4, 5, 0, 1, 2, 6]]  # hidden units swapped: ‖b‖ = ‖a‖
mid = (a + b) / 2
print(f"J(a) = {objective(a):.4f}, J(b) = {objective(b):.4f}, J(mid) = {objective(mid):.4f}")
print("J(mid) ≤ (J(a) + J(b)) / 2:", objective(mid) <= (objective(a) + objective(b)) / 2)
