import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

rng = np.random.default_rng(0)
N, K, T = 4, 10, 4.0
v = torch.tensor(3 * rng.standard_normal((N, K)))  # teacher logits
p_T = torch.softmax(v / T, dim=1)  # soft targets
kl = nn.KLDivLoss(reduction="batchmean", log_target=True)

z1 = torch.tensor(rng.standard_normal((N, K)), requires_grad=True)
z2 = z1.detach().clone().requires_grad_()
# Cross-entropy with probability targets, against the KL divergence.
ce = T**2 * F.cross_entropy(z1 / T, p_T)
d = T**2 * kl(torch.log_softmax(z2 / T, dim=1), torch.log_softmax(v / T, dim=1))
ce.backward()
d.backward()
entropy = T**2 * -(p_T * p_T.log()).sum(1).mean()  # T**2 * H(p_T), per sample
print(f"{ce.item()=:.4f}  {d.item()=:.4f}  {entropy.item()=:.4f}")
print(f"ce - d = {(ce - d).item():.4f}")
print(f"max|grad ce - grad d| = {(z1.grad - z2.grad).abs().max().item():.1e}")
