import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import keras
import numpy as np

eps = keras.config.epsilon()
print(f"keras.config.epsilon()     {eps}")

# Seed 002's example: label 1, predicted probability 1 -- a perfect prediction.
y_true = np.array([1.0], dtype="float32")
y_pred = np.array([1.0], dtype="float32")
loss = keras.losses.binary_crossentropy(y_true, y_pred)
print(f"binary_crossentropy        {float(loss):.7e}")

# Keras clips the probability to [eps, 1 - eps] first. In float32, 1 - 1e-7 rounds to 1 - 2^-23.
top = np.float32(1.0) - np.float32(eps)
print(f"1 - eps (float32)          {top:.9f}")
print(f"-log(1 - eps)              {-np.log(float(top)):.2e}")
print(f"2^-23                      {2.0**-23:.2e}")

# The other end: probability 0 for the true class costs -log(eps), not infinity.
worst = keras.losses.binary_crossentropy(y_true, np.array([0.0], dtype="float32"))
print(f"q = 0, y = 1               {float(worst):.4f}")
print(f"-log(eps)                  {float(-np.log(np.float32(eps))):.4f}")

# The functional form computes in the inputs' dtype; float64 inputs give the float64 answer.
loss64 = keras.losses.binary_crossentropy(np.array([1.0]), np.array([1.0]))
print(f"loss64 (float64)           {float(loss64):.7e}")
