import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import tensorflow as tf


def show(label, value):
    v = float(value)
    print(f"{label:<36} {v:.7e}" if 0 < abs(v) < 1e-3 else f"{label:<36} {v:.4f}")


show("softmax CE, logits [1, 2], class 1",
     tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[1], logits=[[1.0, 2.0]])[0])
show("sigmoid CE, logit -100, label 1",
     tf.nn.sigmoid_cross_entropy_with_logits(labels=[1.0], logits=[-100.0])[0])
print(f"{'BCE on probabilities':<36} no such op in tf.nn")

# No reduction: two rows, classes 1 and 0, give two losses.
batch = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[1, 0], logits=[[1.0, 2.0], [1.0, 2.0]])
print(f"{'batch of two, default call':<36} {', '.join(f'{float(v):.4f}' for v in batch)}")
