import numpy as np

import xent

logits = np.array([2.0, -1.0, 0.5, -3.0])
labels = np.array([1.0, 0.0, 1.0, 1.0])
probs = 1 / (1 + np.exp(-logits))

print(f"BCE on probabilities: {xent.binary_cross_entropy(probs, labels):.4f}")
print(f"BCE on logits:        {xent.binary_cross_entropy_with_logits(logits, labels):.4f}")
# pos_weight=3 counts every positive three times.
print(f"with pos_weight=3:    "
      f"{xent.binary_cross_entropy_with_logits(logits, labels, pos_weight=3.0):.4f}")

# KL divergence per sample: kl_div takes log q and p.
p = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]])
log_q = xent.log_softmax(np.array([[2.0, 0.5, -1.0], [-0.5, 0.2, 2.5]]))
print(f"KL, batchmean: {xent.kl_div(log_q, p, reduction='batchmean'):.4f}")
print(f"KL, mean:      {xent.kl_div(log_q, p, reduction='mean'):.4f}")
print(f"KL, log p:     {xent.kl_div(log_q, np.log(p), reduction='batchmean', log_target=True):.4f}")
