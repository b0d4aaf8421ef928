import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import keras
import numpy as np
import tensorflow as tf

y = np.array([1.0, 2.0], dtype="float32")
for factor in (1.0, 10.0):
    v = factor * np.array([1.0, 2.0], dtype="float32")
    keras_loss = keras.losses.categorical_crossentropy(y, v)
    tf_loss = tf.nn.softmax_cross_entropy_with_logits(labels=y, logits=v)
    print(f"v = {factor:2.0f} * [1, 2]: Keras {float(keras_loss):.4f}   TensorFlow {float(tf_loss):.4f}")

# Where 10.0001 comes from: class 0 (weight 1) and class 1 (weight 2) of logits [10, 20].
nll = -tf.nn.log_softmax(np.array([10.0, 20.0], dtype="float32")).numpy()
print(f"-log softmax([10, 20]) = [{nll[0]:.4f}, {nll[1]:.4e}]")
