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
    "cross_entropy(logits, [0, 1, 2])": lambda: xent.cross_entropy(logits, np.array([0, 1, 2])),
    "cross_entropy(logits, [0, 3])": lambda: xent.cross_entropy(logits, np.array([0, 3])),
    "binary_cross_entropy([1.5], [1.0])": lambda: xent.binary_cross_entropy(np.array([1.5]), np.array([1.0])),
    "cross_entropy(logits, full((2, 3), 0.2))": lambda: xent.cross_entropy(logits, np.full((2, 3), 0.2)),
    "cross_entropy([[nan, 0.0]], [0])": lambda: xent.cross_entropy(np.array([[np.nan, 0.0]]), np.array([0])),
    "cross_entropy(zeros((0, 3)), zeros(0))": lambda: xent.cross_entropy(np.zeros((0, 3)), np.zeros(0, dtype=int)),
    "cross_entropy(logits, [-100, -100])": lambda: xent.cross_entropy(logits, np.array([-100, -100])),
    "nll_loss(log_q, target, weight=weight)": lambda: xent.nll_loss(log_q, target, weight=weight),
}
for case, call in bad_calls.items():
    try:
        call()
    except ValueError as err:
        print(f"xent.{case}\nValueError: {err}")

# PyTorch on the last two inputs, and on kl_div's 0 * -inf, which xent counts as 0.
t = torch.from_numpy
print("F.cross_entropy(logits, [-100, -100]):", F.cross_entropy(t(logits), t(np.array([-100, -100]))).item())
print("F.nll_loss(log_q, target, weight=weight):", F.nll_loss(t(log_q), t(target), weight=t(weight)).item())
print("F.kl_div(log_q, p, reduction='sum'):", F.kl_div(t(log_q), t(p), reduction="sum").item())
print("xent.kl_div(log_q, p, reduction='sum'):", xent.kl_div(log_q, p, reduction="sum"))
