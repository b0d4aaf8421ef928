import numpy as np

import xent

# q = 0 for a positive label: -log 0 would be inf; each log is clamped at -100.
print(f"{xent.binary_cross_entropy(np.array([0.0]), np.array([1.0])):.4f}")
print(f"{xent.binary_cross_entropy(np.array([1e-50]), np.array([1.0])):.4f}")
print(f"{-np.log(1e-50):.4f}")  # what -log q would be, over the clamp
