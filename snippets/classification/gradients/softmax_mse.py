import torch

torch.set_default_dtype(torch.float64)
torch.set_printoptions(precision=4)


def grads(z, y):
    """Gradient w.r.t. the logits of MSE and of cross-entropy on softmax(z)."""
    q = torch.softmax(z, dim=0)
    jac = torch.diag(q) - torch.outer(q, q)  # d q_i / d z_j, symmetric
    mse_hand = jac @ (q - y)                 # the Jacobian stays in
    zt = z.clone().requires_grad_()
    (0.5 * ((torch.softmax(zt, dim=0) - y) ** 2).sum()).backward()
    print("  MSE  J(q - y)  ", mse_hand, torch.allclose(zt.grad, mse_hand))
    print("  CE   q - y     ", q - y)
    print(f"  max|J|          {jac.abs().max():.4f}")


y = torch.tensor([0.0, 1.0, 0.0])
print("y =", y)
for z in (torch.tensor([2.0, 1.0, -1.0]),     # unsure, leaning to a wrong class
          torch.tensor([8.0, 0.0, 0.0])):      # confidently wrong
    print("z =", z)
    print("  q = softmax(z) ", torch.softmax(z, dim=0))
    grads(z, y)
