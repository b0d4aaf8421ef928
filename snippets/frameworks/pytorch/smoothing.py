import torch
import torch.nn.functional as F

import xent

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 1.5, 0.3],
                       [-0.5, 0.2, 2.5]], dtype=torch.float64)
target = torch.tensor([0, 1, 2])
weight = torch.tensor([1.0, 2.0, 0.5], dtype=torch.float64)
eps, n_classes = 0.1, 3

# The same smoothing, written as probability targets: (1 - eps) one-hot + eps / C.
soft = (1 - eps) * F.one_hot(target, n_classes).double() + eps / n_classes
print(soft)

as_index = F.cross_entropy(logits, target, weight=weight, label_smoothing=eps, reduction="none")
as_probs = F.cross_entropy(logits, soft, weight=weight, reduction="none")
print("as_index:", [round(v, 4) for v in as_index.tolist()])
print("as_probs:", [round(v, 4) for v in as_probs.tolist()])

# The means differ: indices divide by the sum of weight[y], probabilities by N.
total, w_sum = as_index.sum(), weight[target].sum()
print(f"sum {total:.4f}, sum / {w_sum:.1f} = {total / w_sum:.4f}, sum / {len(target)} = {total / len(target):.4f}")
mean_index = F.cross_entropy(logits, target, weight=weight, label_smoothing=eps)
mean_probs = F.cross_entropy(logits, soft, weight=weight)
print(f"mean_index: {mean_index:.4f}")
print(f"mean_probs: {mean_probs:.4f}")
print("|mean_index - xent| < 1e-12:", abs(mean_index.item() - xent.cross_entropy(
    logits.numpy(), target.numpy(), weight=weight.numpy(), label_smoothing=eps)) < 1e-12)
