import numpy as np
import torch
import torch.nn.functional as F

import xent

rng = np.random.default_rng(0)
B, d, tau = 8, 16, 0.07
image = torch.tensor(rng.standard_normal((B, d)))
text = image + 1.2 * torch.tensor(rng.standard_normal((B, d)))  # pair i: image i, text i

# CLIP's pseudocode: L2-normalise, cosine similarities, scale by 1 / tau.
I_e = F.normalize(image, dim=1)
T_e = F.normalize(text, dim=1)
s = I_e @ T_e.T  # s[i, j]: image i with text j
logits = s / tau
labels = torch.arange(B)
loss_i = F.cross_entropy(logits, labels)  # each image picks its text
loss_t = F.cross_entropy(logits.T, labels)  # each text picks its image
loss = (loss_i + loss_t) / 2
print(f"{loss_i.item()=:.4f}  {loss_t.item()=:.4f}  {loss.item()=:.4f}")
print(f"xent={xent.info_nce(s.numpy(), tau):.4f}")
print("diagonal:", np.array2string(s.diagonal().numpy(), precision=2, floatmode="fixed"))
top1 = (s.argmax(1) == labels).sum().item()
print(f"{top1=}/{B}")
