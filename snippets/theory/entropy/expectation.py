import numpy as np

# Tomorrow's weather, with made-up probabilities: sunny, cloudy, rain.
p = np.array([0.5, 0.25, 0.25])

info = -np.log2(p)        # information content of each outcome, in bits
entropy = np.sum(p * info)  # its expectation: H(p) = -sum p log2 p
print("I(x) =", info)
print(f"H(p) = {entropy:.4f} bits")

# The same expectation estimated from simulated days.
rng = np.random.default_rng(0)
days = rng.choice(3, size=100_000, p=p)
sample = info[days]
print(f"N = {sample.size}: mean(I) = {sample.mean():.4f} bits")
se = sample.std() / np.sqrt(sample.size)  # std / sqrt(n)
print(f"std(I) / sqrt(N) = {se:.4f} bits")
