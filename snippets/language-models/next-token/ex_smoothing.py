from contextlib import redirect_stdout

import numpy as np

with redirect_stdout(None):
    from markov_source import K, P, H_rate, train, val

counts = np.zeros((K, K))
np.add.at(counts, (train[:-1], train[1:]), 1)
f = np.bincount(val[:-1], minlength=K) / (len(val) - 1)
unseen = int(np.sum(counts[val[:-1], val[1:]] == 0))  # pairs of val that train never shows
print(f"{unseen=}  {H_rate=:.4f}")
print("k      ce_train  ce_val   KL")
for k in (0.0, 0.01, 0.1, 1.0, 10.0):
    with np.errstate(divide="ignore"):
        q = (counts + k) / (counts + k).sum(axis=1, keepdims=True)
        ce_train = -np.log(q[train[:-1], train[1:]]).mean()
        ce_val = -np.log(q[val[:-1], val[1:]]).mean()
        KL = f @ np.sum(P * np.log(P / q), axis=1)
    print(f"{k:<5}  {ce_train:.4f}    {ce_val:<7.4f}  {KL:.4f}")
