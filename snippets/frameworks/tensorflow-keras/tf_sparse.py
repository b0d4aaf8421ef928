import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import math

import tensorflow as tf

# Seed 002's example: logits [1, 2], correct class index 1.
loss = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=1, logits=[1.0, 2.0])
print(f"sparse_softmax_cross_entropy_with_logits  {float(loss):.4f}")
print(f"softmax([1, 2])[1]                        {float(tf.nn.softmax([1.0, 2.0])[1]):.4f}")

# With two classes, softmax of the correct class is the sigmoid of the logit difference 2 - 1.
print(f"-log sigmoid(2 - 1)                       {-math.log(1 / (1 + math.exp(-1))):.4f}")

# A batch: one integer label per row, one loss per row.
batch = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[1, 0], logits=[[1.0, 2.0], [1.0, 2.0]])
print("batch, y = [1, 0]                        ", ", ".join(f"{float(v):.4f}" for v in batch))
