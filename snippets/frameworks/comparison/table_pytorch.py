import torch
import torch.nn.functional as F


def show(label, value):
    v = float(value)
    print(f"{label:<40} {v:.7e}" if 0 < abs(v) < 1e-3 else f"{label:<40} {v:.4f}")


show("softmax CE, z = [1, 2], y = 1", F.cross_entropy(torch.tensor([[1.0, 2.0]]), torch.tensor([1])))
show("sigmoid CE, z = -100, y = 1",
     F.binary_cross_entropy_with_logits(torch.tensor([-100.0]), torch.tensor([1.0])))
show("BCE, q = 1, y = 1", F.binary_cross_entropy(torch.tensor([1.0]), torch.tensor([1.0])))
show("BCE, q = 0, y = 1", F.binary_cross_entropy(torch.tensor([0.0]), torch.tensor([1.0])))

# Default reduction: two rows, classes 1 and 0.
batch = F.cross_entropy(torch.tensor([[1.0, 2.0], [1.0, 2.0]]), torch.tensor([1, 0]))
show("N = 2, z = [[1, 2], [1, 2]], y = [1, 0]", batch)
