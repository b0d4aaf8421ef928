import numpy as np


def bce(a, y):
    with np.errstate(divide="ignore", invalid="ignore"):
        return -(y * np.log(a) + (1 - y) * np.log(1 - a))


# The article's own labels 0 and 1 give finite losses for any a inside (0, 1) ...
for y in (0.0, 0.5, 1.0):
    print(f"y = {y}, a = 0.3: {bce(0.3, y):.4f}")
# ... while a = 0 or a = 1 is where a loss can become infinite or undefined.
print(f"y = 1, a = 0: {bce(0.0, 1.0)};  y = 0, a = 0: {bce(0.0, 0.0)}")
