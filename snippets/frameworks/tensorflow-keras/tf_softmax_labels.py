import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import tensorflow as tf

# Seed 002's example: the same numbers [1, 2] as logits and as "labels".
logits = tf.constant([1.0, 2.0])
labels = tf.constant([1.0, 2.0])  # they sum to 3, not 1

loss = tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits)
print(f"softmax_cross_entropy_with_logits  {float(loss):.4f}")

# What the op computes: -sum_j y_j log softmax(z)_j, labels taken as they are.
nll = -tf.nn.log_softmax(logits)
print(f"-log softmax(z)                    [{float(nll[0]):.4f}, {float(nll[1]):.4f}]")
print(f"1 * {float(nll[0]):.4f} + 2 * {float(nll[1]):.4f}            {float(1 * nll[0] + 2 * nll[1]):.4f}")

# The same number as a weighted sum of two hard-label losses: class 0 with weight 1, class 1 with weight 2.
hard = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[0, 1], logits=[logits, logits])
print(f"sum(hard * [1, 2])                 {float(tf.reduce_sum(hard * [1.0, 2.0])):.4f}")

# ...and as 3 times the loss against the normalised labels [1/3, 2/3].
normalised = tf.nn.softmax_cross_entropy_with_logits(labels=labels / 3, logits=logits)
print(f"3 * normalised                     {3 * float(normalised):.4f}")

# The smallest value this loss can take: softmax(z) = [1/3, 2/3], i.e. z = log [1, 2].
best = tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=tf.math.log(labels))
print(f"min: softmax(z) = [1/3, 2/3]       {float(best):.4f}")
p = labels / 3
print(f"3 * H([1/3, 2/3])                  {3 * float(-tf.reduce_sum(p * tf.math.log(p))):.4f}")
