import numpy as np

# The points of separable_gd.py and one more: (1, 2) again, labelled 0 this time.
X = np.array([[1.0, 2.0], [2.0, 0.5], [3.0, 2.0], [-1.0, -1.5], [-2.0, 0.5], [-1.0, -3.0],
              [1.0, 2.0]])
y = np.array([1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0])


def grad(w):
    q = 1 / (1 + np.exp(-(X @ w)))
    return X.T @ (q - y) / len(y)


w = np.zeros(2)
print("    t     ‖w‖      ‖∇L‖")
for t in range(1, 10_001):
    w = w - 1.0 * grad(w)
    if t in (10, 30, 100, 300):
        print(f"{t:>5} {np.linalg.norm(w):7.4f}  {np.linalg.norm(grad(w)):.1e}")
print(f"t = 10000: ‖w‖ = {np.linalg.norm(w):.4f}, ‖∇L‖ < 1e-12: {np.linalg.norm(grad(w)) < 1e-12}")
