import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import keras
import numpy as np


def f32(*rows):
    return np.array(rows, dtype="float32")


def show(label, value):
    v = float(value)
    print(f"{label:<40} {v:.7e}" if 0 < abs(v) < 1e-3 else f"{label:<40} {v:.4f}")


losses = keras.losses
show("softmax CE, z = [1, 2], y = 1",
     losses.sparse_categorical_crossentropy(np.array([1]), f32([1, 2]), from_logits=True)[0])
show("sigmoid CE, z = -100, y = 1", losses.binary_crossentropy(f32(1), f32(-100), from_logits=True))
show("BCE, q = 1, y = 1", losses.binary_crossentropy(f32(1), f32(1)))
show("BCE, q = 0, y = 1", losses.binary_crossentropy(f32(1), f32(0)))
show("  = -log float32(ε)", -np.log(np.float32(keras.config.epsilon())))  # 0 was clipped to eps

# Two rows, classes 1 and 0: the function gives one loss per row, the class averages.
y, z = np.array([1, 0]), f32([1, 2], [1, 2])
batch = losses.sparse_categorical_crossentropy(y, z, from_logits=True)
print("N = 2, z = [[1, 2], [1, 2]], y = [1, 0]")
print(f"{'  sparse_categorical_crossentropy':<40} {', '.join(f'{float(v):.4f}' for v in batch)}")
show("  SparseCategoricalCrossentropy", losses.SparseCategoricalCrossentropy(from_logits=True)(y, z))
