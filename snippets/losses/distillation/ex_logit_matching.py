import numpy as np
import torch
import torch.nn as nn

rng = np.random.default_rng(0)
N, K = 4, 10
v = torch.tensor(3 * rng.standard_normal((N, K)))  # teacher logits
z0 = rng.standard_normal((N, K))  # student logits
kl = nn.KLDivLoss(reduction="batchmean", log_target=True)

# Matching centred logits: the gradient of sum((zc - vc)**2) / (2 N K).
zc = z0 - z0.mean(1, keepdims=True)
vc = v.numpy() - v.numpy().mean(1, keepdims=True)
mse = ((zc - vc) ** 2).sum() / (2 * N * K)
g_mse = (zc - vc) / (N * K)

for T in [1, 10, 100, 1000]:
    z = torch.tensor(z0, requires_grad=True)
    loss = T**2 * kl(torch.log_softmax(z / T, dim=1), torch.log_softmax(v / T, dim=1))
    loss.backward()
    diff = np.abs(z.grad.numpy() - g_mse).max()
    print(f"T={T:<4}  loss={loss.item():.6f}  max|g - g_mse|={diff:.2e}")
print(f"{mse=:.6f}")
