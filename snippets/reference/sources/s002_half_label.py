import numpy as np

# Binary cross-entropy for a soft label y = 0.5, over a grid of predictions a.
y = 0.5
a = np.linspace(0.01, 0.99, 99)
ce = -(y * np.log(a) + (1 - y) * np.log(1 - a))
entropy = -(y * np.log(y) + (1 - y) * np.log(1 - y))

best = ce.argmin()
print(f"a[best] = {a[best]:.1f}")
print(f"ce[best] = {ce[best]:.4f} ≠ 0")
print(f"entropy = ln 2 = {entropy:.4f}")
print(f"D_KL = ce[best] - entropy = {ce[best] - entropy:.4f}")
