import warnings

import numpy as np

z = np.array([1000.0, 0.0, -1000.0])

# Naive softmax: exp(1000) overflows to inf, and inf / inf is nan.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    naive = np.exp(z) / np.exp(z).sum()
print("naive:", naive)
for w in caught:  # NumPy warns instead of failing; show its warnings here
    print("  RuntimeWarning:", w.message)

# Log-sum-exp: subtract the maximum first; the largest exponent is exp(0) = 1.
shifted = z - z.max()
log_probs = shifted - np.log(np.exp(shifted).sum())
print("log_probs:", log_probs)
print("softmax:", np.exp(log_probs))
