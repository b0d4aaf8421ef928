import torch

# The smallest logit (on a grid of 0.01) where sigmoid rounds to exactly 1.
z = torch.arange(0, 50, 0.01, dtype=torch.float64)
for dtype in (torch.float32, torch.float64):
    ones = torch.sigmoid(z.to(dtype)) == 1
    print(f"{str(dtype):<14} sigmoid(z) == 1 from z = {z[ones][0].item():.2f}")
