import numpy as np

# The six points of convexity.py, which no threshold separates; θ = (w, b).
x = np.array([-2.0, -1.0, 0.5, 1.0, 2.0, 3.0])
y = np.array([0.0, 0.0, 1.0, 0.0, 1.0, 1.0])
X = np.column_stack([x, np.ones_like(x)])  # rows x̃_i = (x_i, 1)

# Newton's method on the mean cross-entropy: θ ← θ - H⁻¹ ∇L.
theta = np.zeros(2)
print("k        w        b     ‖∇L‖")
for k in range(7):
    q = 1 / (1 + np.exp(-(X @ theta)))
    g = X.T @ (q - y) / len(y)  # mean of (σ(θ.x̃_i) - y_i) x̃_i
    print(f"{k} {theta[0]:8.4f} {theta[1]:8.4f}  {np.linalg.norm(g):.1e}")
    H = (X.T * q * (1 - q)) @ X / len(y)
    theta = theta - np.linalg.solve(H, g)

# Least squares, for contrast: one linear solve, the normal equations.
print("(X^T X)^-1 X^T y =", np.linalg.solve(X.T @ X, X.T @ y).round(4))
