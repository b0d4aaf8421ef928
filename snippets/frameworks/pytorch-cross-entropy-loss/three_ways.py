import torch
from torch import nn

logits = torch.tensor([[2.8883, 0.1760, 1.0774],
                       [1.1216, -0.0562, 0.0660],
                       [-1.3939, -0.0967, 0.5853]])
target = torch.tensor([1, 2, 0])

by_parts = nn.NLLLoss()(nn.LogSoftmax(dim=1)(logits), target)
in_one = nn.CrossEntropyLoss()(logits, target)
print(by_parts)
print(in_one)
print(torch.equal(by_parts, in_one))
