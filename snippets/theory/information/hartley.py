import math

# m equally likely symbols: each has p = 1/m, so -log2 p = log2 m (Hartley).
print(f"{'m':>3} {'log2 m':>8} {'-log2(1/m)':>11}")
for m in (2, 4, 8, 10, 26):
    print(f"{m:>3} {math.log2(m):8.4f} {-math.log2(1 / m):11.4f}")

# A string of n such symbols has m**n equally likely values: n * log2 m bits.
n, m = 3, 26
print(f"n = {n}: log2({m}**{n}) = {math.log2(m**n):.4f} = {n} * {math.log2(m):.4f}")
