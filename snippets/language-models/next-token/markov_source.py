import numpy as np

K = 27  # the alphabet: a-z and the space, one byte each in ASCII
rng = np.random.default_rng(27)
# Order 1: the next character depends on the current one. A small Dirichlet
# concentration makes each row sparse, as in text: few letters follow a given one.
alpha = 0.2
P = rng.dirichlet(np.full(K, alpha), size=K)  # P[i, j] = P(next = j | current = i)

# The stationary distribution: pi = pi P, by power iteration from uniform.
pi = np.full(K, 1 / K)
for _ in range(1000):
    pi = pi @ P
pi /= pi.sum()

row_entropy = -np.sum(P * np.log(P, where=P > 0, out=np.zeros_like(P)), axis=1)
H_rate = pi @ row_entropy  # nats per character


def sample(n, seed):
    # n characters of the chain, started from pi, as integer codes 0 .. K-1.
    r = np.random.default_rng(seed)
    u = r.random(n)
    cum = np.cumsum(P, axis=1)
    x = np.empty(n, dtype=np.int64)
    x[0] = min(np.searchsorted(np.cumsum(pi), u[0]), K - 1)
    for t in range(1, n):
        x[t] = min(np.searchsorted(cum[x[t - 1]], u[t]), K - 1)
    return x


train = sample(50_000, seed=1)
val = sample(10_000, seed=2)

print(f"{K=}  {alpha=}  max |pi P - pi| = {np.abs(pi @ P - pi).max():.1e}")
print(f"H_rate = {H_rate:.4f} nats = {H_rate / np.log(2):.4f} bits")
print(f"row_entropy: min {row_entropy.min():.4f}, max {row_entropy.max():.4f}")
print(f"pi: min {pi.min():.4f}, max {pi.max():.4f}")
print(f"{len(train)=}  {len(val)=}")
