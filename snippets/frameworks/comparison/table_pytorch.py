import torch
import torch.nn.functional as F


def show(label, value):
    v = float(value)
    print(f"{label:<36} {v:.7e}" if 0 < abs(v) < 1e-3 else f"{label:<36} {v:.4f}")


show("softmax CE, logits [1, 2], class 1", F.cross_entropy(torch.tensor([[1.0, 2.0]]), torch.tensor([1])))
show("sigmoid CE, logit -100, label 1",
     F.binary_cross_entropy_with_logits(torch.tensor([-100.0]), torch.tensor([1.0])))
show("BCE, probability 1, label 1", F.binary_cross_entropy(torch.tensor([1.0]), torch.tensor([1.0])))
show("BCE, probability 0, label 1", F.binary_cross_entropy(torch.tensor([0.0]), torch.tensor([1.0])))

# Default reduction: two rows, classes 1 and 0.
batch = F.cross_entropy(torch.tensor([[1.0, 2.0], [1.0, 2.0]]), torch.tensor([1, 0]))
show("batch of two, default call", batch)
