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

# The same steps by hand, in Keras 3's order: divide by the sum, then clip.
eps = keras.config.epsilon()
total = logits.sum()
share = logits[0] / total
clipped = np.clip(share, eps, 1 - eps)

print(f"logits, from_logits=True   {float(right[0]):.4f}")
print(f"probs                      {float(also_right[0]):.4f}")
print(f"logits, from_logits=False  {float(wrong[0]):.4f}")
print(f"total {total:.0f}   share [{', '.join(f'{v:.7g}' for v in share)}]")
print(f"clipped [{', '.join(f'{v:.7g}' for v in clipped)}]   -log {clipped[1]:.7g} = {-np.log(clipped[1]):.4f}")
