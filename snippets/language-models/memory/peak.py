import tracemalloc

import numpy as np

from chunked_xent import full, over_tokens, over_vocabulary

MiB = 2**20
rng = np.random.default_rng(0)
N, d, K = 2048, 128, 32768  # tokens, hidden size, classes
h = rng.standard_normal((N, d), dtype=np.float32)
W = rng.standard_normal((d, K), dtype=np.float32) / np.float32(np.sqrt(d))
y = rng.integers(K, size=N)
rows, cols = 256, 4096  # chunk sizes: 256 x K and N x 4096 are both 32 MiB


def peak_MiB(f, *args):
    """Largest memory NumPy held during f, above what was held before."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    f(*args)
    peak = tracemalloc.get_traced_memory()[1] - before
    tracemalloc.stop()
    return peak / MiB


size = np.float32().nbytes
grads = (N * d + d * K) * size / MiB  # dL/dh and dL/dW, the size of h and W
expected = {
    "full": 2 * N * K * size / MiB,  # z and dL/dz
    "over_tokens": 2 * rows * K * size / MiB + grads,  # one chunk's z and dL/dz
    "over_vocabulary": max(  # pass 1: z and its exp; pass 2: dL/dz and a product
        2 * N * cols * size / MiB,
        (N * cols + max(N * d, d * cols)) * size / MiB + grads,
    ),
}
measured = {
    "full": peak_MiB(full, h, W, y),
    "over_tokens": peak_MiB(over_tokens, h, W, y, rows),
    "over_vocabulary": peak_MiB(over_vocabulary, h, W, y, cols),
}
print(f"N = {N}, d = {d}, K = {K}, float32")
print("                 peak MiB  expected MiB  full / peak")  # peaks to whole MiB
for name in measured:
    ratio = measured["full"] / measured[name]
    print(f"{name:15}  {measured[name]:8.0f}  {expected[name]:12.0f}  {ratio:11.1f}")

# In float64 every array is twice as large: the expected peaks double, the ratios stay.
print("float64          expected MiB  full / expected")
for name in expected:
    ratio = expected["full"] / expected[name]
    print(f"{name:15}  {2 * expected[name]:12.0f}  {ratio:15.1f}")
