import numpy as np

# log(e^1000 + e^1000) = 1000 + log 2, although e^1000 is inf.
with np.errstate(over="ignore"):
    print(np.log(np.exp(1000.0) + np.exp(1000.0)))
print(f"{np.logaddexp(1000.0, 1000.0):.4f}")
m = 1000.0
print(f"{m + np.log(np.exp(1000.0 - m) + np.exp(1000.0 - m)):.4f}")
