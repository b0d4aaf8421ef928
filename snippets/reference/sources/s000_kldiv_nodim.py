import warnings

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
x = torch.randn(2, 3)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    a = F.softmax(x)  # the article's call: no dim
for w in caught:
    if "Implicit dimension" in str(w.message):
        print(f"{w.category.__name__}: softmax without dim is deprecated")

# For a 2-D input the legacy rule happens to pick dim=1, the one wanted here.
print(torch.equal(a, F.softmax(x, dim=1)))
# The article's point still holds: the KL divergence of a from itself is 0.
print(nn.KLDivLoss(reduction="none")(torch.log(a), a))
