import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 5)            # 4 samples, 5 classes
target = torch.tensor([0, 3, 1, 4])
eps = 0.1

# The distribution CrossEntropyLoss(label_smoothing=eps) compares against.
p = (1 - eps) * F.one_hot(target, num_classes=5).float() + eps / 5
log_q = F.log_softmax(logits, dim=1)  # KLDivLoss wants log-probabilities

ce = nn.CrossEntropyLoss(label_smoothing=eps)(logits, target)
kl = nn.KLDivLoss(reduction="batchmean")(log_q, p)  # target: probabilities
h = -(p * p.log()).sum(dim=1).mean()                # H(p), the same every row
print(f"CrossEntropyLoss    {ce.item():.4f}")
print(f"KLDivLoss           {kl.item():.4f}")
print(f"ce - kl             {(ce - kl).item():.4f}")
print(f"H(p)                {h.item():.4f}")

# Without smoothing the labels are one-hot, H(p) = 0 and the two losses agree.
one_hot = F.one_hot(target, num_classes=5).float()
print(f"eps = 0: CE {nn.CrossEntropyLoss()(logits, target).item():.4f}  "
      f"KL {nn.KLDivLoss(reduction='batchmean')(log_q, one_hot).item():.4f}")

# reduction="mean" divides by every element (4 * 5), not by the batch size.
mean = nn.KLDivLoss(reduction="mean")(log_q, p)
print(f"reduction='mean'    {mean.item():.4f} = kl / 5: "
      f"{torch.isclose(mean, kl / 5).item()}")
