import numpy as np


def entropy(p):
    return -np.sum(p * np.log(p))


p = np.array([0.7, 0.2, 0.1])
q = np.array([0.5, 0.3, 0.2])
kl = np.sum(p * np.log(p / q))
print(f"D_KL(p‖q) = {kl:.4f}; H(p, q) - H(p) = {-np.sum(p * np.log(q)) - entropy(p):.4f}")
print(f"H(q) - H(p) = {entropy(q) - entropy(p):.4f} ≠ D_KL(p‖q)")
# "Relative": measured against a reference distribution. Against the uniform one,
# entropy itself is log K minus the relative entropy.
u = np.full(3, 1 / 3)
print(f"H(p) = {entropy(p):.4f}; log 3 - D_KL(p‖u) = {np.log(3) - np.sum(p * np.log(p / u)):.4f}")
