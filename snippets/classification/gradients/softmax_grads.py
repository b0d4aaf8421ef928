import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
torch.set_printoptions(precision=4)

z = torch.tensor([2.0, 1.0, -1.0])
labels = {"one-hot": torch.tensor([0.0, 1.0, 0.0]),
          "soft": torch.tensor([0.1, 0.7, 0.2])}

q = torch.softmax(z, dim=0)
print("q = softmax(z)   ", q)
for name, y in labels.items():
    print("y                ", y)
    zt = z.clone().requires_grad_()
    loss = -(y * torch.log_softmax(zt, dim=0)).sum()  # H(y, softmax(z))
    loss.backward()
    print("  zt.grad        ", zt.grad)
    print("  q - y          ", q - y, torch.allclose(zt.grad, q - y))
    # PyTorch's own loss accepts the same probabilities as its target.
    zt.grad = None
    F.cross_entropy(zt[None], y[None]).backward()
    print("  F.cross_entropy: zt.grad ≈ q - y", torch.allclose(zt.grad, q - y))

# Labels that do not sum to 1: the general result q * sum(y) - y.
y = torch.tensor([0.5, 0.5, 0.5])
zt = z.clone().requires_grad_()
(-(y * torch.log_softmax(zt, dim=0)).sum()).backward()
print("y                ", y, " sum(y) = 1.5")
print("  zt.grad        ", zt.grad)
print("  q * sum(y) - y ", q * y.sum() - y, torch.allclose(zt.grad, q * y.sum() - y))
