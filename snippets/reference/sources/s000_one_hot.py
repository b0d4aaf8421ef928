import torch
import torch.nn.functional as F

logits = torch.tensor([[10.0, 0.0, -10.0], [8.0, 8.0, 8.0]])  # 3 classes

# Without num_classes, F.one_hot makes as many columns as the largest label + 1.
for label in ([0, 2], [0, 1]):
    p = F.one_hot(torch.tensor(label))
    print(f"label = {label}: p.shape = {tuple(p.shape)}")
    try:
        print("  KL:", F.kl_div(F.log_softmax(logits, dim=1), p.float(), reduction="none").sum(dim=1))
    except RuntimeError as err:
        print("  RuntimeError:", str(err).split(" at ")[0])

# With num_classes the shape never depends on which labels a batch happens to hold.
print("num_classes=3:", tuple(F.one_hot(torch.tensor([0, 1]), num_classes=3).shape))
