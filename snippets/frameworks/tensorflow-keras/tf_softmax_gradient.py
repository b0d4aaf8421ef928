import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import tensorflow as tf

labels = tf.constant([1.0, 2.0], dtype=tf.float64)  # not a probability distribution
z = tf.Variable([1.0, 2.0], dtype=tf.float64)

# Gradient of the fused op, as TensorFlow registers it.
with tf.GradientTape() as tape:
    fused = tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=z)
g_fused = tape.gradient(fused, z)

# Gradient of the same formula written out, -sum y log softmax(z).
with tf.GradientTape() as tape:
    spelled_out = -tf.reduce_sum(labels * tf.nn.log_softmax(z))
g_spelled = tape.gradient(spelled_out, z)

# A central finite difference of the fused op's own value.
h = 1e-6
fd = [(tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=z + e)
       - tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=z - e)) / (2 * h)
      for e in tf.eye(2, dtype=tf.float64) * h]


def show(g):
    return f"[{float(g[0]):.4f}, {float(g[1]):.4f}]"


print(f"fused, spelled_out     {float(fused):.4f}  {float(spelled_out):.4f}")
print(f"g_fused                {show(g_fused)}")
print(f"g_spelled              {show(g_spelled)}")
print(f"fd                     {show(fd)}")
print(f"softmax(z) - y         {show(tf.nn.softmax(z) - labels)}")
print(f"3 softmax(z) - y       {show(tf.reduce_sum(labels) * tf.nn.softmax(z) - labels)}")
