import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import keras
import numpy as np
import tensorflow as tf


def f32(*values):
    return np.array(values, dtype="float32")


# Seed 002's six examples with today's public APIs, printed the way its
# printouts show float32 numbers (shortest round-trip digits).
results = {
    "tf sigmoid_cross_entropy_with_logits":
        tf.nn.sigmoid_cross_entropy_with_logits(labels=f32(1), logits=f32(1))[0],
    "keras binary_crossentropy":
        keras.losses.binary_crossentropy(f32(1), f32(1)),
    "tf softmax_cross_entropy_with_logits":
        tf.nn.softmax_cross_entropy_with_logits(labels=f32(1, 2), logits=f32(1, 2)),
    "keras categorical_crossentropy":
        keras.losses.categorical_crossentropy(f32(1, 2), f32(1, 2)),
    "tf sparse_softmax_cross_entropy_with_logits":
        tf.nn.sparse_softmax_cross_entropy_with_logits(labels=1, logits=f32(1, 2)),
    "keras sparse_categorical_crossentropy":
        keras.losses.sparse_categorical_crossentropy(np.array(1), f32(0.2, 0.2, 0.6)),
}
for name, value in results.items():
    print(f"{name:<44} {np.float32(float(value))!s}")

# Keras 2's binary_crossentropy turned the clipped probability back into a
# logit and called the sigmoid op; Keras 3 takes the log of the probability.
eps = np.float32(keras.config.epsilon())
q = tf.clip_by_value(f32(1), eps, 1 - eps)
logit = tf.math.log(q / (1 - q))
old = tf.nn.sigmoid_cross_entropy_with_logits(labels=f32(1), logits=logit)
print(f"{'Keras 2: logit = log(q / (1 - q))':<44} {np.float32(float(logit[0]))!s}")
print(f"{'Keras 2: sigmoid_cross_entropy_with_logits':<44} {np.float32(float(old[0]))!s}")
