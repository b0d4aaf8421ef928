import numpy as np

import xent

logits = np.array([[2.0, 0.5, -1.0],
                   [0.1, 1.5, 0.3],
                   [-0.5, 0.2, 2.5],
                   [1.0, 1.0, 1.0]])
target = np.array([0, 1, 2, -100])  # the last sample is ignored
weight = np.array([1.0, 2.0, 0.5])

print("weight:", weight.tolist())
per_sample = xent.cross_entropy(logits, target, weight=weight, reduction="none")
print("per_sample:", np.round(per_sample, 4))
print(f"sum:  {xent.cross_entropy(logits, target, weight=weight, reduction='sum'):.4f}")
print(f"mean: {xent.cross_entropy(logits, target, weight=weight):.4f}")
# The mean divides by the weights of the kept targets, 1 + 2 + 0.5, not by 4 or 3.
print(f"sum / 3.5 = {per_sample.sum() / 3.5:.4f}")

smoothed = xent.cross_entropy(logits, target, weight=weight, label_smoothing=0.1)
print(f"mean, label_smoothing=0.1: {smoothed:.4f}")

# Probability targets: one distribution per row; the mean divides by the rows.
soft = np.array([[0.7, 0.2, 0.1],
                 [0.0, 1.0, 0.0],
                 [0.1, 0.1, 0.8],
                 [1 / 3, 1 / 3, 1 / 3]])
print(f"soft, mean: {xent.cross_entropy(logits, soft):.4f}")
weighted = xent.cross_entropy(logits, soft, weight=weight)
weighted_sum = xent.cross_entropy(logits, soft, weight=weight, reduction="sum")
print(f"soft, weighted: mean {weighted:.4f}, sum / {len(soft)} = {weighted_sum / len(soft):.4f}")
