import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

rng = np.random.default_rng(0)
N, K = 4, 10
v = torch.tensor(3 * rng.standard_normal((N, K)))  # teacher logits
z0 = rng.standard_normal((N, K))  # student logits
y = torch.tensor(rng.integers(0, K, N))  # hard labels
kl = nn.KLDivLoss(reduction="batchmean", log_target=True)
alpha = 0.5  # weight of the soft term


def parts(T, factor):
    """Soft and hard terms, and the size of each one's gradient in z."""
    z = torch.tensor(z0, requires_grad=True)
    soft = factor * kl(F.log_softmax(z / T, dim=1), F.log_softmax(v / T, dim=1))
    (g_soft,) = torch.autograd.grad(soft, z, retain_graph=True)
    hard = F.cross_entropy(z, y)
    (g_hard,) = torch.autograd.grad(hard, z)
    return soft, hard, g_soft.norm().item(), g_hard.norm().item()


soft, hard, _, _ = parts(4, 4**2)
loss = alpha * soft + (1 - alpha) * hard
print(f"T=4  {alpha=}  {soft.item()=:.4f}  {hard.item()=:.4f}  {loss.item()=:.4f}")
# |grad soft| / |grad hard|, with T**2 and without it
for T in [1, 2, 4, 8]:
    _, _, with_t2, g_hard = parts(T, T**2)
    _, _, without, _ = parts(T, 1)
    print(f"T={T}  T^2: {with_t2 / g_hard:.4f}   1: {without / g_hard:.4f}")
