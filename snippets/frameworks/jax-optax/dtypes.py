import jax
import jax.numpy as jnp
import jaxlib
import optax

print(f"jax {jax.__version__}, jaxlib {jaxlib.__version__}, optax {optax.__version__}")

# JAX's default: 64-bit off, so Python floats become float32.
jax.config.update("jax_enable_x64", False)
logits = jnp.array([[2.0, 1.0, 0.1]])
loss32 = optax.softmax_cross_entropy_with_integer_labels(logits, jnp.array([0]))
print(logits.dtype, loss32.dtype, f"{float(loss32[0]):.10f}")

# Switched on, the same code computes in float64.
jax.config.update("jax_enable_x64", True)
logits = jnp.array([[2.0, 1.0, 0.1]])
loss64 = optax.softmax_cross_entropy_with_integer_labels(logits, jnp.array([0]))
print(logits.dtype, loss64.dtype, f"{float(loss64[0]):.10f}")
