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
