import jax
import jax.numpy as jnp
import numpy as np
import optax

jax.config.update("jax_enable_x64", False)  # the default, float32

z = jnp.array([[1000.0, -1000.0, 0.0]])

# log_softmax subtracts the maximum first: every entry stays finite.
log_q = jax.nn.log_softmax(z)
print("log_softmax:", np.asarray(log_q), log_q.dtype)

# Softmax first, then log: exp(-1000) underflows to 0, and log 0 = -inf.
print("log(softmax):", np.asarray(jnp.log(jax.nn.softmax(z))))

losses = optax.softmax_cross_entropy_with_integer_labels(z, jnp.array([1]))
print("losses, y = 1:", np.asarray(losses))
