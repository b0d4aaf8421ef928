import keras
import numpy as np
import tensorflow as tf


def show(what, article, value):
    value = np.float32(np.asarray(value).reshape(-1)[0])
    print(f"{what:<47}{article:>14}{str(value):>15}")


def f32(values):
    return np.array(values, dtype="float32")


print(f"{'':<47}{'article':>14}{'value':>15}")
# 1. Label 1, logit 1.
show(
    "tf.nn.sigmoid_cross_entropy_with_logits",
    "0.3132617",
    tf.nn.sigmoid_cross_entropy_with_logits(labels=f32([1]), logits=f32([1])),
)
# 2. Label 1, probability 1: the article clips to [eps, 1 - eps], turns the
#    probability back into a logit, then uses the sigmoid formula.
eps = keras.config.epsilon()
p = tf.clip_by_value(f32([1]), eps, 1 - eps)
show(
    "  logits=log(p / (1 - p))",
    "1.1920933e-07",
    tf.nn.sigmoid_cross_entropy_with_logits(labels=f32([1]), logits=tf.math.log(p / (1 - p))),
)
show("keras.losses.binary_crossentropy", "1.1920933e-07", keras.losses.binary_crossentropy(f32([1]), f32([1])))
# 3. Labels (1, 2), logits (1, 2).
show(
    "tf.nn.softmax_cross_entropy_with_logits",
    "1.939785",
    tf.nn.softmax_cross_entropy_with_logits(labels=f32([1, 2]), logits=f32([1, 2])),
)
# 4. The same numbers as Keras "probabilities": divided by their sum, not softmaxed.
show(
    "keras.losses.categorical_crossentropy",
    "1.9095424",
    keras.losses.categorical_crossentropy(f32([1, 2]), f32([1, 2])),
)
# 5. Class index 1, logits (1, 2).
show(
    "tf.nn.sparse_softmax_cross_entropy_with_logits",
    "0.31326166",
    tf.nn.sparse_softmax_cross_entropy_with_logits(labels=np.array(1), logits=f32([1, 2])),
)
# 6. Class index 1, probabilities (0.2, 0.2, 0.6).
show(
    "keras.losses.sparse_categorical_crossentropy",
    "1.609438",
    keras.losses.sparse_categorical_crossentropy(np.array([1]), f32([[0.2, 0.2, 0.6]])),
)
