import torch
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 1.5, 0.3],
                       [-0.5, 0.2, 2.5]])
target = torch.tensor([0, 1, 2])
weight = torch.tensor([1.0, 2.0, 0.5])

log_probs = nn.LogSoftmax(dim=1)(logits)
nll = nn.NLLLoss(weight=weight)(log_probs, target)
ce = nn.CrossEntropyLoss(weight=weight)(logits, target)
print(f"NLLLoss(LogSoftmax): {nll:.4f}   CrossEntropyLoss: {ce:.4f}")

# NLLLoss takes no logarithm. Hand it probabilities and it still returns a
# number, just a meaningless one: minus the weighted mean probability.
wrong = nn.NLLLoss(weight=weight)(torch.softmax(logits, dim=1), target)
print(f"NLLLoss(softmax): {wrong:.4f}")
