import numpy as np
import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
torch.set_num_threads(1)
priors = np.array([0.9, 0.08, 0.02])
means = np.array([[0.0, 0.0], [2.0, 0.0], [1.0, 1.7]])
rng = np.random.default_rng(0)  # the same data as imbalance.py


def sample(n):
    y = rng.choice(3, size=n, p=priors)
    return torch.tensor(means[y] + rng.standard_normal((n, 2))), y


x_train, y_train = sample(5000)
x_test, y = sample(50000)
w = torch.zeros(2, 3, requires_grad=True)
b = torch.zeros(3, requires_grad=True)
opt = torch.optim.LBFGS([w, b], max_iter=500, tolerance_grad=1e-10, tolerance_change=0, line_search_fn="strong_wolfe")


def closure():
    opt.zero_grad()
    loss = F.cross_entropy(x_train @ w + b, torch.tensor(y_train))
    loss.backward()
    return loss


opt.step(closure)
z = (x_test @ w + b).detach().numpy()
print(f"{'tau':>4}  {'recall 0':>8} {'1':>5} {'2':>5}  {'balanced':>8}  {'acc':>5}")
for tau in [0.0, 0.5, 1.0, 1.5, 2.0]:
    predicted = (z - tau * np.log(priors)).argmax(axis=1)
    recall = [(predicted[y == k] == k).mean() for k in range(3)]
    balanced, acc = np.mean(recall), (predicted == y).mean()
    print(f"{tau:4.1f}  {recall[0]:8.3f} {recall[1]:5.3f} {recall[2]:5.3f}  {balanced:8.4f}  {acc:5.3f}")
