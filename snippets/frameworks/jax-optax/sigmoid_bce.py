import jax
import jax.numpy as jnp
import numpy as np
import optax

import xent

jax.config.update("jax_enable_x64", True)  # float64, to compare with xent

# One logit per element, labels in [0, 1]; extreme logits included.
z = jnp.array([1.0, -1.0, 3.0, 1000.0, -1000.0, 1000.0])
y = jnp.array([1.0, 1.0, 0.25, 1.0, 0.0, 0.0])

losses = optax.sigmoid_binary_cross_entropy(z, y)  # logits first, then labels
print("optax:", " ".join(f"{v:.4f}" for v in np.asarray(losses)))

ref = xent.binary_cross_entropy_with_logits(np.asarray(z), np.asarray(y), reduction="none")
print("xent: ", " ".join(f"{v:.4f}" for v in ref))
print(f"max|optax - xent|: {np.abs(losses - ref).max():.1e}")

# The logit 1 with label 1 costs -log sigmoid(1).
print(f"-log sigmoid(1) = {-np.log(1 / (1 + np.exp(-1))):.4f}")
