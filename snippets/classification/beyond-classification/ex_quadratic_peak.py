import math

import numpy as np

# Target y = 0: |dC/dz| is a^2 (1 - a) under the quadratic cost, a under cross-entropy.
a = np.linspace(0, 1, 30001)
quad = a**2 * (1 - a)
i = quad.argmax()
print(f"quadratic: largest |dC/dz| = {quad[i]:.4f} at a = {a[i]:.4f} (4/27 = {4 / 27:.4f})")
a0 = 1 / (1 + math.exp(-4.0))  # the start (w, b) = (2, 2) with x = 1
print(f"at a = {a0:.4f}: quadratic {a0**2 * (1 - a0):.4f}, cross-entropy {a0:.4f}")
