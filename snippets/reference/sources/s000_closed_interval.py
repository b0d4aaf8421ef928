import torch
import torch.nn.functional as F

# Seed 000's targets are one-hot: every p_i is exactly 0 or 1, not inside (0, 1).
p = F.one_hot(torch.tensor([0, 2]), num_classes=3).float()
log_q = F.log_softmax(torch.tensor([[10.0, 0.0, -10.0], [8.0, 8.0, 8.0]]), dim=1)
print("p.unique():", p.unique().tolist())
# KLDivLoss counts the terms with p_i = 0 as 0, the limit of p log p;
# the formula read literally gives nan.
print("F.kl_div:")
for row in F.kl_div(log_q, p, reduction="none").tolist():
    print(" ", row)
print("p * log(p / q):")
for row in (p * (p.log() - log_q)).tolist():
    print(" ", row)
