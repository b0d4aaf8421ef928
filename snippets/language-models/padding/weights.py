from contextlib import redirect_stdout

import torch

with redirect_stdout(None):
    from padded_batch import labels, loss_of, model

params = list(model.parameters())


def grad_of(loss):
    return torch.cat([g.flatten() for g in torch.autograd.grad(loss, params)])


micro = [[0], [1], [2]]
M = len(micro)
n = torch.tensor([(labels[rows] != -100).sum().item() for rows in micro], dtype=torch.float64)  # real tokens each
N = n.sum()

# Each micro-batch's share of the right gradient: the gradient of its summed loss, over N.
share = [grad_of(loss_of(rows, reduction="sum") / N) for rows in micro]
# The wrong way gives each of its tokens the weight 1/(M n_j) instead of 1/N.
c = N / (M * n)

print("j  n[j]  1/(M n[j])  1/N     c[j] = N/(M n[j])")
for j in range(M):
    print(f"{j}  {int(n[j]):<4}  {1 / (M * n[j]):.4f}      {1 / N:.4f}  {c[j]:.4f}")

g_full = grad_of(loss_of(slice(None)))
g_wrong = grad_of(sum(loss_of(rows) / M for rows in micro))
print(f"max|sum(share) - g_full|             = {(sum(share) - g_full).abs().max():.1e}")
print(f"max|sum(c[j] * share[j]) - g_wrong|  = {(sum(cj * s for cj, s in zip(c, share)) - g_wrong).abs().max():.1e}")
