import torch
import torch.nn.functional as F

torch.manual_seed(0)
z = torch.randn(3, 2, requires_grad=True)   # logits
target = torch.rand(3, 2)                   # soft labels in [0, 1)

loss = F.binary_cross_entropy(torch.sigmoid(z), target)  # torch.sigmoid = F.sigmoid
loss.backward()
print(f"loss: {loss.item():.4f}")
print(z.grad)
# d loss / d z = (sigmoid(z) - target) / number of elements
print(torch.allclose(z.grad, (torch.sigmoid(z) - target).detach() / z.numel()))
