from contextlib import redirect_stdout

import numpy as np

with redirect_stdout(None):
    from codes import H, average_length, huffman_code, p, q, shannon_code

q2 = (p + q) / 2  # a model half way from Alice's frequencies to Bob's
shannon_q2, huffman_q2 = shannon_code(q2), huffman_code(q2)
print("x  p(x)   q2(x)   -log2 q2  shannon_q2  huffman_q2")
for x in range(4):
    print(f"{x}  {p[x]:<5}  {q2[x]:<6}  {-np.log2(q2[x]):.4f}    {shannon_q2[x]:10}  {huffman_q2[x]}")
print()
h, ce = H(p, p), H(p, q2)
for name, code in (("shannon_q2", shannon_q2), ("huffman_q2", huffman_q2)):
    length = average_length(p, code)
    print(
        f"x ~ p, {name}: {length:.4f} bits/x = H(p) + {length - h:.4f};"
        f" sum 2**-len = {sum(2.0 ** -len(w) for w in code)}"
    )
print(f"H(p, q2) = {ce:.4f} <= {average_length(p, shannon_q2):.4f} < H(p, q2) + 1 = {ce + 1:.4f}")
print(f"D_KL(p || q2) = {ce - h:.4f} bits")
# A code whose sum 2**-len is 1 is itself a model: r(x) = 2**-len, the length is H(p, r).
r = np.array([2.0 ** -len(w) for w in huffman_q2])
print(f"r = 2**-len(huffman_q2) = {r}")
print(f"H(p, r) = {H(p, r):.4f} = H(p) + D_KL(p || r) = {h:.4f} + {H(p, r) - h:.4f}")
