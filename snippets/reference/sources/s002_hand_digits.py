import math

import torch
import torch.nn.functional as F

# Seed 002 works the softmax of logits (1, 2) by hand to nine decimals.
a1 = math.exp(1) / (math.exp(1) + math.exp(2))
a2 = math.exp(2) / (math.exp(1) + math.exp(2))
z = torch.tensor([1.0, 2.0])  # float32
p32 = torch.softmax(z, dim=0)
loss32 = -torch.log_softmax(z, dim=0)[1]
rows = [
    ("softmax(1, 2)[0]", "0.268941422", p32[0].item(), a1),
    ("softmax(1, 2)[1]", "0.731058581", p32[1].item(), a2),
    ("-ln softmax(1, 2)[1]", "0.313261684", loss32.item(), -math.log(a2)),
]
print(f"{'':<22}{'article':>12}{'float32':>13}{'exact':>13}")
for name, article, f32, exact in rows:
    print(f"{name:<22}{article:>12}{f32:>13.9f}{exact:>13.9f}")
# The same loss in float32 by its other formula, log(1 + e^-1):
sigmoid_form = F.binary_cross_entropy_with_logits(torch.tensor([1.0]), torch.tensor([1.0]))
print(f"{'  log(1 + e^-1)':<22}{'':>12}{sigmoid_form.item():>13.9f}")
units = [round((float(article) - exact) * 1e9) for _, article, _, exact in rows]
print("units = (article - exact) * 10^9:", ", ".join(f"{u:+d}" for u in units))
