import torch
from torch import nn

logits = torch.tensor([2.0, -1.0, 0.5, -3.0])
labels = torch.tensor([1.0, 0.0, 1.0, 1.0])

a = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([3.0]))(logits, labels)
b = nn.BCEWithLogitsLoss(weight=1 + 2 * labels)(logits, labels)  # 3 for positives, 1 else
print(f"{a:.4f} {b:.4f} {torch.allclose(a, b)}")
