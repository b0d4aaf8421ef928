import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import keras
import numpy as np


def f32(*rows):
    return np.array(rows, dtype="float32")


def show(label, value):
    v = float(value)
    print(f"{label:<36} {v:.7e}" if 0 < abs(v) < 1e-3 else f"{label:<36} {v:.4f}")


losses = keras.losses
show("softmax CE, logits [1, 2], class 1",
     losses.sparse_categorical_crossentropy(np.array([1]), f32([1, 2]), from_logits=True)[0])
show("sigmoid CE, logit -100, label 1", losses.binary_crossentropy(f32(1), f32(-100), from_logits=True))
show("BCE, probability 1, label 1", losses.binary_crossentropy(f32(1), f32(1)))
show("BCE, probability 0, label 1", losses.binary_crossentropy(f32(1), f32(0)))
show("  = -log eps, eps in float32", -np.log(np.float32(keras.config.epsilon())))  # 0 was clipped to eps

# Two rows, classes 1 and 0: the function gives one loss per row, the class averages.
y, z = np.array([1, 0]), f32([1, 2], [1, 2])
batch = losses.sparse_categorical_crossentropy(y, z, from_logits=True)
print(f"{'batch of two, function':<36} {', '.join(f'{float(v):.4f}' for v in batch)}")
show("batch of two, class", losses.SparseCategoricalCrossentropy(from_logits=True)(y, z))
