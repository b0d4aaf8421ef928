import numpy as np


def cross_entropy_bits(p, q):
    return -np.sum(p * np.log2(q))


p = np.array([0.9, 0.1])
q1 = np.array([0.6, 0.4])
q2 = np.array([0.8, 0.2])

print("p =", p, " q1 =", q1, " q2 =", q2)
print(f"{'':<12}{'article':>8}{'value':>8}")
for name, article, value in [
    ("H(p, q1)", "0.79", cross_entropy_bits(p, q1)),
    ("H(p, q2)", "0.42", cross_entropy_bits(p, q2)),
    ("H(q2, p)", "1.45", cross_entropy_bits(q2, p)),
]:
    print(f"{name:<12}{article:>8}{value:>8.4f}")

# Its identity H(p, q) = H(p) + D_KL(p || q) does hold:
h = cross_entropy_bits(p, p)
kl = np.sum(p * np.log2(p / q1))
print(f"H(p) = {h:.4f}, D_KL(p‖q1) = {kl:.4f}, sum = {h + kl:.4f}")
