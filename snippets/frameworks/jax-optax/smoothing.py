import jax
import jax.numpy as jnp
import numpy as np
import optax
import torch
import torch.nn.functional as F

import xent

jax.config.update("jax_enable_x64", True)  # float64, to compare with PyTorch and xent

z = jnp.array([[2.0, 1.0, 0.1],
               [0.5, 2.5, -1.0]])
labels = jnp.array([0, 2])
alpha = 0.1

# smooth_labels: (1 - alpha) * y + alpha / K, on one-hot (or soft) targets.
smoothed = optax.smooth_labels(jax.nn.one_hot(labels, 3), alpha)
print("smoothed:", np.asarray(smoothed).round(4).tolist())
losses = optax.softmax_cross_entropy(z, smoothed)
print("optax:", np.asarray(losses).round(4), f" .mean(): {losses.mean():.6f}")

zt, yt = torch.tensor(np.asarray(z)), torch.tensor(np.asarray(labels))
torch_mean = F.cross_entropy(zt, yt, label_smoothing=alpha)
print(f"F.cross_entropy(label_smoothing={alpha}): {torch_mean:.6f}")
ref = xent.cross_entropy(np.asarray(z), np.asarray(labels), reduction="none", label_smoothing=alpha)
print("xent:", ref.round(4))
