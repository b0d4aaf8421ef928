import torch

torch.set_default_dtype(torch.float64)

# Soft label y: the gradient softmax(z) - y vanishes where softmax(z) = y,
# i.e. at z = log y (plus any constant); the loss there is the entropy H(y).
y = torch.tensor([0.8, 0.15, 0.05])
z = (torch.log(y) + 3.0).requires_grad_()
loss = -(y * torch.log_softmax(z, dim=0)).sum()
loss.backward()
print("z = log y + 3: max|z.grad| < 1e-12", bool(z.grad.abs().max() < 1e-12))
print(f"loss = {loss:.4f}, H(y) = {-(y * torch.log(y)).sum():.4f}")
