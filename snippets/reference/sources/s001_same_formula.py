import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor([[2.8883, 0.1760, 1.0774],
                       [1.1216, -0.0562, 0.0660],
                       [-1.3939, -0.0967, 0.5853]])
target = torch.tensor([1, 2, 0])

# The textbook cross-entropy -sum p log q, with p one-hot and q = softmax.
p = F.one_hot(target, num_classes=3).float()
q = torch.softmax(logits, dim=1)
by_definition = -(p * torch.log(q)).sum(dim=1).mean()
print(f"{by_definition.item():.4f}")
print(f"{nn.CrossEntropyLoss()(logits, target).item():.4f}")
print(f"{nn.CrossEntropyLoss()(logits, p).item():.4f}")  # probabilities as targets

# LogSoftmax is not a loss: it returns one log-probability per entry.
print(tuple(nn.LogSoftmax(dim=1)(logits).shape))
