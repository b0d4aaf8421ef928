from math import comb, log2

p = 0.3
two_outcomes = -(p * log2(p) + (1 - p) * log2(1 - p))
print(f"-p log p - (1 - p) log(1 - p) = {two_outcomes:.4f} bits")
# A binomial distribution counts successes in n trials: n + 1 outcomes.
for n in (1, 2, 10):
    probs = [comb(n, k) * p**k * (1 - p) ** (n - k) for k in range(n + 1)]
    print(
        f"binomial n = {n:>2}: {n + 1:>2} outcomes, entropy {-sum(q * log2(q) for q in probs):.4f} bits"
    )
