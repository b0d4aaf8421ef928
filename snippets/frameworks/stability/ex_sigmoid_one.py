import torch
import torch.nn.functional as F

# The smallest logit (on a grid of 0.01) where sigmoid rounds to exactly 1.
z = torch.arange(0, 50, 0.01, dtype=torch.float64)
for dtype in (torch.float32, torch.float64):
    ones = torch.sigmoid(z.to(dtype)) == 1
    print(f"{str(dtype):<14} z ≥ {z[ones][0].item():.2f} → sigmoid(z) == 1")

# Past that point, BCELoss takes log(1 - q) = log 0 for label 0 and clamps it at -100.
z17, label = torch.tensor([17.0]), torch.tensor([0.0])
q = torch.sigmoid(z17)
on_probs = F.binary_cross_entropy(q, label).item()
on_logit = F.binary_cross_entropy_with_logits(z17, label).item()
print(f"z = 17, y = 0: q = {q.item()}   binary_cross_entropy: {on_probs}")
print(f"binary_cross_entropy_with_logits: {on_logit:.4f}")
