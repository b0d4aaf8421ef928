import torch

b = torch.tensor(64.0, dtype=torch.bfloat16)
up = torch.nextafter(b, torch.tensor(100.0, dtype=torch.bfloat16))
down = torch.nextafter(b, torch.tensor(0.0, dtype=torch.bfloat16))
print(f"{down.item()=}, {b.item()=}, {up.item()=}")
print(f"{(up - b).item()=}, {64 * torch.finfo(torch.bfloat16).eps=}")

for v in (64.2, 64.25, 64.3, 64.75):
    print(v, "->", torch.tensor(v).to(torch.bfloat16).item())
