import itertools
from contextlib import redirect_stdout

import numpy as np

from arithmetic_coder import encode

with redirect_stdout(None):
    from codes import H, average_length, huffman_code, shannon_code

# Olah's "fractional bits": one event happens 71% of the time, the other 29%.
p = np.array([0.71, 0.29])
olah = {"-log2 p": "0.5, 1.7", 2: "1.8, 0.9"}  # what his post says
print(f"-log2 p = {-np.log2(p).round(4)} (olah: {olah['-log2 p']}), H(p) = {H(p, p):.4f} bits")
shannon, huffman = average_length(p, shannon_code(p)), average_length(p, huffman_code(p))
print(f"n = 1: shannon_code {shannon:.4f}, huffman_code {huffman:.4f} bits/x")
for n in (2, 3, 4, 8):
    # All 2**n blocks of n events (aa, ab, ba, bb for n = 2) and their probabilities.
    blocks = np.array([np.prod(b) for b in itertools.product(p, repeat=n)])
    bits = average_length(blocks, huffman_code(blocks))
    print(f"n = {n}: huffman_code(blocks) {bits:.4f} bits, / n = {bits / n:.4f} bits/x", end="")
    print(f" (olah: {olah[n]})" if n in olah else "")

x = np.random.default_rng(2015).choice(2, size=10_000, p=p)
ideal = -np.log2(p[x]).mean()
print(f"encode(x, p), len(x) = {len(x)}: {8 * len(encode(x, p)) / len(x):.4f} bits/x; ideal/x = {ideal:.4f}")
