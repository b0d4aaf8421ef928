import warnings

import torch
import torch.nn.functional as F

# Its first example calls F.binary_cross_entropy but never imports F.
first = "import torch\nx = torch.randn(3, 2)\nF.binary_cross_entropy(F.sigmoid(x), torch.rand(3, 2))\n"
try:
    exec(first, {})
except NameError as e:
    print(f"NameError: {e}")

# Its third example calls F.log_softmax without dim.
torch.manual_seed(0)
x = torch.randn(3, 5)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    F.log_softmax(x)
for w in caught:
    if "Implicit dimension" in str(w.message):
        print(f"{w.category.__name__}: log_softmax without dim is deprecated")
