import numpy as np

from arithmetic_coder import encode

p = np.array([1 / 2, 1 / 4, 1 / 8, 1 / 8])  # Bob
x = np.random.default_rng(2015).choice(4, size=10_000, p=p)

print("q(0)   H(p, q)  encode: bits/x")
for eps in (0.1, 0.01, 0.001, 0.0):
    q = np.array([eps, *(1 - eps) * np.array([1 / 2, 1 / 4, 1 / 4])])  # a model all but sure x = 0 never comes
    with np.errstate(divide="ignore"):
        ce = -(p * np.log2(q)).sum()
    try:
        print(f"{eps:<5}  {ce:.4f}   {8 * len(encode(x, q)) / len(x):.4f}")
    except ValueError as e:
        print(f"{eps:<5}  {ce:.4f}\nValueError: {e}")
