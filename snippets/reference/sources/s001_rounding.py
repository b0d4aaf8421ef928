import torch
import torch.nn.functional as F

# Seed 001's inputs as the article printed them, rounded to 4 decimals.
logits = torch.tensor([[2.8883, 0.1760, 1.0774], [1.1216, -0.0562, 0.0660], [-1.3939, -0.0967, 0.5853]])
target = torch.tensor([1, 2, 0])
probs = torch.softmax(logits, dim=1)
log_probs = torch.log_softmax(logits, dim=1)

rows = [
    ("softmax[1, 2]", 0.2102, probs[1, 2]),
    ("softmax[2, 2]", 0.6083, probs[2, 2]),
    ("log_softmax[1, 2]", -1.5599, log_probs[1, 2]),
    ("cross_entropy", 2.3185, F.cross_entropy(logits, target)),
]
print(f"{'':<18}{'article':>8}{'value':>9}")
for name, article, value in rows:
    print(f"{name:<18}{article:>8.4f}{value.item():>9.4f}")
