import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import keras
import numpy as np

# Seed 002's example: three predicted probabilities, correct class index 1.
y_true = np.array(1)
y_pred = np.array([0.2, 0.2, 0.6], dtype="float32")
loss = keras.losses.sparse_categorical_crossentropy(y_true, y_pred)
print(f"sparse_categorical_crossentropy  {float(loss):.4f}")
print(f"-log 0.2                         {-np.log(0.2):.4f}")

# Plain Python lists are rejected: the function reads y_true.shape before converting.
try:
    keras.losses.sparse_categorical_crossentropy(1, [0.2, 0.2, 0.6])
except AttributeError as err:
    print("sparse_categorical_crossentropy(1, [0.2, 0.2, 0.6])")
    print(f"AttributeError: {err}")
