import jax
import jax.numpy as jnp
import numpy as np
import optax

import xent

jax.config.update("jax_enable_x64", True)  # float64, to compare with xent

z = jnp.array([[2.0, 1.0, 0.1],
               [0.5, 2.5, -1.0]])
labels = jnp.array([0, 2])  # one class index per sample

losses = optax.softmax_cross_entropy_with_integer_labels(z, labels)
print("losses:  ", np.asarray(losses).round(4))

# Class indices are one-hot targets: the two functions agree.
one_hot = jax.nn.one_hot(labels, 3)
print("one_hot: ", np.asarray(optax.softmax_cross_entropy(z, one_hot)).round(4))

# -log softmax(z)_y, row by row.
log_q = jax.nn.log_softmax(z)
log_q_y = log_q[jnp.arange(2), labels]
print("-log_q_y:", -np.asarray(log_q_y).round(4))

ref = xent.cross_entropy(np.asarray(z), np.asarray(labels), reduction="none")
print("xent:    ", ref.round(4), f" max|losses - xent|: {np.abs(losses - ref).max():.1e}")
