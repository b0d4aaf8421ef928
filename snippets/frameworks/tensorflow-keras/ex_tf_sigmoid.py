import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import math

import tensorflow as tf

# Label 0 with logit -1 and with logit +1.
z = tf.constant([-1.0, 1.0])
y = tf.constant([0.0, 0.0])
loss = tf.nn.sigmoid_cross_entropy_with_logits(labels=y, logits=z)
print("TensorFlow:", ", ".join(f"{float(v):.4f}" for v in loss))

# By the stable form max(z, 0) - z*y + log(1 + e^-|z|):
print(f"z = -1: 0 - 0 + log(1 + e^-1) = {math.log1p(math.exp(-1)):.4f}")
print(f"z = +1: 1 - 0 + log(1 + e^-1) = {1 + math.log1p(math.exp(-1)):.4f}")
