import math

import numpy as np
import torch

info = torch.finfo(torch.bfloat16)
# 7 stored fraction bits, plus the implicit leading 1: 8 bits of precision
print(f"{info.eps=}, -log2(eps) = {-math.log2(info.eps):.0f}, {info.max=:.4g}")
print(f"float32: {torch.finfo(torch.float32).max=:.4g}")
print()

rng = np.random.default_rng(1)
z = rng.uniform(20, 100, size=5)
z_bf16 = torch.tensor(z).to(torch.bfloat16).double().numpy()
# the gap between neighbouring bfloat16 numbers at |z|: 2^(exponent - 7)
spacing = 2.0 ** (np.floor(np.log2(np.abs(z))) - 7)
error = z_bf16 - z
print("         z      z_bf16       error     spacing")
for row in zip(z, z_bf16, error, spacing, strict=True):
    print("  ".join(f"{v:10.4f}" for v in row))
print()


def cross_entropy(logits, y):
    # float64 log-softmax, maximum subtracted
    m = logits.max()
    return m + math.log(np.exp(logits - m).sum()) - logits[y]


for y in range(len(z)):
    loss, loss_bf16 = cross_entropy(z, y), cross_entropy(z_bf16, y)
    change = (loss_bf16 - loss) / loss
    print(f"{y=}: {loss=:10.6f}  {loss_bf16=:10.6f}  {change=:+.2e}")
# z[1] and z[3] both round to 96: the two classes tie
print(f"log(2) = {math.log(2):.6f}")
