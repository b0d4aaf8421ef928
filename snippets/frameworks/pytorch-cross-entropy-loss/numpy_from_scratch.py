import numpy as np

logits = np.array([[2.8883, 0.1760, 1.0774],
                   [1.1216, -0.0562, 0.0660],
                   [-1.3939, -0.0967, 0.5853]])
target = np.array([1, 2, 0])

# log-softmax with the log-sum-exp trick: subtract each row's max first.
shifted = logits - logits.max(axis=1, keepdims=True)
log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
losses = -log_probs[np.arange(len(target)), target]
print(" ".join(f"{loss:.4f}" for loss in losses))
print(f"{losses.mean():.4f}")
