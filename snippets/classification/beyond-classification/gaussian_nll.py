import math

import torch
from torch import nn

torch.set_default_dtype(torch.float64)

# MSE is the negative log-likelihood of a Gaussian with a fixed variance,
# up to a constant: -log N(y | mu, 1) = (y - mu)^2 / 2 + log(2 pi) / 2.
y = torch.tensor([1.2, 0.4, 2.9, 1.7])
gauss = nn.GaussianNLLLoss(full=True)
for mu in (0.0, 1.0, y.mean().item(), 3.0):
    pred = torch.full_like(y, mu)
    half_mse = 0.5 * nn.MSELoss()(pred, y)
    nll = gauss(pred, y, torch.ones_like(y))
    print(f"mu = {mu:.2f}: MSE/2 = {half_mse:.4f}, NLL = {nll:.4f}, NLL - MSE/2 = {nll - half_mse:.4f}")
print(f"log(2π) / 2 = {0.5 * math.log(2 * math.pi):.4f}")
