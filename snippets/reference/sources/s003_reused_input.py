import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(3, 3)
target = torch.tensor([0, 2, 1])

# Seed 003 overwrites `input` with log-softmax values, then hands that same
# variable to CrossEntropyLoss, which applies log-softmax a second time.
log_probs = torch.log(nn.Softmax(dim=1)(logits))
print(f"{nn.NLLLoss()(log_probs, target).item():.4f}")
print(f"{nn.CrossEntropyLoss()(log_probs, target).item():.4f}")  # as in the article
print(f"{nn.CrossEntropyLoss()(logits, target).item():.4f}")     # as intended
# Equal only because log-softmax of log-probabilities changes nothing:
# their exponentials already sum to 1.
print(torch.allclose(torch.log_softmax(log_probs, dim=1), log_probs))
