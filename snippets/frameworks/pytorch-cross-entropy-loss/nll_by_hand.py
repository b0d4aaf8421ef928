import torch

logits = torch.tensor([[2.8883, 0.1760, 1.0774],
                       [1.1216, -0.0562, 0.0660],
                       [-1.3939, -0.0967, 0.5853]])
target = torch.tensor([1, 2, 0])

log_probs = torch.log_softmax(logits, dim=1)
picked = log_probs[torch.arange(3), target]  # row i keeps column target[i]
print(picked)
print(-picked)          # each sample's loss
print(-picked.mean())   # NLLLoss with the default reduction="mean"
