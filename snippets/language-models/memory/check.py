import numpy as np

from chunked_xent import full, over_tokens, over_vocabulary

rng = np.random.default_rng(0)
N, d, K = 384, 32, 1000  # tokens, hidden size, classes
h = rng.standard_normal((N, d))
W = rng.standard_normal((d, K)) / np.sqrt(d)
y = rng.integers(K, size=N)

loss, dh, dW = full(h, W, y)
print(f"{loss=:.8f}, log K = {np.log(K):.8f}")
# The differences are float64 rounding, 1e-15 and below; their last digits change
# with the BLAS kernel and thread count, so only the bound is printed.
print("|Δ| < 1e-14:")
print("name             chunk  |Δloss|       max|Δ ∂L/∂h|  max|Δ ∂L/∂W|")
for name, chunk, (l2, dh2, dW2) in (
    ("over_tokens", 100, over_tokens(h, W, y, chunk=100)),
    ("over_vocabulary", 256, over_vocabulary(h, W, y, chunk=256)),
):
    diffs = [abs(l2 - loss), abs(dh2 - dh).max(), abs(dW2 - dW).max()]
    print(f"{name:15}  {chunk:<5}  " + "  ".join(f"{x < 1e-14!s:12}" for x in diffs).rstrip())
