import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"

import keras
import numpy as np
import tensorflow as tf
import torch
import torch.nn.functional as F

import xent

one, p1 = np.array([1.0]), np.array([1.0])  # label 1; probability 1
logit = np.array([100.0])
f32 = lambda a: a.astype("float32")  # noqa: E731
t = torch.tensor

print("q = 1, y = 1")
rows = [
    ("NumPy", "xent.binary_cross_entropy", xent.binary_cross_entropy(p1, one)),
    ("PyTorch", "F.binary_cross_entropy", F.binary_cross_entropy(t(p1), t(one))),
    ("Keras", "keras.losses.binary_crossentropy", keras.losses.binary_crossentropy(f32(one), f32(p1))),
]
for lib, name, v in rows:
    print(f"  {lib:<11}{name:<46}{float(v):.7e}" if float(v) else f"  {lib:<11}{name:<46}{float(v):.4f}")

print("z = 100, y = 1")
rows = [
    ("NumPy", "xent.binary_cross_entropy_with_logits", xent.binary_cross_entropy_with_logits(logit, one)),
    ("PyTorch", "F.binary_cross_entropy_with_logits", F.binary_cross_entropy_with_logits(t(logit), t(one))),
    ("TensorFlow", "tf.nn.sigmoid_cross_entropy_with_logits",
     tf.nn.sigmoid_cross_entropy_with_logits(labels=one, logits=logit)[0]),
    ("Keras", "binary_crossentropy(from_logits=True)",
     keras.losses.binary_crossentropy(f32(one), f32(logit), from_logits=True)),
]
for lib, name, v in rows:
    print(f"  {lib:<11}{name:<46}{float(v):.4f}")
