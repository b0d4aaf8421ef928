import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
multi_hot = torch.tensor([[1.0, 1.0, 0.0]])  # classes 0 and 1 are both present
soft = multi_hot / multi_hot.sum()  # the best a softmax can aim for: (0.5, 0.5, 0)

print(f"{'s':>2}  {'softmax q':>21}  {'CE':>6}  {'∂CE/∂z':>29}")
for s in [0.0, 2.0, 8.0]:
    z = torch.tensor([[s, s, -s]], requires_grad=True)  # logits (s, s, -s)
    ce = F.cross_entropy(z, soft)
    (grad,) = torch.autograd.grad(ce, z)
    q = F.softmax(z, dim=1)[0].tolist()
    print(f"{s:2g}  {q[0]:.4f} {q[1]:.4f} {q[2]:.4f}  {float(ce.detach()):6.4f}  "
          + " ".join(f"{g:9.2e}" for g in grad[0].tolist()))

print(f"{'s':>2}  {'sigmoid q':>21}  {'BCE':>6}  {'∂BCE/∂z':>29}")
for s in [0.0, 2.0, 8.0]:
    z = torch.tensor([[s, s, -s]], requires_grad=True)
    bce = F.binary_cross_entropy_with_logits(z, multi_hot, reduction="sum")  # summed over the classes
    (grad,) = torch.autograd.grad(bce, z)
    q = torch.sigmoid(z)[0].tolist()
    print(f"{s:2g}  {q[0]:.4f} {q[1]:.4f} {q[2]:.4f}  {float(bce.detach()):6.4f}  "
          + " ".join(f"{g:9.2e}" for g in grad[0].tolist()))

# The multi-hot target itself, unnormalised, in F.cross_entropy: its minimum is 2 log 2.
z = torch.tensor([[8.0, 8.0, -8.0]])
ce_multi_hot = float(F.cross_entropy(z, multi_hot))
print(f"{ce_multi_hot=:.4f}, 2 log 2 = {2 * torch.log(torch.tensor(2.0)):.4f}")
