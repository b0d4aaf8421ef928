import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import math

import tensorflow as tf

# Label 0 with logit -1 and with logit +1.
x = tf.constant([-1.0, 1.0])
z = tf.constant([0.0, 0.0])
loss = tf.nn.sigmoid_cross_entropy_with_logits(labels=z, logits=x)
print("TensorFlow:", ", ".join(f"{float(v):.4f}" for v in loss))

# By the stable form max(x, 0) - x*z + log(1 + e^-|x|):
print(f"x = -1: 0 - 0 + log(1 + e^-1) = {math.log1p(math.exp(-1)):.4f}")
print(f"x = +1: 1 - 0 + log(1 + e^-1) = {1 + math.log1p(math.exp(-1)):.4f}")
