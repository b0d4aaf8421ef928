import numpy as np
import tensorflow as tf

logits = np.array([1.0, 2.0, 3.0, 4.0, 5.0], dtype="float32")

# "Sparse" means one class index per sample, here 3 ...
sparse = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=np.array(3), logits=logits)
# ... and gives the same loss as the one-hot vector (0, 0, 0, 1, 0) in the dense op.
dense = tf.nn.softmax_cross_entropy_with_logits(labels=np.eye(5, dtype="float32")[3], logits=logits)
print(f"{sparse.numpy():.4f} {dense.numpy():.4f}")

# Handing the sparse op a one-hot vector, as the article describes, is an error.
try:
    tf.nn.sparse_softmax_cross_entropy_with_logits(labels=np.eye(5, dtype="int32")[3], logits=logits)
except ValueError as e:
    print(f"{type(e).__name__}: labels must have one rank fewer than logits")
