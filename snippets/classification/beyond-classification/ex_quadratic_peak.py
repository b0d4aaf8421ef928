import math

import numpy as np

# Target y = 0: |dC/dz| is q^2 (1 - q) under the quadratic cost, q under cross-entropy.
q = np.linspace(0, 1, 30001)
quad = q**2 * (1 - q)
i = quad.argmax()
print(f"quadratic: largest |dC/dz| = {quad[i]:.4f} at q = {q[i]:.4f} (4/27 = {4 / 27:.4f})")
q0 = 1 / (1 + math.exp(-4.0))  # the start (w, b) = (2, 2) with x = 1
print(f"at q = {q0:.4f}: quadratic {q0**2 * (1 - q0):.4f}, cross-entropy {q0:.4f}")
