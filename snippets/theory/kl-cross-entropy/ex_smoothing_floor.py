import torch
from torch import nn

# 10 classes, label_smoothing = 0.1: the target is 0.91 for the true class,
# 0.01 for each of the other 9.
eps, n = 0.1, 10
p = torch.full((n,), eps / n)
p[0] += 1 - eps
h = -(p * p.log()).sum()
print(f"p = [{p[0].item():.2f}] + [{p[1].item():.2f}] * 9, H(p) = {h.item():.4f}")

# The best possible model predicts q = p exactly: logits = log p.
loss = nn.CrossEntropyLoss(label_smoothing=eps)(p.log().unsqueeze(0), torch.tensor([0]))
print(f"CrossEntropyLoss, q = p:     {loss.item():.4f}")
# Any other q does worse, e.g. a more confident one.
sharper = torch.tensor([[8.0] + [0.0] * 9])
print(f"CrossEntropyLoss, sharper q: "
      f"{nn.CrossEntropyLoss(label_smoothing=eps)(sharper, torch.tensor([0])).item():.4f}")
