import numpy as np
from scipy.special import logsumexp

rng = np.random.default_rng(1)
z = rng.normal(scale=30, size=10_000)  # one row of logits
blocks = np.array_split(z, 10)


def summary(block):
    """(max, sum of exp(block - max)): all one block has to report."""
    m = block.max()
    return m, np.exp(block - m).sum()


def merge(a, b):
    m = max(a[0], b[0])
    return m, a[1] * np.exp(a[0] - m) + b[1] * np.exp(b[0] - m)


parts = [summary(b) for b in blocks]
left = parts[0]
for part in parts[1:]:  # left to right, as the online recurrence does
    left = merge(left, part)
order = rng.permutation(10)
shuffled = parts[order[0]]
for i in order[1:]:  # any order
    shuffled = merge(shuffled, parts[i])
tree = parts
while len(tree) > 1:  # in pairs, as parallel workers would
    tree = [merge(*tree[i : i + 2]) if i + 1 < len(tree) else tree[i] for i in range(0, len(tree), 2)]
exact = logsumexp(z)
print(f"logsumexp(z) = {exact:.10f}")
for name, (m, s) in (("left", left), ("shuffled", shuffled), ("tree", tree[0])):
    print(f"{name:8}  m + log s - logsumexp(z) = {m + np.log(s) - exact:.1e}")
