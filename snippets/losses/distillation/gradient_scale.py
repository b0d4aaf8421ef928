import numpy as np
import torch
import torch.nn as nn

rng = np.random.default_rng(0)
N, K = 4, 10
v = torch.tensor(3 * rng.standard_normal((N, K)))  # teacher logits
z0 = rng.standard_normal((N, K))  # student logits
kl = nn.KLDivLoss(reduction="batchmean", log_target=True)

# The limit T**2 * dKL/dz tends to: centred logits, z - v, over N * K.
zc, vc = z0 - z0.mean(1, keepdims=True), v.numpy() - v.numpy().mean(1, keepdims=True)
limit = np.linalg.norm(zc - vc) / (N * K)

for T in [1, 2, 4, 8]:
    z = torch.tensor(z0, requires_grad=True)
    log_q = torch.log_softmax(z / T, dim=1)
    log_p = torch.log_softmax(v / T, dim=1)
    kl(log_q, log_p).backward()  # KL(p_T || q_T) without T**2
    g = z.grad.norm().item()
    # By hand: dKL/dz = (q_T - p_T) / (N T), and q_T - p_T shrinks like 1/T too.
    q_T, p_T = log_q.exp(), log_p.exp()
    gap = (q_T - p_T).norm().item()
    print(f"T={T}  |g|={g:.6f}  T*|q_T-p_T|={T * gap:.4f}  T^2*|g|={T**2 * g:.4f}")
print(f"limit={limit:.4f}")
