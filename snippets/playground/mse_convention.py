import numpy as np
import torch
import torch.nn.functional as F

# The explorer's first example: its MSE is the mean over the K classes,
# the number PyTorch's MSELoss gives by default.
z = np.array([2.8883, 0.1760, 1.0774])
q = np.exp(z - z.max()) / np.exp(z - z.max()).sum()
y = np.array([0.0, 1.0, 0.0])
mse_loss = F.mse_loss(torch.tensor(q), torch.tensor(y))
print(f"K = 3: mean((q - y) ** 2) = {np.mean((q - y) ** 2):.4f}, F.mse_loss = {mse_loss:.4f}")
print(f"0.5 * sum((q - y) ** 2) = {0.5 * np.sum((q - y) ** 2):.4f}")
