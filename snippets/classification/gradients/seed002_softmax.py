import torch

torch.set_default_dtype(torch.float64)
torch.set_printoptions(precision=4)

# The two-layer net of seed 002: z1 = W1 x + b1, a1 = sigmoid(z1),
# z2 = W2 a1 + b2, a2 = softmax(z2), with softmax outputs (0.9, 0.05, 0.05).
x = torch.tensor([1.0])
W1, b1 = torch.tensor([[0.5], [-1.0]]), torch.tensor([0.2, 0.3])
a1 = torch.sigmoid(W1 @ x + b1)
W2 = torch.tensor([[0.4, -0.3], [0.1, 0.2], [-0.5, 0.6]])
b2 = torch.log(torch.tensor([0.9, 0.05, 0.05])) - W2 @ a1


def grad_W2(loss_fn):
    W = W2.clone().requires_grad_()
    loss_fn(torch.softmax(W @ a1 + b2, dim=0)).backward()
    return W.grad


y1, y2, y3 = torch.softmax(W2 @ a1 + b2, dim=0)
print(f"a1 = {a1}, (y1, y2, y3) = {y1:.2f} {y2:.2f} {y3:.2f}")

# The source's four results for dL/dw2 (only the row of W2 feeding z2[0]).
claims = {
    "3a 1/2(y1-1)^2": (lambda a: 0.5 * (a[0] - 1) ** 2, (y1 - 1) * y1 * (1 - y1) * a1),
    "3b 1/2(y2-1)^2": (lambda a: 0.5 * (a[1] - 1) ** 2, (y2 - 1) * (-y1 * y2) * a1),
    "4a -ln y1": (lambda a: -torch.log(a[0]), -(1 - y1) * a1),
    "4b -ln y2": (lambda a: -torch.log(a[1]), y1 * a1),
}
print("name             source             g[0]              g[0] ≈ source  g[1:] == 0")
for name, (loss_fn, source) in claims.items():
    g = grad_W2(loss_fn)
    row = lambda v: " ".join(f"{e:8.4f}" for e in v)
    print(f"{name:<15} {row(source)}  {row(g[0])}  {torch.allclose(g[0], source)!s:<15}{bool((g[1:] == 0).all())}")

# The whole MSE, 1/2 * sum over all outputs, not one term of it.
for t in (torch.tensor([1.0, 0.0, 0.0]), torch.tensor([0.0, 1.0, 0.0])):
    g = grad_W2(lambda a: 0.5 * ((a - t) ** 2).sum())
    print(f"1/2 sum(y - t)^2, t = {t.tolist()}: ∂L/∂z₂[0] = {g[0, 0] / a1[0]:.5f}")
print(f"{'3a 1/2(y1-1)^2:':<39}∂L/∂z₂[0] = {(y1 - 1) * y1 * (1 - y1):.5f}")
print(f"{'3b 1/2(y2-1)^2:':<39}∂L/∂z₂[0] = {(y2 - 1) * (-y1 * y2):.5f}")

# Binary cross-entropy on every softmax output does not reduce to y - t.
t = torch.tensor([1.0, 0.0, 0.0])
g = grad_W2(lambda a: -(t * torch.log(a) + (1 - t) * torch.log(1 - a)).sum())
print("Σ BCE(y, t): ∂L/∂z₂ =", g[:, 0] / a1[0])
print("CE:          y - t  =", torch.tensor([y1, y2, y3]) - t)
