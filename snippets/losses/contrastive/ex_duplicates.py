import math

import numpy as np

import xent

# Eight pairs, perfectly aligned, but pairs 0 and 1 are the same picture
# with the same caption: s[0, 1] = s[1, 0] = 1 as well.
B = 8
s = np.full((B, B), -0.1)
np.fill_diagonal(s, 1.0)
s[0, 1] = s[1, 0] = 1.0
for tau in [0.1, 0.03, 0.01]:
    loss = xent.info_nce(s, tau)
    print(f"tau={tau:<4}  {loss=:.6f}")
print(f"2 ln 2 / B = {2 * math.log(2) / B:.6f}")
