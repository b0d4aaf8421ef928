import jax
import jax.numpy as jnp
import optax

jax.config.update("jax_enable_x64", True)

p = jnp.array([0.7, 0.2, 0.1])
q = jnp.array([0.5, 0.3, 0.2])

# The right order: log q first, p second.
print(f"D_KL(p‖q) = {optax.kl_divergence(jnp.log(q), p):.4f}")
# Swapped: log p first, q second. That is the other divergence, D_KL(q‖p).
print(f"kl_divergence(log p, q) = {optax.kl_divergence(jnp.log(p), q):.4f}")
print(f"D_KL(q‖p) = {(q * (jnp.log(q) - jnp.log(p))).sum():.4f}")
