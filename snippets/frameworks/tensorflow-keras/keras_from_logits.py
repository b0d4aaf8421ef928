import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import keras
import numpy as np

# The same inputs, handed to Keras as logits: from_logits=True.
logits = np.array([[1.0, 2.0]], dtype="float32")
labels = np.array([[1.0, 2.0]], dtype="float32")
one = np.array([[1.0]], dtype="float32")
losses = keras.losses

sig = losses.binary_crossentropy(one, one, from_logits=True)
soft = losses.categorical_crossentropy(labels, logits, from_logits=True)
sparse = losses.sparse_categorical_crossentropy(np.array([1]), logits, from_logits=True)

print(f"sigmoid, logit 1, label 1             {float(sig[0]):.4f}")
print(f"softmax, logits [1, 2], labels [1, 2] {float(soft[0]):.4f}")
print(f"sparse, logits [1, 2], class 1        {float(sparse[0]):.4f}")
