import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import keras
import numpy as np

# A "probability" vector that sums to 0.6, not 1.
y_pred = np.array([0.2, 0.2, 0.2], dtype="float32")
loss = keras.losses.sparse_categorical_crossentropy(np.array(1), y_pred)
print(f"Keras                {float(loss):.4f}")
print(f"-log 0.2             {-np.log(0.2):.4f}")
print(f"-log(0.2 / 0.6)      {-np.log(0.2 / 0.6):.4f}")
