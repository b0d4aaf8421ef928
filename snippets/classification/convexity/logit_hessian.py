import numpy as np


def softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


def loss(z, y):
    """Softmax cross-entropy -sum y log q of one sample, from its logits."""
    return np.log(np.exp(z - z.max()).sum()) + z.max() - y @ z


z = np.array([2.0, 1.0, 0.1, -1.0])
y = np.array([0.0, 1.0, 0.0, 0.0])  # one-hot label, class 1
q = softmax(z)

# Gradient q - y; Hessian diag(q) - q q^T, which does not depend on y.
hess = np.diag(q) - np.outer(q, q)
eigenvalues, vectors = np.linalg.eigh(hess)  # ascending
v_0 = vectors[:, 0]
ones = np.ones_like(z)

np.set_printoptions(precision=4, suppress=True)
print("q           =", q)
print("∂L/∂z       =", q - y)
print("eigenvalues =", eigenvalues.round(4) + 0.0)  # + 0.0 prints -0.0 as 0.0
print("H @ 1       =", (hess @ ones).round(4) + 0.0)
cos = abs(v_0 @ ones) / np.linalg.norm(ones)  # v_0 has length 1
print(f"|cos(v_0, 1)| = {cos:.4f}")
print(f"L(z + 3) - L(z) = {loss(z + 3, y) - loss(z, y):.4f}")

# 1000 random logit vectors: one eigenvalue is 0 up to rounding, the rest > 0.
rng = np.random.default_rng(0)
lam = np.array([np.linalg.eigvalsh(np.diag(s) - np.outer(s, s)) for s in
                (softmax(rng.normal(scale=3, size=6)) for _ in range(1000))])
print(f"max |λ_0| < 1e-15: {np.abs(lam[:, 0]).max() < 1e-15}, min λ_1 = {lam[:, 1].min():.1e}")
