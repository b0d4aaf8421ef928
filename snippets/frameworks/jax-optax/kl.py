import jax
import jax.numpy as jnp
import numpy as np
import optax

import xent

jax.config.update("jax_enable_x64", True)  # float64, to compare with xent

p = jnp.array([[0.7, 0.2, 0.1],
               [0.1, 0.1, 0.8]])  # targets
z = jnp.array([[2.0, 0.5, -1.0],
               [-0.5, 0.2, 2.5]])
log_q = jax.nn.log_softmax(z)  # model, as log q

# D_KL(p || q) = sum_k p_k (log p_k - log q_k), row by row.
exact = (p * (jnp.log(p) - log_q)).sum(axis=-1)
print("D_KL(p‖q):", np.asarray(exact).round(4))

# kl_divergence(log_predictions, targets): log q first, p second.
print("kl_divergence(log_q, p):", np.asarray(optax.kl_divergence(log_q, p)).round(4))
ref = xent.kl_div(np.asarray(log_q), np.asarray(p), reduction="none").sum(axis=1)
print("xent.kl_div(...).sum(axis=1):", ref.round(4))

# Passing q instead of log q gives no error, only a wrong number.
q = jnp.exp(log_q)
print("kl_divergence(q, p):    ", np.asarray(optax.kl_divergence(q, p)).round(4))
