import numpy as np
import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
torch.set_num_threads(1)  # tiny matrices: one thread is fastest, and the same everywhere
means = np.array([[0.0, 0.0], [2.0, 0.0], [1.0, 1.7]])
rng = np.random.default_rng(1)
y = rng.integers(0, 3, size=3000)  # exactly one class per sample
x = torch.tensor(means[y] + rng.standard_normal((3000, 2)))
onehot = F.one_hot(torch.tensor(y), 3).double()


def fit(loss_fn):
    """A linear model z = x W + b, from zero, by L-BFGS."""
    w = torch.zeros(2, 3, requires_grad=True)
    b = torch.zeros(3, requires_grad=True)
    opt = torch.optim.LBFGS([w, b], max_iter=500, tolerance_grad=1e-10, tolerance_change=0,
                            line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        loss = loss_fn(x @ w + b)
        loss.backward()
        return loss

    opt.step(closure)
    return lambda points: (torch.tensor(points) @ w + b).detach()


softmax_model = fit(lambda z: F.cross_entropy(z, onehot))
sigmoid_model = fit(lambda z: F.binary_cross_entropy_with_logits(z, onehot))  # one-vs-rest

points = np.array([[0.0, 0.0], [1.0, 0.6], [1.0, -3.0], [4.0, 4.0]])
print(f"{'x':>11}  {'softmax q':>20}  {'sum':>5}  {'sigmoid q':>20}  {'sum':>5}")
for point, zs, zb in zip(points, softmax_model(points), sigmoid_model(points)):
    qs, qb = torch.softmax(zs, 0).numpy(), torch.sigmoid(zb).numpy()
    print(f"{str(point.tolist()):>11}  " + " ".join(f"{v:.4f}" for v in qs) + f"  {qs.sum():5.3f}  "
          + " ".join(f"{v:.4f}" for v in qb) + f"  {qb.sum():5.3f}")

sums = torch.sigmoid(sigmoid_model(x.numpy())).sum(dim=1)
print(f"sigmoid sums: min {sums.min():.3f}, mean {sums.mean():.4f}, max {sums.max():.3f}")
agree = (softmax_model(x.numpy()).argmax(1) == sigmoid_model(x.numpy()).argmax(1)).double().mean()
print(f"argmax agree: {agree:.4f}")
