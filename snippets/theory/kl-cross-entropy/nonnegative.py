import numpy as np

rng = np.random.default_rng(0)


def kl(p, q):
    return np.sum(p * np.log(p / q), axis=-1)


# 100000 pairs of random distributions over 5 outcomes.
p = rng.dirichlet(np.ones(5), size=100_000)
q = rng.dirichlet(np.ones(5), size=100_000)
d = kl(p, q)
print(f"N = {len(d)}: min D_KL(p || q) = {d.min():.6f}")
print("any(D_KL < 0):", bool((d < 0).any()))

# Slide the first q towards its p: m = p + t (q - p). At t = 0, m is p.
for t in [1.0, 0.5, 0.1, 0.01, 0.0]:
    m = p[0] + t * (q[0] - p[0])
    print(f"t = {t:<5} D_KL(p || m) = {kl(p[0], m):.6f}")
