import math

import numpy as np
import torch
from torch import nn
import torch.nn.functional as F

# Seed 000's example: a confident, correct row and a row that cannot decide.
logits = torch.tensor([[10.0, 0.0, -10.0],
                       [8.0, 8.0, 8.0]])
target = torch.tensor([0, 2])

ce = nn.CrossEntropyLoss(reduction="none")(logits, target)
nll = nn.NLLLoss(reduction="none")(F.log_softmax(logits, dim=1), target)
print(ce)
print(torch.equal(ce, nll))

# The same losses in float64, and in closed form: log(1 + e^-10 + e^-20), log 3.
print(nn.CrossEntropyLoss(reduction="none")(logits.double(), target))
print(f"{math.log1p(math.exp(-10) + math.exp(-20)):.4e}")
print(f"{math.log(3):.4f}")

# Why float32 is off: after subtracting the maximum, the loss is the log of
# 1 + e^-10 + e^-20, and float32 stores that sum in whole steps of 2^-23.
total = np.float32(1) + np.float32(math.exp(-10)) + np.float32(math.exp(-20))
print(f"float32 total = 1 + {(total - 1) / 2**-23:.0f} · 2^-23; log(total) = {np.log(total):.4e}")
