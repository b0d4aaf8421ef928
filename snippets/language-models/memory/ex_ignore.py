import numpy as np
import torch
import torch.nn.functional as F

rng = np.random.default_rng(2)
N, K = 12, 5
z = rng.standard_normal((N, K))
y = rng.integers(K, size=N)
y[[5, 6, 8, 9, 10]] = -100  # padding tokens, which the loss ignores

ref = F.cross_entropy(torch.tensor(z), torch.tensor(y), ignore_index=-100).item()
total, count, means = 0.0, 0, []
for i in range(0, N, 4):  # token chunks of 4
    zc, yc = z[i : i + 4], y[i : i + 4]
    keep = yc != -100
    lse = np.log(np.exp(zc[keep]).sum(axis=1))
    losses = lse - zc[keep, yc[keep]]
    total, count = total + losses.sum(), count + int(keep.sum())
    means.append(losses.mean())
print(f"{ref=:.6f}")
print(f"total / count = {total / count:.6f}  ({count=})")
print(f"mean(means) = {np.mean(means):.6f}  (means = {np.round(means, 4)})")
