import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(3, 2, requires_grad=True)   # logits
target = torch.rand(3, 2)                   # soft labels in [0, 1)

loss = F.binary_cross_entropy(torch.sigmoid(x), target)  # torch.sigmoid = F.sigmoid
loss.backward()
print(f"loss: {loss.item():.4f}")
print(x.grad)
# d loss / d x = (sigmoid(x) - target) / number of elements
print(torch.allclose(x.grad, (torch.sigmoid(x) - target).detach() / x.numel()))
