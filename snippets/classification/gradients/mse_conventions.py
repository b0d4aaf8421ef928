import keras
import torch
import torch.nn.functional as F

# Two conventions for the squared error of K outputs: this page's 1/2 sum,
# whose gradient has no constant, and the mean over K that frameworks take.
z = torch.tensor([2.0, 1.0, -1.0], dtype=torch.float64, requires_grad=True)
y = torch.tensor([0.0, 1.0, 0.0], dtype=torch.float64)
q = torch.softmax(z, dim=0)

half_sum = 0.5 * ((q - y) ** 2).sum()
torch_mean = F.mse_loss(q, y)
(page_grad,) = torch.autograd.grad(half_sum, z, retain_graph=True)
(torch_grad,) = torch.autograd.grad(torch_mean, z)
keras_mean = float(keras.losses.MeanSquaredError()(y.numpy(), q.detach().numpy()))
print(f"{half_sum = :.4f}, {torch_mean = :.4f}, {keras_mean = :.4f}")
ratio = (torch_grad / page_grad).numpy().round(4)
print(f"torch_grad / page_grad = {ratio}, 2/K = {2 / 3:.4f}")

# One sigmoid output, K = 1: the mean is (q - y)^2, twice the quadratic cost.
w = torch.tensor(2.0, requires_grad=True)
q1 = torch.sigmoid(w * 1.0 + 2.0)
(page_grad,) = torch.autograd.grad(0.5 * q1**2, w, retain_graph=True)
(torch_grad,) = torch.autograd.grad(F.mse_loss(q1, torch.tensor(0.0)), w)
print(f"K = 1: torch_grad / page_grad = {torch_grad / page_grad:.4f}")
