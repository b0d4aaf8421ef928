import numpy as np

p = np.linspace(0.001, 0.999, 999)  # step 0.001, includes 0.5
h = -p * np.log2(p) - (1 - p) * np.log2(1 - p)
best = np.argmax(h)
print(f"max H(p) = {h[best]:.4f} bits = H({p[best]:.3f})")

# The slope dH/dp = log2((1 - p) / p): positive below 0.5, zero at 0.5, negative above.
for q in (0.3, 0.5, 0.7):
    print(f"H'({q}) = {np.log2((1 - q) / q):+.4f}")

# With n outcomes the uniform distribution is the maximum: log2 n bits.
rng = np.random.default_rng(0)
dists = rng.dirichlet(np.ones(4), size=10_000)
entropies = -np.sum(dists * np.log2(dists), axis=1)
print(f"N = {len(dists)}: max(entropies) = {entropies.max():.4f} < log2 4 = {np.log2(4):.4f}")
