import numpy as np

# Seed 002's softmax example uses the labels (1, 2), which sum to 3.
logits = np.array([1.0, 2.0])
labels = np.array([1.0, 2.0])
log_q = logits - np.log(np.exp(logits).sum())

loss = -(labels * log_q).sum()
normalised = -(labels / labels.sum() * log_q).sum()
print(f"sum(labels) = {labels.sum():.0f}")
print(f"y = (1, 2):     -Σ y log q = {loss:.6f}")
print(f"y = (1/3, 2/3): -Σ y log q = {normalised:.6f}")
