import torch

# Seed 001's 3×3 logits, as its article printed them (rounded to 4 decimals).
logits = torch.tensor([[2.8883, 0.1760, 1.0774],
                       [1.1216, -0.0562, 0.0660],
                       [-1.3939, -0.0967, 0.5853]])

probs = torch.softmax(logits, dim=1)  # normalise each row (each sample)
print(probs)
print(probs.sum(dim=1))
