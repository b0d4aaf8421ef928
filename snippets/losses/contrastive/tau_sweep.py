import math

import numpy as np

import xent


def similarities(noise, B=8, d=16, seed=0):
    """Cosine similarities of B images with their B texts, text = image + noise."""
    rng = np.random.default_rng(seed)
    image = rng.standard_normal((B, d))
    text = image + noise * rng.standard_normal((B, d))
    image /= np.linalg.norm(image, axis=1, keepdims=True)
    text /= np.linalg.norm(text, axis=1, keepdims=True)
    return image @ text.T


s_a, s_b = similarities(1.2), similarities(2.0)
labels = np.arange(8)
top1 = [(s.argmax(1) == labels).sum() for s in (s_a, s_b)]
print(f"top1: a={top1[0]}  b={top1[1]}")
print(f"ln B = {math.log(8):.4f}")
print(" tau    a       b")
for tau in [1, 0.5, 0.2, 0.1, 0.07, 0.03, 0.01]:
    print(f"{tau:<5} {xent.info_nce(s_a, tau):.4f}  {xent.info_nce(s_b, tau):.4f}")
