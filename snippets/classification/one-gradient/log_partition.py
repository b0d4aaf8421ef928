import torch

torch.set_default_dtype(torch.float64)


# The log-partition function A(z) of each family, z its natural parameter.
def gaussian(z):  # unit variance
    return (0.5 * z**2).sum()


def bernoulli(z):
    return torch.log1p(torch.exp(z)).sum()  # log(1 + e^z)


def categorical(z):
    return torch.logsumexp(z, dim=-1)


# The mean of each family at z: what the output layer computes.
means = {gaussian: lambda z: z, bernoulli: torch.sigmoid, categorical: lambda z: torch.softmax(z, dim=-1)}
# Its negative log-likelihood of y, written the usual way (the Gaussian's
# log(2π)/2 per output left out): MSE, BCE, CE.
nll = {
    gaussian: lambda z, y: 0.5 * ((y - z) ** 2).sum(),
    bernoulli: lambda z, y: -(y * torch.log(torch.sigmoid(z)) + (1 - y) * torch.log(1 - torch.sigmoid(z))).sum(),
    categorical: lambda z, y: -(y * torch.log_softmax(z, dim=-1)).sum(),
}


def central_difference(f, z, h=1e-5):
    steps = h * torch.eye(len(z))
    return torch.stack([(f(z + step) - f(z - step)) / (2 * h) for step in steps])


z = torch.tensor([2.0, -1.0, 0.5])
y = torch.tensor([0.0, 1.0, 0.0])
for A in means:
    mean = means[A](z)
    fd = central_difference(A, z)
    zg = z.clone().requires_grad_()
    (autograd,) = torch.autograd.grad(A(zg), zg)
    print(f"{A.__name__}:  A(z) = {A(z):.4f}")
    print("  A'(z), fd       =", "".join(f"{v:9.4f}" for v in fd))
    print("  A'(z), autograd =", "".join(f"{v:9.4f}" for v in autograd))
    print("  mean(z)         =", "".join(f"{v:9.4f}" for v in mean))
    print(f"  max|fd - mean| = {(fd - mean).abs().max():.1e}", end="")
    print(f"  max|autograd - mean| = {(autograd - mean).abs().max():.1e}")
    # The NLL is A(z) - y·z plus a term without z, at every z.
    rest = [nll[A](z + s, y) - (A(z + s) - y @ (z + s)) for s in (0.0, 1.0, -3.0)]
    print("  L - (A(z) - y·z), z, z + 1, z - 3:", "".join(f"{round(v.item(), 12) + 0.0:8.4f}" for v in rest))
