import torch
import torch.nn.functional as F

balls = torch.tensor([1.0] * 6 + [0.0] * 4)  # 6 white, 4 black

# Parametrise p = sigmoid(theta) so p stays in (0, 1); start at p = 0.5.
theta = torch.zeros((), requires_grad=True)
opt = torch.optim.SGD([theta], lr=1.0)
for step in range(61):
    p = torch.sigmoid(theta)
    nll = -(balls * p.log() + (1 - balls) * (1 - p).log()).mean()  # average NLL
    if step % 20 == 0:
        print(f"step {step:2d}: p = {p.item():.4f}, mean NLL = {nll.item():.4f}")
    opt.zero_grad()
    nll.backward()
    opt.step()

# PyTorch's binary cross-entropy is the same average NLL.
p = torch.sigmoid(theta.detach())
bce = F.binary_cross_entropy(p.expand(10), balls)
print(f"F.binary_cross_entropy: {bce.item():.4f}")
