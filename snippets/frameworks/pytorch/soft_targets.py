import numpy as np
import torch
from torch import nn

import xent

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 1.5, 0.3]], dtype=torch.float64)
# Soft labels: a distribution per sample, same shape as the logits, float.
soft = torch.tensor([[0.7, 0.2, 0.1],
                     [0.0, 1.0, 0.0]], dtype=torch.float64)

for reduction in ("none", "sum", "mean"):
    loss = nn.CrossEntropyLoss(reduction=reduction)(logits, soft)
    ours = xent.cross_entropy(logits.numpy(), soft.numpy(), reduction=reduction)
    print(f"{reduction:>4}: {loss.numpy().round(4)}  ≈ xent: {np.allclose(loss.numpy(), ours)}")

# A one-hot row gives exactly the class-index loss.
print(nn.CrossEntropyLoss()(logits[1:], torch.tensor([1])).numpy().round(4))
