import jax
import jax.numpy as jnp
import numpy as np
import optax
import torch
import torch.nn.functional as F

jax.config.update("jax_enable_x64", True)  # float64 on both sides

z = np.array([[2.0, 1.0, 0.1],
              [0.5, 2.5, -1.0],
              [0.0, 0.0, 3.0]])
labels = np.array([0, 2, 2])

# Optax returns one loss per sample and never averages.
per_example = optax.softmax_cross_entropy_with_integer_labels(jnp.array(z), jnp.array(labels))
print("optax:", np.asarray(per_example).round(4), per_example.shape)
print(f"optax .mean(): {per_example.mean():.6f}   .sum(): {per_example.sum():.6f}")

# PyTorch averages by default: reduction="mean".
zt, yt = torch.from_numpy(z), torch.from_numpy(labels)
print(f"F.cross_entropy mean: {F.cross_entropy(zt, yt):.6f}")
print(f"F.cross_entropy sum:  {F.cross_entropy(zt, yt, reduction='sum'):.6f}")
none = F.cross_entropy(zt, yt, reduction="none")
print("F.cross_entropy none:", none.numpy().round(4))
