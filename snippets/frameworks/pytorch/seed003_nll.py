import torch
import torch.nn.functional as F

torch.manual_seed(0)
z = torch.randn(3, 5, requires_grad=True)   # N x C = 3 x 5
target = torch.tensor([1, 0, 4])            # each 0 <= value < C

output = F.nll_loss(F.log_softmax(z, dim=1), target)  # say dim=1 explicitly
output.backward()
print(f"output: {output.item():.4f}")
print(z.grad)
print(torch.allclose(output, F.cross_entropy(z, target)))
