import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import tensorflow as tf

# The three tf.nn ops on seed 002's inputs. All of them take logits.
logits = tf.constant([[1.0, 2.0]])

sig = tf.nn.sigmoid_cross_entropy_with_logits(labels=[[1.0]], logits=[[1.0]])
soft = tf.nn.softmax_cross_entropy_with_logits(labels=[[1.0, 2.0]], logits=logits)
sparse = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[1], logits=logits)

print(f"sigmoid, z = 1, y = 1                 {float(sig[0, 0]):.4f}")
print(f"softmax, z = [1, 2], y = [1, 2]       {float(soft[0]):.4f}")
print(f"sparse, z = [1, 2], y = 1             {float(sparse[0]):.4f}")
