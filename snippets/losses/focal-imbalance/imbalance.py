import numpy as np
import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
torch.set_num_threads(1)  # tiny matrices: one thread is fastest, and the same everywhere
priors = np.array([0.9, 0.08, 0.02])
means = np.array([[0.0, 0.0], [2.0, 0.0], [1.0, 1.7]])
rng = np.random.default_rng(0)


def sample(n):
    """n points of three 2-D Gaussian blobs (unit variance), classes drawn with the priors."""
    y = rng.choice(3, size=n, p=priors)
    x = means[y] + rng.standard_normal((n, 2))
    return torch.tensor(x), torch.tensor(y)


x_train, y_train = sample(5000)
x_test, y_test = sample(50000)
counts = np.bincount(y_train.numpy(), minlength=3)
weight = torch.tensor(counts.sum() / (3 * counts))  # inverse frequency, "balanced"
offsets = torch.tensor(np.log(priors))  # logit adjustment, tau = 1


def plain(z, y):
    return F.cross_entropy(z, y)


def weighted(z, y):
    return F.cross_entropy(z, y, weight=weight)  # the mean divides by the sum of the weights


def focal(z, y, gamma=2.0):
    log_q = F.log_softmax(z, dim=1).gather(1, y[:, None])[:, 0]
    return (-((1 - log_q.exp()) ** gamma) * log_q).mean()


def la_loss(z, y):
    return F.cross_entropy(z + offsets, y)


def train(loss_fn):
    """Softmax regression z = x W + b, from zero, by L-BFGS (a few hundred steps at most)."""
    w = torch.zeros(2, 3, requires_grad=True)
    b = torch.zeros(3, requires_grad=True)
    opt = torch.optim.LBFGS([w, b], max_iter=500, tolerance_grad=1e-10, tolerance_change=0,
                            line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        loss = loss_fn(x_train @ w + b, y_train)
        loss.backward()
        return loss

    opt.step(closure)
    closure()
    grad = float(torch.cat([w.grad.flatten(), b.grad]).abs().max())
    return w.detach(), b.detach(), grad


def ece(q, y, bins=10):
    """Top-label ECE: bins (0, 0.1], ..., (0.9, 1] by confidence max q."""
    confidence, correct = q.max(axis=1), q.argmax(axis=1) == y
    which = np.clip(np.ceil(confidence * bins).astype(int) - 1, 0, bins - 1)
    return sum((which == k).mean() * abs(correct[which == k].mean() - confidence[which == k].mean())
               for k in range(bins) if (which == k).any())


def softmax(z):
    q = np.exp(z - z.max(axis=1, keepdims=True))
    return q / q.sum(axis=1, keepdims=True)


y = y_test.numpy()
print(f"priors {priors.tolist()}")
print(f"train counts {counts.tolist()}, test counts {np.bincount(y).tolist()}")
print(f"{'':8} {'recall 0':>8} {'1':>5} {'2':>5}  {'acc':>5} {'conf':>5}  {'ECE':>6}  {'mean q[:, 2]':>12}  grad")
models = {fn.__name__: train(fn) for fn in (plain, weighted, focal, la_loss)}
w, b, _ = models["plain"]
la_post = w, b - offsets, None  # plain CE, log(priors) subtracted to predict
models["la_post"] = la_post
for name, (w, b, grad) in models.items():
    q = softmax((x_test @ w + b).numpy())
    recall = [(q.argmax(axis=1)[y == k] == k).mean() for k in range(3)]
    acc, conf = (q.argmax(axis=1) == y).mean(), q.max(axis=1).mean()
    print(f"{name:8} {recall[0]:8.3f} {recall[1]:5.3f} {recall[2]:5.3f}  {acc:5.3f} {conf:5.3f}  "
          f"{ece(q, y):6.4f}  {q[:, 2].mean():12.4f}  " + (f"{grad:.0e}" if grad is not None else "—"))
freq_2 = (y == 2).mean()
print(f"{freq_2=:.4f}")

# The logit-adjusted loss trains softmax(z + log(priors)) to be plain CE's model.
q_plain = softmax((x_test @ models["plain"][0] + models["plain"][1]).numpy())
q_la = softmax((x_test @ models["la_loss"][0] + models["la_loss"][1]).numpy() + np.log(priors))
gap = np.abs(q_la - q_plain).max()
print(f"{gap=:.0e}, q_la[:, 2].mean() = {q_la[:, 2].mean():.4f}")
