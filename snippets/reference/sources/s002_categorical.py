import keras
import numpy as np
import tensorflow as tf

labels = np.array([[1.0, 2.0]], dtype=np.float32)  # seed 002's labels and predictions
preds = np.array([[1.0, 2.0]], dtype=np.float32)

tf_value = tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=preds).numpy()[0]
keras_value = keras.losses.categorical_crossentropy(labels, preds).numpy()[0]
print(f"TensorFlow {tf_value:.7f}   Keras {keras_value:.7f}")

# Two readings of the same numbers: logits through softmax,
# or weights divided by their sum.
as_logits = np.exp(preds) / np.exp(preds).sum()
as_weights = preds / preds.sum()
print(
    "softmax(1, 2)      =",
    as_logits.round(4),
    " -sum y log:",
    f"{-(labels * np.log(as_logits)).sum():.6f}",
)
print(
    "(1, 2) / (1 + 2)   =",
    as_weights.round(4),
    " -sum y log:",
    f"{-(labels * np.log(as_weights)).sum():.6f}",
)
