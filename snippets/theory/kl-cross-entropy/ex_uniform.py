import numpy as np

rng = np.random.default_rng(1)
n = 4
u = np.full(n, 1 / n)  # the uniform model
print(f"log {n} = {np.log(n):.4f}")
for p in rng.dirichlet(np.ones(n), size=3):
    ce = -(p * np.log(u)).sum()
    h = -(p * np.log(p)).sum()
    kl = (p * np.log(p / u)).sum()
    print(f"H(p, u) = {ce:.4f}   log {n} - H(p) = {np.log(n) - h:.4f}   D_KL(p || u) = {kl:.4f}")
