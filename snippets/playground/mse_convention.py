import numpy as np
import torch
import torch.nn.functional as F

# The explorer's first example: its MSE is the mean over the K classes,
# the number PyTorch's MSELoss gives by default.
z = np.array([2.8883, 0.1760, 1.0774])
q = np.exp(z - z.max()) / np.exp(z - z.max()).sum()
y = np.array([0.0, 1.0, 0.0])
print(
    f"mean over K = 3: {np.mean((q - y) ** 2):.4f}; MSELoss: {F.mse_loss(torch.tensor(q), torch.tensor(y)):.4f}"
)
print(
    f"half the sum, the gradients page's convention: {0.5 * np.sum((q - y) ** 2):.4f}"
)
