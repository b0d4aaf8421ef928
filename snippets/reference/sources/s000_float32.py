import math

import torch
from torch import nn

# Seed 000's first sample: logits (10, 0, -10), correct class 0.
logits = torch.tensor([[10.0, 0.0, -10.0]])
target = torch.tensor([0])
loss = nn.CrossEntropyLoss(reduction="none")

print(f"article  {4.5418e-05:.4e}")
print(f"float32  {loss(logits, target).item():.4e}")
print(f"float64  {loss(logits.double(), target).item():.4e}")
print(f"exact    {math.log1p(math.exp(-10) + math.exp(-20)):.4e}")
# Near 10, neighbouring float32 values are this far apart, so a result of
# 10.0000454 keeps only two or three significant digits of the 0.0000454.
print(f"float32 spacing at 10: {torch.finfo(torch.float32).eps * 8:.4e}")
