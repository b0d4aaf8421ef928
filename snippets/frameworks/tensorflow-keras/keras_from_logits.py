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

print(f"sigmoid, z = 1, y = 1                 {float(sig[0]):.4f}")
print(f"softmax, z = [1, 2], y = [1, 2]       {float(soft[0]):.4f}")
print(f"sparse, z = [1, 2], y = 1             {float(sparse[0]):.4f}")
