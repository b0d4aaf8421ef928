import torch
from torch import nn
import torch.nn.functional as F

import xent

p = torch.tensor([[0.7, 0.2, 0.1],
                  [0.1, 0.1, 0.8]], dtype=torch.float64)   # targets
logits = torch.tensor([[2.0, 0.5, -1.0],
                       [-0.5, 0.2, 2.5]], dtype=torch.float64)
log_q = F.log_softmax(logits, dim=1)                       # model, as log q

exact = (p * (p.log() - log_q)).sum(dim=1)                 # D_KL(p || q) per row
print("D_KL(p‖q):", exact.numpy().round(4), " exact.mean():", f"{exact.mean():.4f}")

batchmean = nn.KLDivLoss(reduction="batchmean")(log_q, p)
mean = nn.KLDivLoss(reduction="mean")(log_q, p)
with_log = nn.KLDivLoss(reduction="batchmean", log_target=True)(log_q, p.log())
print(f"batchmean: {batchmean:.4f}   mean: {mean:.4f} = {batchmean:.4f} / {p.shape[1]}")
print(f"log_target=True: {with_log:.4f}")
print("|batchmean - xent| < 1e-12:", abs(batchmean.item() - xent.kl_div(log_q.numpy(), p.numpy(),
                                                          reduction="batchmean")) < 1e-12)

# H(p, q) = H(p) + D_KL(p || q): soft-target cross-entropy minus the entropy.
ce = F.cross_entropy(logits, p)
entropy = -(p * p.log()).sum(dim=1).mean()
print(f"H(p, q) - H(p) = {ce:.4f} - {entropy:.4f} = {ce - entropy:.4f}")
