import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)

# Counts y, and a log link: the output is q = exp(z), the Poisson mean.
z = torch.tensor([-1.0, 0.0, 1.5, 3.0], requires_grad=True)
y = torch.tensor([0.0, 2.0, 4.0, 11.0])
q = torch.exp(z)
# Poisson NLL: -log(q^y e^-q / y!) = q - y log q + log y!
loss = (q - y * torch.log(q) + torch.lgamma(y + 1)).sum()
loss.backward()
print("∂L/∂z =", "".join(f"{v:9.4f}" for v in z.grad))
print("q - y =", "".join(f"{v:9.4f}" for v in q.detach() - y))
# A(z) = e^z, and PyTorch's loss leaves out log y!, which has no z in it.
torch_loss = F.poisson_nll_loss(z, y, log_input=True, reduction="sum").item()
log_y_factorial = torch.lgamma(y + 1).sum().item()
print(f"loss = {loss.item():.4f}  {torch_loss = :.4f}  {log_y_factorial = :.4f}")
