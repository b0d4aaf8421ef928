import numpy as np

# The separable points of separable_gd.py, now with an L2 penalty (λ/2) ‖w‖².
X = np.array([[1.0, 2.0], [2.0, 0.5], [3.0, 2.0], [-1.0, -1.5], [-2.0, 0.5], [-1.0, -3.0]])
y = np.array([1.0, 1.0, 1.0, 0.0, 0.0, 0.0])
lam = 0.01
print(f"λ = {lam}")


def grad(w):
    q = 1 / (1 + np.exp(-(X @ w)))
    return X.T @ (q - y) / len(y) + lam * w


# Gradient descent from two different starts, learning rate 1.
starts, steps = [np.array([0.0, 0.0]), np.array([-3.0, 4.0])], 10_000
norms_l2 = np.empty((steps + 1, len(starts)))
ends = []
for k, w in enumerate(starts):
    norms_l2[0, k] = np.linalg.norm(w)
    for t in range(1, steps + 1):
        w = w - 1.0 * grad(w)
        norms_l2[t, k] = np.linalg.norm(w)
    ends.append(w)
print("    t  ‖w‖, w₀ = (0, 0)  ‖w‖, w₀ = (-3, 4)")
for t in (10, 100, 1000, 10_000):
    print(f"{t:>5} {norms_l2[t, 0]:18.4f} {norms_l2[t, 1]:19.4f}")
print("w₀ = (0, 0):  w =", ends[0].round(6), f"‖∇J‖ < 1e-12: {np.linalg.norm(grad(ends[0])) < 1e-12}")
print("w₀ = (-3, 4): w =", ends[1].round(6), f"‖∇J‖ < 1e-12: {np.linalg.norm(grad(ends[1])) < 1e-12}")
# Hessian of J: mean of q (1 - q) x x^T, plus λ I; its eigenvalues are ≥ λ.
q = 1 / (1 + np.exp(-(X @ ends[0])))
hess = (X.T * q * (1 - q)) @ X / len(y) + lam * np.eye(2)
print("eigvalsh(∇²J) =", np.linalg.eigvalsh(hess).round(4))
