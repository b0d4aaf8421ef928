import math

import numpy as np
import torch
import torch.nn.functional as F

# Seed 000's confident row: logits [10, 0, -10], correct class 0.
row = [10.0, 0.0, -10.0]
exact = math.log1p(math.exp(-10) + math.exp(-20))  # log(1 + e^-10 + e^-20)
for dtype in (torch.float32, torch.float64):
    loss = -torch.log_softmax(torch.tensor(row, dtype=dtype), dim=0)[0]
    print(f"{str(dtype):<14} {loss.item():.4e}")
print(f"{'exact':<14} {exact:.4e}")

# Why: log-softmax subtracts the maximum (10) first, so the loss is
# log(1 + e^-10 + e^-20). In float32 that sum is rounded just above 1,
# where neighbouring numbers are 2^-23 apart.
e10 = np.float32(math.exp(-10))
e20 = np.float32(math.exp(-20))
total = np.float32(1) + e10 + e20
step = np.spacing(np.float32(1))
print(f"float32 step: {step:.4e} (2^-23 = {2.0**-23:.4e})")
steps = (math.exp(-10) + math.exp(-20)) / 2**-23
print(f"e^-10 + e^-20 = {steps:.2f} · 2^-23; float32 total = 1 + {(total - 1) / 2**-23:.0f} · 2^-23")
print(f"float32 log(total):             {np.log(total):.4e}")
# log1p takes the small part, e^-10 + e^-20, and never adds the 1:
print(f"float32 log1p(e^-10 + e^-20):   {np.log1p(e10 + e20):.4e}")

# Seed 002 printed the same loss, log(1 + e^-1), twice with different digits:
# 0.3132617 from the sigmoid form and 0.31326166 from the softmax form. Both
# are float32 results, one float32 step apart; float64 settles it.
sig = F.binary_cross_entropy_with_logits(torch.tensor([1.0]), torch.tensor([1.0]))
soft = F.cross_entropy(torch.tensor([[1.0, 2.0]]), torch.tensor([1]))
print("sig, float32: ", np.float32(sig.item()))
print("soft, float32:", np.float32(soft.item()))
print(f"(sig - soft) / spacing: {(sig - soft).item() / np.spacing(np.float32(0.3)):.0f}")
exact_002 = math.log1p(math.exp(-1))
print(f"exact: {exact_002:.10f}")
print("float32(exact) == float32(sig):", np.float32(exact_002) == np.float32(sig.item()))
