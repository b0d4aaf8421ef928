import numpy as np

# Logistic regression q = sigmoid(w x + b) on six points, not separable.
x = np.array([-2.0, -1.0, 0.5, 1.0, 2.0, 3.0])
y = np.array([0.0, 0.0, 1.0, 0.0, 1.0, 1.0])
start, direction = np.array([0.0, 0.0]), np.array([1.0, 0.5])  # the line (w, b) = start + t * direction


def losses(t):
    """Mean MSE and CE at each point t of the line, as columns."""
    w, b = start[:, None] + t * direction[:, None]
    z = w[:, None] * x + b[:, None]  # one row per t
    q = 1 / (1 + np.exp(-z))
    mse = np.mean(0.5 * (q - y) ** 2, axis=1)
    # -log q = log(1 + e^-z), -log(1 - q) = log(1 + e^z), written without cancellation
    ce = np.mean(y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z), axis=1)
    return np.c_[mse, ce]


t = np.linspace(-8, 8, 801)
h = 1e-3
values = losses(t)
# Central second difference along the line: (L(t+h) - 2 L(t) + L(t-h)) / h^2.
curv = (losses(t + h) - 2 * values + losses(t - h)) / h**2

print(f"(w, b) = t * ({direction[0]}, {direction[1]}), {t[0]} ≤ t ≤ {t[-1]}")
print("     min L''(t)  argmin t   {t: L''(t) < 0}")
for k, name in enumerate(("MSE", "CE")):
    # Grid intervals where the curvature is negative (the concave stretches).
    neg = np.r_[False, curv[:, k] < 0, False].astype(int)
    edges = np.flatnonzero(np.diff(neg))
    runs = [f"[{t[i]:.2f}, {t[j - 1]:.2f}]" for i, j in zip(edges[::2], edges[1::2])]
    where = " ∪ ".join(runs) if runs else "∅"
    imin = curv[:, k].argmin()
    print(f"{name:<5}{curv[:, k].min():10.4f}{t[imin]:10.2f}   {where}")

# For CE the second derivative along the line is also known in closed form:
# mean of q (1 - q) (d . (x, 1))^2, never negative. It matches the differences.
w, b = start[:, None] + t * direction[:, None]
q = 1 / (1 + np.exp(-(w * x[:, None] + b)))
exact = np.mean(q * (1 - q) * (direction[0] * x[:, None] + direction[1]) ** 2, axis=0)
print("CE   exact ≈ curv:", np.allclose(exact, curv[:, 1], atol=1e-8))
