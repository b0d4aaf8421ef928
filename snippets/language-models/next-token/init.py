import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)
n = 512  # predicted tokens
for V in (27, 50_257):
    y = torch.randint(0, V, (n,))
    zero = torch.zeros(n, V, dtype=torch.float64)  # uniform logits: q = 1/V for every token
    ce_uniform = F.cross_entropy(zero, y).item()
    print(f"{V=:<6}  ln V = {math.log(V):.4f}  {ce_uniform=:.4f}")
    for std in (0.02, 1.0, 10.0):  # the spread of the output layer's logits at the start
        z = std * torch.randn(n, V, dtype=torch.float64)
        ce = F.cross_entropy(z, y).item()
        print(f"  {std=:<5}  {ce=:8.4f}  ce - ln V = {ce - math.log(V):7.4f}")
