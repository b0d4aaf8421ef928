import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
z = torch.randn(4, 3)  # 4 samples, 3 labels each
y = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
mean = F.binary_cross_entropy_with_logits(z, y)
per_sample = F.binary_cross_entropy_with_logits(z, y, reduction="sum") / len(z)
ratio = per_sample / mean
print(f"{mean=:.4f}, {per_sample=:.4f}, {ratio=:.4f}")

# Ten more labels that are never present, and that the model already rules out (z = -10).
z_more = torch.cat([z, torch.full((4, 10), -10.0)], dim=1)
y_more = torch.cat([y, torch.zeros(4, 10)], dim=1)
mean_more = F.binary_cross_entropy_with_logits(z_more, y_more)
per_sample_more = F.binary_cross_entropy_with_logits(z_more, y_more, reduction="sum") / len(z)
print(f"{mean_more=:.4f}, {per_sample_more=:.4f}")
