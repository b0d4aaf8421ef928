import importlib

import keras
import tensorflow as tf

# Names seed 002's code relies on (K is keras.backend), and what TensorFlow 2 / Keras 3 offer instead.
old_names = [
    ("K", keras.backend, "constant", "tf.constant or a NumPy array"),
    ("K", keras.backend, "eval", "eager tensors: .numpy()"),
    ("K", keras.backend, "sparse_categorical_crossentropy",
     "keras.losses.sparse_categorical_crossentropy"),
    ("tf.nn", tf.nn, "softmax_cross_entropy_with_logits_v2", "tf.nn.softmax_cross_entropy_with_logits"),
    ("tf", tf, "Session", "eager execution (tf.compat.v1.Session for old graphs)"),
]
for prefix, module, name, instead in old_names:
    try:
        getattr(module, name)
        print(f"{prefix}.{name}: still there")
    except AttributeError as e:
        print(f"{prefix}.{name}: {type(e).__name__} -> {instead}")

# Its imports from tensorflow.python.* still load, but they are private modules
# with no compatibility promise; the public names are tf.nn, tf.math, tf.clip_by_value.
for private in ["tensorflow.python.ops.nn", "tensorflow.python.ops.clip_ops"]:
    importlib.import_module(private)
    print(f"{private}: imports, private")
