"""The digits data, split once, and the models of the calibration page (float64, seed 0)."""

from functools import cache

import numpy as np
import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits

images, labels = load_digits(return_X_y=True)  # 1797 images of 8 x 8 pixels, 0 to 16
order = np.random.default_rng(0).permutation(len(labels))
parts = {"train": order[:1077], "val": order[1077:1437], "test": order[1437:]}
x = {k: torch.tensor(images[i] / 16, dtype=torch.float64) for k, i in parts.items()}
y = {k: torch.tensor(labels[i]) for k, i in parts.items()}
EPOCHS = 200


def scores(z, target):
    """Cross-entropy, accuracy and mean confidence (mean of max q) of logits z."""
    q = torch.softmax(z, dim=1)
    ce = F.cross_entropy(z, target).item()
    acc = (z.argmax(dim=1) == target).double().mean().item()
    return ce, acc, q.max(dim=1).values.mean().item()


@cache
def train(hidden, smoothing=0.0, epochs=EPOCHS):
    """Full-batch Adam for the given epochs; returns the history (epoch, train CE, acc,
    conf, val CE, acc, conf per row) and the final logits of every part."""
    torch.manual_seed(0)
    if hidden:
        layers = [torch.nn.Linear(64, hidden), torch.nn.ReLU(), torch.nn.Linear(hidden, 10)]
        model = torch.nn.Sequential(*layers).double()
    else:  # softmax regression
        model = torch.nn.Linear(64, 10).double()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.03)
    history = []
    for epoch in range(1, epochs + 1):
        optimizer.zero_grad()
        F.cross_entropy(model(x["train"]), y["train"], label_smoothing=smoothing).backward()
        optimizer.step()
        with torch.no_grad():
            history.append([epoch, *scores(model(x["train"]), y["train"]), *scores(model(x["val"]), y["val"])])
    # rounded: the last bits of a float64 matrix product vary with threads and CPU
    with torch.no_grad():
        logits = {k: model(v).numpy().round(6) for k, v in x.items()}
    return np.array(history).round(8), logits


def softmax(z, T=1.0):
    z = z / T
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def cross_entropy(z, target, T=1.0):
    q = softmax(z, T)
    return -np.log(q[np.arange(len(target)), target]).mean()


def ece(q, target, bins=10):
    """Expected calibration error: bin by confidence max q into (0, 0.1], ..., (0.9, 1],
    then the mean over bins of |accuracy - confidence|, weighted by the bin's share."""
    confidence, correct = q.max(axis=1), q.argmax(axis=1) == target
    which = np.clip(np.ceil(confidence * bins).astype(int) - 1, 0, bins - 1)
    total = 0.0
    for b in range(bins):
        inside = which == b
        if inside.any():
            total += inside.mean() * abs(correct[inside].mean() - confidence[inside].mean())
    return total
