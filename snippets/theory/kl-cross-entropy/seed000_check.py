import math
import warnings

import torch
from torch import nn
import torch.nn.functional as F

# Seed 000's example: logits for 2 samples, 3 classes, labels 0 and 2.
logits = torch.tensor([[10.0, 0.0, -10.0], [8.0, 8.0, 8.0]])
target = torch.tensor([0, 2])
log_q = F.log_softmax(logits, dim=1)
one_hot = F.one_hot(target, num_classes=3)

kl = nn.KLDivLoss(reduction="none")(log_q, one_hot.float())
print(kl)                      # one term per class: p * (log p - log q)
print(kl.sum(dim=1))           # per-sample KL divergence
print(nn.CrossEntropyLoss(reduction="none")(logits, target))

# The first sample in float64, and log(1 + e^-10 + e^-20) computed with log1p.
loss64 = nn.CrossEntropyLoss(reduction="none")(logits.double(), target)[0].item()
print(f"float64: {loss64:.4e}   log(1 + e^-10 + e^-20): {math.log1p(math.exp(-10) + math.exp(-20)):.4e}")

# An integer (one-hot) target is rejected.
try:
    nn.KLDivLoss(reduction="none")(log_q, one_hot)
except RuntimeError as err:
    print("RuntimeError:", err)

# softmax without dim still runs, with a deprecation warning; on a 2-D
# tensor it picks dim=1. KL(a || a) is 0 whatever the random numbers are.
torch.manual_seed(0)
x = torch.randn(2, 3)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    a = F.softmax(x)
print(caught[0].category.__name__ + ":", str(caught[0].message).split(". ")[0] + ".")
print(torch.equal(a, F.softmax(x, dim=1)))
print(nn.KLDivLoss(reduction="none")(a.log(), a))
