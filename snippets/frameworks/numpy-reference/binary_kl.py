import numpy as np

import xent

logits = np.array([2.0, -1.0, 0.5, -3.0])
labels = np.array([1.0, 0.0, 1.0, 1.0])
probs = 1 / (1 + np.exp(-logits))

on_probs = xent.binary_cross_entropy(probs, labels)
on_logits = xent.binary_cross_entropy_with_logits(logits, labels)
print(f"binary_cross_entropy(probs):              {on_probs:.4f}")
print(f"binary_cross_entropy_with_logits(logits): {on_logits:.4f}")
# pos_weight=3 counts every positive three times.
weighted = xent.binary_cross_entropy_with_logits(logits, labels, pos_weight=3.0)
print(f"pos_weight=3:                             {weighted:.4f}")

# KL divergence per sample: kl_div takes log q and p.
p = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]])
log_q = xent.log_softmax(np.array([[2.0, 0.5, -1.0], [-0.5, 0.2, 2.5]]))
batchmean = xent.kl_div(log_q, p, reduction="batchmean")
mean = xent.kl_div(log_q, p, reduction="mean")
with_log = xent.kl_div(log_q, np.log(p), reduction="batchmean", log_target=True)
print(f"KL, batchmean: {batchmean:.4f}")
print(f"KL, mean:      {mean:.4f}")
print(f"KL, log p:     {with_log:.4f}")
