import numpy as np
from scipy.optimize import minimize

# Six points that a line through the origin separates: class 1 above it, 0 below.
X = np.array([[1.0, 2.0], [2.0, 0.5], [3.0, 2.0], [-1.0, -1.5], [-2.0, 0.5], [-1.0, -3.0]])
y = np.array([1.0, 1.0, 1.0, 0.0, 0.0, 0.0])


def loss(w):
    z = X @ w
    return np.mean(np.logaddexp(0, z) - y * z)  # binary cross-entropy from logits


def grad(w):
    q = 1 / (1 + np.exp(-(X @ w)))
    return X.T @ (q - y) / len(y)


# Plain gradient descent from w = 0 with learning rate 1.
w, steps = np.zeros(2), 10_000
norms = np.empty(steps + 1)
norms[0] = 0.0
print("    t      ‖w‖  ‖w‖ - ‖w‖(t/10)      L(w)      ‖∇L‖")
for t in range(1, steps + 1):
    w = w - 1.0 * grad(w)
    norms[t] = np.linalg.norm(w)
    if t in (10, 100, 1000, 10_000):
        growth = f"{norms[t] - norms[t // 10]:.4f}" if t > 10 else "-"
        print(f"{t:>5} {norms[t]:8.4f} {growth:>16} {loss(w):>9.2e} {np.linalg.norm(grad(w)):>9.2e}")
print("w / ‖w‖ =", (w / norms[-1]).round(4))

# The hard-margin direction: the shortest w with (2y - 1) w.x >= 1 for every point.
sign = 2 * y - 1
margin = minimize(lambda v: v @ v / 2, np.ones(2), method="SLSQP",
                  constraints=[{"type": "ineq", "fun": lambda v: sign * (X @ v) - 1}]).x
print("ŵ / ‖ŵ‖ =", (margin / np.linalg.norm(margin)).round(4))
print(f"‖ŵ‖ log 10 = {np.linalg.norm(margin) * np.log(10):.4f}")
