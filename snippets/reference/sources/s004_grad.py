import torch

torch.manual_seed(0)
z = torch.randn(4, requires_grad=True)

# dL/dz for L = -sum y log softmax(z), from autograd, against a * sum(y) - y.
labels = {
    "one-hot": torch.tensor([0.0, 0.0, 1.0, 0.0]),
    "smoothed": torch.tensor([0.025, 0.025, 0.925, 0.025]),
    "sums to 3": torch.tensor([1.0, 2.0, 0.0, 0.0]),
}
print(f"{'y':<28}  sum(y)  {'a - y':<5}  a * sum(y) - y")
for name, y in labels.items():
    (grad,) = torch.autograd.grad(-(y * torch.log_softmax(z, dim=0)).sum(), z)
    a = torch.softmax(z, dim=0).detach()
    values = "[" + ", ".join(f"{v:g}" for v in y.tolist()) + "]"
    print(f"{values:<28}  {y.sum():>6g}  {torch.allclose(grad, a - y)!s:<5}  {torch.allclose(grad, a * y.sum() - y)}")
