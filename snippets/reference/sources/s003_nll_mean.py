import torch
from torch import nn

log_probs = torch.log(torch.tensor([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]]))
target = torch.tensor([0, 2])

# Seed 003 writes NLLLoss as a sum; PyTorch's default averages over the batch.
picked = -log_probs[torch.arange(2), target]
print(f"sum:     {picked.sum().item():.4f}")
print(f"mean:    {picked.mean().item():.4f}")
print("NLLLoss:", format(nn.NLLLoss()(log_probs, target).item(), ".4f"))
