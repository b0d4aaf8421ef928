import torch

torch.set_default_dtype(torch.float64)
torch.manual_seed(0)

N = 200
x = torch.randn(N)
y = torch.bernoulli(torch.sigmoid(1.5 * x - 0.5))
X = torch.stack([torch.ones(N), x], dim=1)  # a column of ones: the bias


def probit(z):  # the normal CDF
    return torch.special.ndtr(z)


def fit(link):
    def loss(wb):
        q = link(X @ wb)
        return -(y * torch.log(q) + (1 - y) * torch.log(1 - q)).sum()

    wb = torch.zeros(2)
    for _ in range(10):  # Newton's method
        g = torch.autograd.functional.jacobian(loss, wb)
        wb = wb - torch.linalg.solve(torch.autograd.functional.hessian(loss, wb), g)
    q = link(X @ wb)
    return wb, q, torch.autograd.functional.jacobian(loss, wb)


print(f"sum(y) = {y.sum():.0f}  sum(x y) = {(x * y).sum():.4f}")
for link in (torch.sigmoid, probit):
    wb, q, g = fit(link)
    print(f"{link.__name__}:  w = {wb[1]:.4f}  b = {wb[0]:.4f}  |∇L| = {g.norm():.1e}")
    print(f"  sum(q) = {q.sum():.4f}  sum(x q) = {(x * q).sum():.4f}", end="")
    print(f"  sum(q - y) = {(q - y).sum():.1e}")
