import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import tensorflow as tf


def show(label, value):
    v = float(value)
    print(f"{label:<40} {v:.7e}" if 0 < abs(v) < 1e-3 else f"{label:<40} {v:.4f}")


show("softmax CE, z = [1, 2], y = 1",
     tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[1], logits=[[1.0, 2.0]])[0])
show("sigmoid CE, z = -100, y = 1",
     tf.nn.sigmoid_cross_entropy_with_logits(labels=[1.0], logits=[-100.0])[0])
print(f"{'BCE, q':<40} —")

# No reduction: two rows, classes 1 and 0, give two losses.
batch = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[1, 0], logits=[[1.0, 2.0], [1.0, 2.0]])
print(f"{'N = 2, z = [[1, 2], [1, 2]], y = [1, 0]':<40} {', '.join(f'{float(v):.4f}' for v in batch)}")
