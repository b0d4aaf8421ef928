import torch
import torch.nn.functional as F

torch.manual_seed(0)
z = torch.randn(3, 5, requires_grad=True)
target = torch.randint(5, (3,), dtype=torch.int64)

loss = F.cross_entropy(z, target)
loss.backward()
print("target:", target.tolist())
print(f"loss: {loss.item():.4f}")
print(z.grad)
# d loss / d z = (softmax(z) - one_hot(target)) / N
expected = (torch.softmax(z, dim=1) - F.one_hot(target, 5)).detach() / 3
print(torch.allclose(z.grad, expected))
