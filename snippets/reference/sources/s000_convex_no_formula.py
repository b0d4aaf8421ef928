import numpy as np

# Logistic regression on data a threshold separates: x < 0 is class 0, x > 0 class 1.
x = np.array([-2.0, -1.0, 1.0, 2.0])
y = np.array([0.0, 0.0, 1.0, 1.0])


def loss_and_slope(w):
    z = w * x
    loss = np.mean(np.logaddexp(0, z) - y * z)  # binary cross-entropy on the logits, stable
    q = 1 / (1 + np.exp(-z))
    return loss, np.mean((q - y) * x)  # dL/dw


# The loss is convex in w, yet its derivative is never zero: it only falls as w grows.
for w in (1, 5, 10, 20):
    loss, slope = loss_and_slope(w)
    print(f"w = {w:>2}: loss {loss:.3e}, ∂L/∂w {slope:.3e}")

# Linear regression has a formula because its loss is quadratic: the normal equations.
X = np.column_stack([x, np.ones_like(x)])
print("(X^T X)^-1 X^T y =", np.linalg.solve(X.T @ X, X.T @ y).round(4))
