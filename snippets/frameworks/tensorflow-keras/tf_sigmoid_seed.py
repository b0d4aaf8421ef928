import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"  # keep TensorFlow's C++ log lines off the console

import math

import tensorflow as tf

# Seed 002's example: logit z = 1 and label y = 1.
z = tf.constant([1.0])
y = tf.constant([1.0])
loss = tf.nn.sigmoid_cross_entropy_with_logits(labels=y, logits=z)

print(f"TensorFlow loss  {float(loss[0]):.7f}")
print(f"log(1 + e^-1)    {math.log1p(math.exp(-1)):.7f}")
print(f"sigmoid(1)       {1 / (1 + math.exp(-1)):.4f}")
print(f"-log sigmoid(1)  {-math.log(1 / (1 + math.exp(-1))):.4f}")
