import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(3, 5, requires_grad=True)
target = torch.randint(5, (3,), dtype=torch.int64)

loss = F.cross_entropy(x, target)
loss.backward()
print("target:", target.tolist())
print(f"loss: {loss.item():.4f}")
print(x.grad)
# d loss / d x = (softmax(x) - one_hot(target)) / N
expected = (torch.softmax(x, dim=1) - F.one_hot(target, 5)).detach() / 3
print(torch.allclose(x.grad, expected))
