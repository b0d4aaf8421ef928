from math import comb, log2

p = 0.3
two_outcomes = -(p * log2(p) + (1 - p) * log2(1 - p))
print(f"p = {p}: -p log2 p - (1 - p) log2(1 - p) = {two_outcomes:.4f} bits")
print(" n  n + 1  H (bits)")
# A binomial distribution counts successes in n trials: n + 1 outcomes.
for n in (1, 2, 10):
    probs = [comb(n, k) * p**k * (1 - p) ** (n - k) for k in range(n + 1)]
    print(f"{n:>2}  {n + 1:>5}  {-sum(q * log2(q) for q in probs):>8.4f}")
