import numpy as np

# Two classes, logits [z, 0]. Target 0: a right, confident prediction, whose
# loss log(1 + e^-z) shrinks towards 0. Target 1: a wrong one, loss z + log(1 + e^-z).
# (Past z = 745 the first loss is below the smallest float64, so stop at 630.)
grids = {0: np.logspace(-1, 2.8, 400), 1: np.logspace(-1, 3, 400)}
exact = {0: lambda z: np.log1p(np.exp(-z)), 1: lambda z: z + np.log1p(np.exp(-z))}


def naive(x, k):        # -log(softmax(x))[k]
    e = np.exp(x)
    return -np.log(e[:, k] / e.sum(axis=1))


def log_softmax(x, k):  # -log_softmax(x)[k], maximum subtracted first
    s = x - x.max(axis=1, keepdims=True)
    return -(s[:, k] - np.log(np.exp(s).sum(axis=1)))


for dtype in (np.float32, np.float64):
    print(f"{np.dtype(dtype).name}: z > {np.log(np.finfo(dtype).max):.2f} → exp(z) = inf")

errors = {}     # (y, method): relative error on grids[y], nan where the loss is inf or nan
zero_from = {}  # y = 0: the first z on the grid where the computed loss is exactly 0
print(f"{'':<7}{'name':<20} {'isfinite':<9} max err")
with np.errstate(all="ignore"):
    for k, z in grids.items():
        rows = np.stack([z, np.zeros_like(z)], axis=1)
        for fn, dtype in [(log_softmax, np.float32), (log_softmax, np.float64),
                          (naive, np.float32), (naive, np.float64)]:
            loss = fn(rows.astype(dtype), k).astype(np.float64)
            err = np.abs(loss - exact[k](z)) / exact[k](z)
            err[~np.isfinite(loss)] = np.nan
            name = f"{fn.__name__} {np.dtype(dtype).name}"
            errors[k, name] = err
            if k == 0:
                zero_from[name] = z[loss == 0][0]
            finite = bool(np.isfinite(loss).all())
            print(f"y = {k}  {name:<20} {finite!s:<9} {np.nanmax(err):.0e}")
print(f"{'':<9}{'1 + e^-z == 1':<16}{'zero_from (y = 0): log_softmax':<33}naive")
# 1 + e^-z rounds to 1 once e^-z <= eps/2, half the spacing of floats above 1.
for dtype in (np.float32, np.float64):
    t = np.dtype(dtype).name
    print(f"{t:<9}z ≥ {np.log(2 / np.finfo(dtype).eps):<12.2f}{zero_from['log_softmax ' + t]:>30.2f}   "
          f"{zero_from['naive ' + t]:.2f}")
