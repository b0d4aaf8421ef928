import warnings

import numpy as np
import torch
import torch.nn as nn

import xent

rng = np.random.default_rng(0)
N, K, T = 4, 10, 4.0
v = torch.tensor(3 * rng.standard_normal((N, K)))  # teacher logits
z = torch.tensor(rng.standard_normal((N, K)))  # student logits
log_q = torch.log_softmax(z / T, dim=1)
log_p = torch.log_softmax(v / T, dim=1)

batchmean = T**2 * nn.KLDivLoss(reduction="batchmean", log_target=True)(log_q, log_p)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    mean = T**2 * nn.KLDivLoss(reduction="mean", log_target=True)(log_q, log_p)
print(f"{batchmean.item()=:.6f}")
print(f"{mean.item()=:.6f}")
ratio = batchmean / mean
print(f"ratio={ratio.item():.4f}  K={K}")
print(f"xent={xent.distillation_loss(z.numpy(), v.numpy(), T):.6f}")
print(f"{caught[0].category.__name__}: {str(caught[0].message)[:52]}…")
