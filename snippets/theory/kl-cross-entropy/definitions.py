import numpy as np

p = np.array([0.5, 0.3, 0.2])  # the true distribution
q = np.array([0.4, 0.4, 0.2])  # the model's distribution

entropy = -np.sum(p * np.log(p))            # H(p)
cross_entropy = -np.sum(p * np.log(q))      # H(p, q)
kl = np.sum(p * np.log(p / q))              # D_KL(p || q)

print(f"H(p)            = {entropy:.4f}")
print(f"H(p, q)         = {cross_entropy:.4f}")
print(f"D_KL(p || q)    = {kl:.4f}")
print(f"H(p) + D_KL     = {entropy + kl:.4f}")
print(np.isclose(cross_entropy, entropy + kl))
