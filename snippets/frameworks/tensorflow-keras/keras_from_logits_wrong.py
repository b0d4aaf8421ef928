import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import keras
import numpy as np

# A model's raw scores, and the probabilities a softmax layer would make of them.
y_true = np.array([[0.0, 1.0, 0.0]], dtype="float32")
logits = np.array([[2.0, 1.0, -1.0]], dtype="float32")
probs = keras.ops.softmax(logits)

right = keras.losses.categorical_crossentropy(y_true, logits, from_logits=True)
also_right = keras.losses.categorical_crossentropy(y_true, probs)
# Forgetting from_logits=True: Keras reads the scores as probabilities, divides
# them by their sum (2) and clips the result to [eps, 1 - eps]. No error, no warning.
wrong = keras.losses.categorical_crossentropy(y_true, logits)

print(f"logits, from_logits=True   {float(right[0]):.4f}")
print(f"probabilities, default     {float(also_right[0]):.4f}")
print(f"logits, default (wrong)    {float(wrong[0]):.4f}")
