import math

import numpy as np

# A logit of 1 is not a prediction of 1: as a probability it is sigmoid(1).
p = 1 / (1 + math.exp(-1))
print(f"sigmoid(1) = {p:.4f}, -ln sigmoid(1) = {-math.log(p):.4f}")

# A predicted probability of exactly 1 is clipped to 1 - 1e-7, which float32
# rounds to 1 - 2**-23; the "loss" left over is float32 rounding, nothing more.
clipped = np.float32(1 - 1e-7)
print(clipped, np.float32(1) - clipped, np.float32(2.0**-23))
