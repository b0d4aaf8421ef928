import numpy as np

# Olah's example: Bob's word frequencies p, and Alice's q, over four words.
p = np.array([1 / 2, 1 / 4, 1 / 8, 1 / 8])
q = np.array([1 / 8, 1 / 2, 1 / 4, 1 / 8])
np.set_printoptions(precision=4, floatmode="fixed")
for name, code in (("p", p), ("q", q)):
    bits = -np.log2(code)  # the codeword length of each word, in bits
    print(f"-log2 {name}(x) = {bits}  p @ bits = {p @ bits:.4f}")  # p @ bits: the mean length
H_p, H_pq = -(p * np.log2(p)).sum(), -(p * np.log2(q)).sum()
print(f"H(p) = {H_p:.4f}  H(p, q) = {H_pq:.4f}  D_KL(p‖q) = {(p * np.log2(p / q)).sum():.4f} bits")
