import torch
import torch.nn.functional as F
from torch import nn

# Seed 000's logits and labels.
logits = torch.tensor([[10.0, 0.0, -10.0], [8.0, 8.0, 8.0]], dtype=torch.float64)
label = torch.tensor([0, 2])
log_q = F.log_softmax(logits, dim=1)


def both(p):
    """Per-sample cross-entropy and KL divergence for the target distribution p."""
    ce = nn.CrossEntropyLoss(reduction="none")(logits, p)
    kl = nn.KLDivLoss(reduction="none")(log_q, p).sum(dim=1)
    h = torch.special.entr(p).sum(dim=1)  # entropy of the target, with 0 log 0 = 0
    return ce, kl, h


print(f"{'p':<19}  i  {'CE':>8}  {'KL':>8}  {'CE - KL':>8}  {'H(p)':>8}")
for name, p in [
    ("one_hot", F.one_hot(label, num_classes=3).double()),
    ("0.9 one_hot + 0.1/3", F.one_hot(label, num_classes=3).double() * 0.9 + 0.1 / 3),
]:
    ce, kl, h = both(p)
    for i in range(2):
        print(f"{name:<19}  {i}  {ce[i]:.6f}  {kl[i]:.6f}  {ce[i] - kl[i]:.6f}  {h[i]:.6f}")
