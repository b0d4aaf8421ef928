import math

import numpy as np
import torch
import torch.nn.functional as F

import xent

logits = np.array([[1.0, 2.0, 3.0], [0.5, 0.5, 0.5]])
# q = (1, 0) in both rows, so log q = (0, -inf); the second target is class 1, of weight 0.
log_q = np.array([[0.0, -math.inf], [0.0, -math.inf]])
p = np.array([[1.0, 0.0], [1.0, 0.0]])
target, weight = np.array([0, 1]), np.array([1.0, 0.0])
bad_calls = {
    "wrong target shape": lambda: xent.cross_entropy(logits, np.array([0, 1, 2])),
    "class out of range": lambda: xent.cross_entropy(logits, np.array([0, 3])),
    "probability > 1": lambda: xent.binary_cross_entropy(np.array([1.5]), np.array([1.0])),
    "rows not summing to 1": lambda: xent.cross_entropy(logits, np.full((2, 3), 0.2)),
    "NaN in the logits": lambda: xent.cross_entropy(np.array([[np.nan, 0.0]]), np.array([0])),
    "empty batch": lambda: xent.cross_entropy(np.zeros((0, 3)), np.zeros(0, dtype=int)),
    "all targets ignored": lambda: xent.cross_entropy(logits, np.array([-100, -100])),
    "weight 0 where log q = -inf": lambda: xent.nll_loss(log_q, target, weight=weight),
}
for case, call in bad_calls.items():
    try:
        call()
    except ValueError as err:
        print(f"{case}:\n    ValueError: {err}")

# PyTorch on the last two inputs, and on kl_div's 0 * -inf, which xent counts as 0.
t = torch.from_numpy
print("PyTorch, all targets ignored:", F.cross_entropy(t(logits), t(np.array([-100, -100]))).item())
print("PyTorch, weight 0 where log q = -inf:", F.nll_loss(t(log_q), t(target), weight=t(weight)).item())
print("PyTorch, kl_div with p = 0, log q = -inf:", F.kl_div(t(log_q), t(p), reduction="sum").item())
print("xent, the same kl_div:", xent.kl_div(log_q, p, reduction="sum"))
