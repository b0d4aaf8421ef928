import numpy as np

# Binary cross-entropy for a soft label y = 0.5, over a grid of predictions a.
y = 0.5
a = np.linspace(0.01, 0.99, 99)
ce = -(y * np.log(a) + (1 - y) * np.log(1 - a))
entropy = -(y * np.log(y) + (1 - y) * np.log(1 - y))

best = ce.argmin()
print(f"minimum at a = {a[best]:.1f}")
print(f"cross-entropy there: {ce[best]:.4f} (article: 0)")
print(f"entropy of the label, ln 2: {entropy:.4f}")
print(f"KL divergence there: {ce[best] - entropy:.4f}")
