import math

import torch

# float16: 5 exponent bits, 10 stored fraction bits.
info = torch.finfo(torch.float16)
print(f"{info.max=}, {info.eps=}, {info.tiny=}")
print(f"log(max) = {math.log(info.max):.4f}")
# round to nearest: inf only from max + 16, half the step of 32 between the top two numbers
edge = info.max + 16
print(f"{edge=}:", torch.tensor([edge - 0.01, edge]).to(torch.float16).tolist())
print(f"log(edge) = {math.log(edge):.4f}")

z = torch.tensor([11.0, 11.1], dtype=torch.float16)
print("z      =", z.tolist())
print("exp(z) =", torch.exp(z).tolist())
# e^11.1 in float64, against the largest float16
print(f"{math.exp(11.1)=:.1f}")
