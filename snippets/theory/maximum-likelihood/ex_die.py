import torch
import torch.nn.functional as F

# A three-sided die thrown 10 times: faces 0, 1, 2 come up 5, 3 and 2 times.
throws = torch.tensor([0] * 5 + [1] * 3 + [2] * 2)

# Maximum likelihood for a categorical model q = softmax(z): minimise the mean NLL.
z = torch.zeros(3, requires_grad=True)
opt = torch.optim.SGD([z], lr=1.0)
for _ in range(200):
    opt.zero_grad()
    loss = F.cross_entropy(z.expand(10, 3), throws)
    loss.backward()
    opt.step()

q = torch.softmax(z.detach(), dim=0)
loss = F.cross_entropy(z.detach().expand(10, 3), throws)
counts = torch.bincount(throws).float() / 10
print("q           =", [round(v, 4) for v in q.tolist()])
print("counts / 10 =", [round(v, 4) for v in counts.tolist()])
print(f"mean NLL {loss.item():.4f}, H(counts / 10) {-(counts * counts.log()).sum().item():.4f}")
