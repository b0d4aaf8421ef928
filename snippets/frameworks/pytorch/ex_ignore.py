import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 1.5, 0.3],
                       [-0.5, 0.2, 2.5]], dtype=torch.float64)
target = torch.tensor([0, 1, 2])

# Drop the last sample in two ways: ignore_index, or weight 0 for its class.
ignored = torch.tensor([0, 1, -100])
zero_w = torch.tensor([1.0, 1.0, 0.0], dtype=torch.float64)
for eps in (0.0, 0.1):
    a = F.cross_entropy(logits, ignored, label_smoothing=eps)
    b = F.cross_entropy(logits, target, weight=zero_w, label_smoothing=eps)
    print(f"label_smoothing={eps}: ignored {a:.4f}   zero_w {b:.4f}")

# Per sample, with smoothing: the weight 0 on class 2 also removes class 2's
# share of every sample's smoothing term, and sample 2 keeps its share of the others.
kw = dict(label_smoothing=0.1, reduction="none")
print("ignored, **kw:", F.cross_entropy(logits, ignored, **kw).numpy().round(4))
print("zero_w, **kw: ", F.cross_entropy(logits, target, weight=zero_w, **kw).numpy().round(4))
print("Σ zero_w[target] =", int(zero_w[target].sum()))
