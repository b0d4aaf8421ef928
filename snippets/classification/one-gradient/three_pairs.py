import torch

torch.set_default_dtype(torch.float64)
torch.manual_seed(0)


def identity(z):
    return z


def softmax(z):
    return torch.softmax(z, dim=-1)


def probit(z):  # the normal CDF: another way to squash z into (0, 1)
    return torch.special.ndtr(z)


def mse(q, y):  # (q - y)²/2, summed
    return 0.5 * ((q - y) ** 2).sum()


def bce(q, y):
    return -(y * torch.log(q) + (1 - y) * torch.log(1 - q)).sum()


def ce(q, y):
    return -(y * torch.log(q)).sum()


# A label of the kind each output needs: real, 0 or 1, one-hot.
def labels(link, shape):
    if link is identity:
        return torch.randn(shape)
    if link is softmax:
        return torch.eye(shape[-1])[torch.randint(0, shape[-1], shape[:-1])]
    return torch.randint(0, 2, shape).double()


def gradient(link, loss, z, y):
    z = z.clone().requires_grad_()
    q = link(z)
    loss(q, y).backward()
    return z.grad, (q - y).detach()


pairs = [(identity, mse), (torch.sigmoid, bce), (softmax, ce)]
mismatched = [(torch.sigmoid, mse), (probit, bce)]
z = torch.tensor([2.0, -1.0, 0.5])
for link, loss in pairs + mismatched:
    y = torch.tensor([0.5, -0.3, 1.2]) if link is identity else torch.tensor([0.0, 1.0, 0.0])
    dz, q_y = gradient(link, loss, z, y)
    print(f"{link.__name__} + {loss.__name__}:  y = {y.tolist()}")
    print("  ∂L/∂z =", "".join(f"{v:9.4f}" for v in dz))
    print("  q - y =", "".join(f"{v:9.4f}" for v in q_y))

# The same check on 1000 random samples of 3 outputs, logits between -6 and 6.
print(f"{'':18}max|∂L/∂z - (q - y)|")
for link, loss in pairs + mismatched:
    z = 12 * torch.rand(1000, 3) - 6
    dz, q_y = gradient(link, loss, z, labels(link, z.shape))
    print(f"{link.__name__ + ' + ' + loss.__name__:18}{(dz - q_y).abs().max():.1e}")
