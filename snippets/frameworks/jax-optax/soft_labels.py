import jax
import jax.numpy as jnp
import numpy as np
import optax

import xent

jax.config.update("jax_enable_x64", True)  # float64, to compare with xent

# Two samples, three classes: logits z and probability targets y (rows sum to 1).
z = jnp.array([[2.0, 1.0, 0.1],
               [0.5, 2.5, -1.0]])
y = jnp.array([[0.7, 0.2, 0.1],
               [0.1, 0.8, 0.1]])

# Optax's argument order: logits first, then labels.
losses = optax.softmax_cross_entropy(z, y)
print("optax:", np.asarray(losses).round(4), losses.shape)

# The same sum, -sum_k y_k log softmax(z)_k, written out.
by_hand = -(y * jax.nn.log_softmax(z)).sum(axis=-1)
print("by_hand:", np.asarray(by_hand).round(4))

ref = xent.cross_entropy(np.asarray(z), np.asarray(y), reduction="none")
print("xent:", ref.round(4), " max|optax - xent|:", f"{np.abs(losses - ref).max():.1e}")
