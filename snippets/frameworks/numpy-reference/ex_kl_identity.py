import numpy as np

import xent

logits = np.array([[2.0, 0.5, -1.0], [-0.5, 0.2, 2.5]])
p = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]])

cross = xent.cross_entropy(logits, p)                  # H(p, q), averaged over rows
entropy = -(p * np.log(p)).sum(axis=1).mean()          # H(p), averaged over rows
kl = xent.kl_div(xent.log_softmax(logits), p, reduction="batchmean")
print(f"{cross:.4f} - {entropy:.4f} = {cross - entropy:.4f}; KL = {kl:.4f}")
