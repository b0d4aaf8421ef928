import torch
from torch import nn

import xent

logits = torch.tensor([2.0, -1.0, 0.5, -3.0], dtype=torch.float64)
labels = torch.tensor([1.0, 0.0, 1.0, 1.0], dtype=torch.float64)

on_probs = nn.BCELoss()(torch.sigmoid(logits), labels)     # sigmoid first, then BCE
on_logits = nn.BCEWithLogitsLoss()(logits, labels)         # both in one step
print(f"BCELoss(sigmoid(z)): {on_probs:.4f}   BCEWithLogitsLoss(z): {on_logits:.4f}")

# pos_weight multiplies the loss of every positive label (one value per class).
weighted = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([3.0], dtype=torch.float64))
print(f"pos_weight=3: {weighted(logits, labels):.4f}")
per_element = nn.BCEWithLogitsLoss(reduction="none")(logits, labels)
print("per_element:", per_element.numpy().round(4))
print("|weighted - xent| < 1e-12:", abs(weighted(logits, labels).item() - xent.binary_cross_entropy_with_logits(
    logits.numpy(), labels.numpy(), pos_weight=3.0)) < 1e-12)
