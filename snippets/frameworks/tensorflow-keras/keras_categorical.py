import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import keras
import numpy as np

# Seed 002's example: target [1, 2], prediction [1, 2], now read as probabilities.
y_true = np.array([1.0, 2.0], dtype="float32")
y_pred = np.array([1.0, 2.0], dtype="float32")
loss = keras.losses.categorical_crossentropy(y_true, y_pred)
print(f"categorical_crossentropy         {float(loss):.4f}")

# Keras first divides the prediction by its sum, then clips to [eps, 1 - eps].
q = y_pred / y_pred.sum()
print(f"q = y_pred / y_pred.sum()        [{q[0]:.4f}, {q[1]:.4f}]")
print(f"-(1 * log(1/3) + 2 * log(2/3))   {-(1 * np.log(1 / 3) + 2 * np.log(2 / 3)):.4f}")

# So only the ratios matter: ten times the prediction, same loss.
scaled = keras.losses.categorical_crossentropy(y_true, 10 * y_pred)
print(f"10 * y_pred                      {float(scaled):.4f}")
