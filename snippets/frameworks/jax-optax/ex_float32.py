import jax
import jax.numpy as jnp
import numpy as np
import optax

import xent

jax.config.update("jax_enable_x64", False)  # the default, float32

z = np.array([[2.0, 1.0, 0.1],
              [0.5, 2.5, -1.0]])
labels = np.array([0, 2])

loss32 = optax.softmax_cross_entropy_with_integer_labels(jnp.array(z), jnp.array(labels))
ref = xent.cross_entropy(z, labels, reduction="none")  # NumPy, float64
print(f"{loss32.dtype}:", np.asarray(loss32, dtype=np.float64).round(10))
print("float64:", ref.round(10))
rel = np.abs(np.asarray(loss32, dtype=np.float64) - ref) / ref
eps32 = np.finfo(np.float32).eps
print(f"{rel.max()=:.1e}   {eps32=:.1e}")
