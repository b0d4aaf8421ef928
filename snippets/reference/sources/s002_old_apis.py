import sys

import keras
import tensorflow as tf

K = keras.backend
# Names seed 002's code relies on (K is keras.backend), and what TensorFlow 2 / Keras 3 offer instead.
old_names = [
    ("K.constant", lambda: K.constant, "tf.constant", lambda: tf.constant),
    ("K.eval", lambda: K.eval, "tensor.numpy()", lambda: tf.constant(0.0).numpy),
    (
        "K.sparse_categorical_crossentropy",
        lambda: K.sparse_categorical_crossentropy,
        "keras.losses.sparse_categorical_crossentropy",
        lambda: keras.losses.sparse_categorical_crossentropy,
    ),
    (
        "tf.nn.softmax_cross_entropy_with_logits_v2",
        lambda: tf.nn.softmax_cross_entropy_with_logits_v2,
        "tf.nn.softmax_cross_entropy_with_logits",
        lambda: tf.nn.softmax_cross_entropy_with_logits,
    ),
    ("tf.Session", lambda: tf.Session, "tf.compat.v1.Session", lambda: tf.compat.v1.Session),
]
for old, get_old, instead, get_instead in old_names:
    try:
        get_old()
        print(f"{old}: still there")
    except AttributeError as e:
        get_instead()
        print(f"{old}: {type(e).__name__}\n  → {instead}")

# Its imports from tensorflow.python.* still load, but they are private modules
# with no compatibility promise; the public names are tf.nn, tf.math, tf.clip_by_value.
from tensorflow.python.ops import clip_ops, nn

for private in [nn, clip_ops]:
    print(f"{private.__name__} in sys.modules: {private.__name__ in sys.modules}")
