import torch

torch.set_default_dtype(torch.float64)

y = torch.tensor([0.0, 1.0, 0.0])
for z in (torch.tensor([0.5, 0.2, -0.3]), torch.tensor([8.0, 0.0, 0.0])):
    grads = []
    for loss in ("mse", "ce"):
        zg = z.clone().requires_grad_()
        q = torch.softmax(zg, dim=-1)
        L = 0.5 * ((q - y) ** 2).sum() if loss == "mse" else -(y * torch.log(q)).sum()
        L.backward()
        grads.append(zg.grad)
    q = q.detach()
    J = torch.diag(q) - torch.outer(q, q)  # the softmax Jacobian
    mse, ce = grads
    cos = (mse @ ce / (mse.norm() * ce.norm())).item()
    print(f"z = {z.tolist()}  q = {[round(v, 4) for v in q.tolist()]}")
    print("  ∂MSE/∂z   =", "".join(f"{v:11.3e}" for v in mse))
    print("  J(q - y)  =", "".join(f"{v:11.3e}" for v in J @ (q - y)))
    print("  ∂CE/∂z    =", "".join(f"{v:11.3e}" for v in ce))
    print(f"  ‖∂MSE/∂z‖ / ‖∂CE/∂z‖ = {mse.norm() / ce.norm():.4f}  {cos = :.4f}")
