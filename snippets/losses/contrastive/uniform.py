import math

import numpy as np
import torch
import torch.nn.functional as F

import xent

B, tau = 256, 0.07
s = torch.zeros(B, B, dtype=torch.float64)  # every image equally like every text
labels = torch.arange(B)
logits = s / tau
loss_i = F.cross_entropy(logits, labels)  # image -> text: the rows
loss_t = F.cross_entropy(logits.T, labels)  # text -> image: the columns
loss = (loss_i + loss_t) / 2
print(f"{loss.item()=:.4f}  ln B = {math.log(B):.4f}")
print(f"xent={xent.info_nce(np.zeros((B, B)), tau):.4f}")

# Unrelated embeddings in 512 dimensions: cosines near 0, loss near ln B.
rng = np.random.default_rng(0)
image, text = rng.standard_normal((2, B, 512))
image /= np.linalg.norm(image, axis=1, keepdims=True)
text /= np.linalg.norm(text, axis=1, keepdims=True)
unrelated = xent.info_nce(image @ text.T, tau)
print(f"{unrelated=:.4f}")
