import torch

# Every positive finite float16, from its bit patterns 0x0001 to 0x7BFF.
z = torch.arange(1, 0x7C00, dtype=torch.int16).view(torch.float16)
finite = torch.isfinite(torch.exp(z))
last = z[finite].max()
after = torch.nextafter(last, torch.tensor(torch.inf, dtype=torch.float16))
print(f"{last.item()=}, {torch.exp(last).item()=}")
print(f"{after.item()=}, {torch.exp(after).item()=}")

# Naive softmax on the logits [z, 0], in float16.
for top in (last, after):
    logits = torch.stack([top, torch.zeros((), dtype=torch.float16)])
    e = torch.exp(logits)
    print(f"z = {top.item()}: q =", "  ".join(f"{v:.6g}" for v in (e / e.sum()).tolist()))
