import math

import numpy as np

rng = np.random.default_rng(0)


def make_data(n, noise):
    x = rng.uniform(-3, 3, n)
    if noise == "gaussian":
        y = np.sin(x) + rng.normal(0, 0.3, n)
    else:  # two branches, 0.8 above and below sin(x)
        y = np.sin(x) + rng.choice([-0.8, 0.8], n) + rng.normal(0, 0.15, n)
    return x, y


def features(x):  # 12 Gaussian bumps and a constant, shared by both models
    centres = np.linspace(-3, 3, 12)
    return np.c_[np.exp(-((x[:, None] - centres) / 0.6) ** 2), np.ones_like(x)]


def softmax(s):
    e = np.exp(s - s.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


edges = np.linspace(-2.5, 2.5, 26)  # 25 bins of width 0.2
centres, width = (edges[:-1] + edges[1:]) / 2, edges[1] - edges[0]

print(f"{'y':<18}{'L':<12}{'√MSE':>8}{'NLL':>8}")
for noise in ("gaussian", "two-branch"):
    label = {"gaussian": "sin x + ε", "two-branch": "sin x ± 0.8 + ε"}[noise]
    (x_tr, y_tr), (x_te, y_te) = make_data(400, noise), make_data(400, noise)
    F_tr, F_te = features(x_tr), features(x_te)

    # 1. MSE on the raw target: least squares, then sigma from the residuals.
    beta = np.linalg.lstsq(F_tr, y_tr, rcond=None)[0]
    sigma = np.sqrt(np.mean((F_tr @ beta - y_tr) ** 2))
    mu = F_te @ beta
    nll = np.mean(0.5 * ((y_te - mu) / sigma) ** 2 + math.log(sigma) + 0.5 * math.log(2 * math.pi))
    print(f"{label:<18}{'MSE':<12}{np.sqrt(np.mean((mu - y_te) ** 2)):8.4f}{nll:8.4f}")

    # 2. Cross-entropy over binned targets: softmax regression on the bins,
    #    with a small L2 penalty, fitted by Nesterov-accelerated gradient descent.
    Y = np.eye(len(centres))[np.clip(np.digitize(y_tr, edges) - 1, 0, len(centres) - 1)]
    W = V = np.zeros((F_tr.shape[1], len(centres)))
    for step in range(1, 1001):
        grad = F_tr.T @ (softmax(F_tr @ V) - Y) / len(y_tr) + 2e-3 * V  # dL/dlogits = q - y
        W, W_old = V - 0.5 * grad, W
        V = W + (step - 1) / (step + 2) * (W - W_old)
    q = softmax(F_te @ W)
    q_mean = q @ centres  # the expected value of the predicted distribution
    bins = np.clip(np.digitize(y_te, edges) - 1, 0, len(centres) - 1)
    nll = np.mean(-np.log(q[np.arange(len(y_te)), bins] / width))  # density = q / width
    print(f"{label:<18}{'CE, 25 bins':<12}{np.sqrt(np.mean((q_mean - y_te) ** 2)):8.4f}{nll:8.4f}")

print("MSE: beta.size =", beta.size, "+ sigma, CE: W.size =", W.size)
# Two-branch data (the last pass): targets, point predictions and histogram mass, measured from sin x.
sx = np.sin(x_te)
d, off = np.abs(y_te - sx), np.abs(centres - sx[:, None])  # off: each bin centre's distance from sin x
print(f"{label}:")
print(f"  mean(d < 0.3) = {np.mean(d < 0.3):.4f}, mean(d) = {np.mean(d):.4f}")
print(
    f"  MSE: mean|mu - sx| = {np.mean(np.abs(mu - sx)):.4f}, "
    f"CE: mean|q_mean - sx| = {np.mean(np.abs(q_mean - sx)):.4f}"
)
print(
    f"  CE: mean Σ q·(off < 0.3) = {np.mean(np.sum(q * (off < 0.3), axis=1)):.4f}, "
    f"mean Σ q·(|off - 0.8| < 0.3) = {np.mean(np.sum(q * (np.abs(off - 0.8) < 0.3), axis=1)):.4f}"
)
