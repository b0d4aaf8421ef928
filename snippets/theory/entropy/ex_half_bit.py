import math


def h(p):
    return -p * math.log2(p) - (1 - p) * math.log2(1 - p)


# H rises on (0, 0.5], so bisection finds the p below 0.5 with H(p) = 0.5 bit.
lo, hi = 1e-12, 0.5
for _ in range(60):
    mid = (lo + hi) / 2
    lo, hi = (mid, hi) if h(mid) < 0.5 else (lo, mid)
print(f"p = {lo:.4f}, 1 - p = {1 - lo:.4f}, H(p) = {h(lo):.4f} bits")
