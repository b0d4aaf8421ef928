import torch
import torch.nn.functional as F

c = 1e-4
z = torch.tensor([9.0, 8.0, 7.5, 6.0], dtype=torch.float64, requires_grad=True)
y = torch.tensor(1)

ce = F.cross_entropy(z, y)
(grad_ce,) = torch.autograd.grad(ce, z)
log_z = torch.logsumexp(z, dim=0)
(grad_z_loss,) = torch.autograd.grad(c * log_z**2, z)

q = torch.softmax(z, dim=0).detach()
print(f"{log_z.item()=:.4f}")
print("∂CE/∂z        ", "  ".join(f"{v:9.6f}" for v in grad_ce.tolist()))
print("q - y         ", "  ".join(f"{v:9.6f}" for v in (q - F.one_hot(y, 4)).tolist()))
print("∂c(log Z)²/∂z ", "  ".join(f"{v:9.6f}" for v in grad_z_loss.tolist()))
print("2 c log Z q   ", "  ".join(f"{v:9.6f}" for v in (2 * c * log_z.item() * q).tolist()))
# CE's gradient sums to 0 over the classes: it cannot move a shared shift
print(f"{abs(grad_ce.sum().item()) < 1e-15=}")
print(f"{grad_z_loss.sum().item()=:.6f}, 2 c log Z = {2 * c * log_z.item():.6f}")
