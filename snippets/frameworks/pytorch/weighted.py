import numpy as np
import torch
from torch import nn

import xent  # the NumPy reference, for a cross-check

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 1.5, 0.3],
                       [-0.5, 0.2, 2.5],
                       [1.0, 1.0, 1.0]], dtype=torch.float64)
target = torch.tensor([0, 1, 2, -100])  # -100 is the default ignore_index
weight = torch.tensor([1.0, 2.0, 0.5], dtype=torch.float64)

for reduction in ("none", "sum", "mean"):
    loss = nn.CrossEntropyLoss(weight=weight, reduction=reduction)(logits, target)
    ours = xent.cross_entropy(logits.numpy(), target.numpy(), weight=weight.numpy(),
                              reduction=reduction)
    print(f"{reduction:>4}: {np.round(loss.numpy(), 4)}  ≈ xent: {np.allclose(loss, ours)}")

kept = target != -100
print("weight[target[kept]]:", weight[target[kept]].tolist())
