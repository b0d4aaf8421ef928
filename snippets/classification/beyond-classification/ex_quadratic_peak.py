import math

import numpy as np

# Target y = 0: |dC/dz| is q^2 (1 - q) under the quadratic cost, q under cross-entropy.
q = np.linspace(0, 1, 30001)
quad = q**2 * (1 - q)
i = quad.argmax()
print(f"MSE: max |∂C/∂z| = {quad[i]:.4f} (4/27 = {4 / 27:.4f}), argmax q = {q[i]:.4f}")
q0 = 1 / (1 + math.exp(-4.0))  # the start (w, b) = (2, 2) with x = 1
print(f"q = {q0:.4f}: |∂C/∂z| = {q0**2 * (1 - q0):.4f} (MSE), {q0:.4f} (CE)")
