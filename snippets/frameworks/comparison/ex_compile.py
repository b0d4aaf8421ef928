import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import keras
import numpy as np

# One sample: the raw scores of a last layer without activation, true class 1.
y = np.array([1])
scores = np.array([[3.0, 0.5, -2.0]], dtype="float32")

as_probabilities = keras.losses.SparseCategoricalCrossentropy()(y, scores)
fix_flag = keras.losses.SparseCategoricalCrossentropy(from_logits=True)(y, scores)
fix_softmax = keras.losses.SparseCategoricalCrossentropy()(y, keras.ops.softmax(scores))

print(f"scores            {float(as_probabilities):.4f}")
print(f"from_logits=True  {float(fix_flag):.4f}")
print(f"softmax(scores)   {float(fix_softmax):.4f}")

# Without from_logits the scores are clipped to [eps, 1 - eps]; their log goes through
# softmax, which divides the clipped scores by their sum.
eps = keras.config.epsilon()
clipped = np.clip(scores[0], eps, 1 - eps)
print("clipped:                ", " ".join(f"{v:.7g}" for v in clipped))
print("clipped / clipped.sum():", " ".join(f"{v:.7g}" for v in clipped / clipped.sum()))
print(f"-log q[1] = {-np.log(clipped[1] / clipped.sum()):.4f}, log 3 = {np.log(3):.4f}")
