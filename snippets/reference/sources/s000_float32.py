import math

import numpy as np
import torch
from torch import nn

# Seed 000's first sample: logits (10, 0, -10), correct class 0.
logits = torch.tensor([[10.0, 0.0, -10.0]])
target = torch.tensor([0])
loss = nn.CrossEntropyLoss(reduction="none")

article = 4.5418e-05
exact = math.log1p(math.exp(-10) + math.exp(-20))
print(f"article               {article:.4e}")
print(f"float32               {loss(logits, target).item():.4e}")
print(f"float64               {loss(logits.double(), target).item():.4e}")
print(f"log1p(e^-10 + e^-20)  {exact:.4e}")
# The loss is log(1 + e^-10 + e^-20); float32 rounds the sum to a whole
# number of its steps near 1 (2^-23), and the log of that sum is the article's.
total = np.float32(1) + np.float32(math.exp(-10)) + np.float32(math.exp(-20))
steps = (math.exp(-10) + math.exp(-20)) / 2**-23
print(f"steps = (e^-10 + e^-20) / 2^-23 = {steps:.2f}")
print(f"(total - 1) / 2^-23 = {(total - 1) / 2**-23:.0f}")
print(f"log(total) = {np.log(total):.4e}")
