import math

import numpy as np

import xent

# The best a batch of B unit vectors can do: a regular simplex, every
# positive at cosine 1 and every negative at -1 / (B - 1).
B = 256
e = np.eye(B) - 1 / B
e /= np.linalg.norm(e, axis=1, keepdims=True)
s = e @ e.T
print(f"s[0, 1] = {s[0, 1]:.6f}  -1/(B-1) = {-1 / (B - 1):.6f}")
for tau in [1, 0.1, 0.07]:
    floor = math.log(1 + (B - 1) * math.exp(-(1 + 1 / (B - 1)) / tau))
    print(f"tau={tau:<4}  xent={xent.info_nce(s, tau):.6f}  {floor=:.6f}")
