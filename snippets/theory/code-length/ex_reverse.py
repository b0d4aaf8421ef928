import numpy as np

from arithmetic_coder import encode

p = np.array([1 / 2, 1 / 4, 1 / 8, 1 / 8])  # Bob
q = np.array([1 / 8, 1 / 2, 1 / 4, 1 / 8])  # Alice
x = np.random.default_rng(2015).choice(4, size=10_000, p=q)  # now Alice speaks: x ~ q

for name, model in (("q", q), ("p", p)):
    bits = 8 * len(encode(x, model)) / len(x)
    print(f"x ~ q, model {name}: {bits:.4f} bits/x;  H(q, {name}) = {-(q * np.log2(model)).sum():.4f}")
print(f"D_KL(q || p) = {(q * np.log2(q / p)).sum():.4f}, D_KL(p || q) = {(p * np.log2(p / q)).sum():.4f}")
