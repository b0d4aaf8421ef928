import numpy as np

# Fixed true p = (0.9, 0.1); the model q = (t, 1 - t) sweeps t. Bits.
p = np.array([0.9, 0.1])
t = np.linspace(0.02, 0.98, 481)
q = np.stack([t, 1 - t], axis=1)
ce = -(p * np.log2(q)).sum(axis=1)
kl = (p * np.log2(p / q)).sum(axis=1)
h = -(p * np.log2(p)).sum()

gap = ce - kl
print(f"H(p) = {h:.4f} bits; H(p, q) - D_KL(p || q) ∈ "
      f"[{gap.min():.4f}, {gap.max():.4f}]")
print(f"min H(p, q) = {ce.min():.4f} (t = {t[ce.argmin()]:.2f})")
print(f"min D_KL    = {kl.min():.4f} (t = {t[kl.argmin()]:.2f})")
