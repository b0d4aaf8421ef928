import math

import numpy as np
import torch
import torch.nn.functional as F

# Seed 000's confident row: logits [10, 0, -10], correct class 0.
row = [10.0, 0.0, -10.0]
exact = math.log1p(math.exp(-10) + math.exp(-20))   # log(1 + e^-10 + e^-20)
for dtype in (torch.float32, torch.float64):
    loss = -torch.log_softmax(torch.tensor(row, dtype=dtype), dim=0)[0]
    print(f"{str(dtype):<14} {loss.item():.4e}")
print(f"{'exact':<14} {exact:.4e}")

# Why: the loss is logsumexp(z) - 10, and logsumexp(z) is a hair above 10.
# Next to 10, float32 can only step in units of about 1e-6:
print(f"float32 step at 10: {np.spacing(np.float32(10)):.4e}")
lse32 = torch.logsumexp(torch.tensor(row), dim=0)
print(f"float32 logsumexp: {lse32.item():.10f}")

# Seed 002 printed the same loss, log(1 + e^-1), twice with different digits:
# 0.3132617 from the sigmoid form and 0.31326166 from the softmax form. Both
# are float32 results, one float32 step apart; float64 settles it.
sig = F.binary_cross_entropy_with_logits(torch.tensor([1.0]), torch.tensor([1.0]))
soft = F.cross_entropy(torch.tensor([[1.0, 2.0]]), torch.tensor([1]))
print("sigmoid form, float32:", np.float32(sig.item()))
print("softmax form, float32:", np.float32(soft.item()))
print(f"steps apart: {(sig - soft).item() / np.spacing(np.float32(0.3)):.0f}")
print(f"exact: {math.log1p(math.exp(-1)):.10f}")
