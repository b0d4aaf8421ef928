import torch
from torch.nn import BCELoss, BCEWithLogitsLoss

# A very confident, wrong prediction: logit 40, label 0. The true loss is
# softplus(40) = 40 + log(1 + e^-40), which is 40 to 17 digits.
z = torch.tensor([40.0])
label = torch.tensor([0.0])

q = torch.sigmoid(z)
print(f"sigmoid(40), float32: {q.item()!r}")         # rounds to exactly 1
print(f"BCELoss:           {BCELoss()(q, label).item():.4f}")   # log(1 - 1) clamped to -100
print(f"BCEWithLogitsLoss: {BCEWithLogitsLoss()(z, label).item():.4f}")
