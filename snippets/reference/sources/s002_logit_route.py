import numpy as np

eps = np.float32(1e-7)  # Keras's default epsilon
p = np.clip(np.float32(1.0), eps, 1 - eps)  # the output, clipped as a probability
logit = np.log(p / (1 - p))  # the article's step
print(f"p = {p:.7f}, logit = log(p / (1 - p)) = {logit:.6f}")
# That step is the inverse of sigmoid: it turns a probability back into a logit.
print(f"sigmoid(logit) = {1 / (1 + np.exp(-logit)):.7f}")
