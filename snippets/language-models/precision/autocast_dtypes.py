import torch
import torch.nn.functional as F

version = torch.__version__.split("+")[0]
print(f"{version=}")
torch.manual_seed(0)
layer = torch.nn.Linear(16, 5)
x = torch.randn(4, 16)
y = torch.tensor([0, 1, 2, 3])

with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
    z = layer(x)
    loss = F.cross_entropy(z, y)
    log_q = F.log_softmax(z, dim=-1)
    per_token = -log_q[torch.arange(4), y]
    loss_by_hand = per_token.mean()
print(f"{layer.weight.dtype=}")
print(f"{z.dtype=}")
print(f"{loss.dtype=}, {log_q.dtype=}")
print(f"{loss_by_hand.dtype=}")
# autocast's linear rounds x, W and b to bfloat16, and its output too
z_bf16 = F.linear(x.bfloat16(), layer.weight.bfloat16(), layer.bias.bfloat16())
print(f"{torch.equal(z, z_bf16)=}")

# The same loss with no autocast: float32 logits, and float64.
loss32 = F.cross_entropy(layer(x), y)
# only the float32 logits rounded to bfloat16, not x, W and b
loss_rounded = F.cross_entropy(layer(x).bfloat16().float(), y)
loss64 = F.cross_entropy(layer.double()(x.double()), y)
print(f"{loss.item()=:.6f}  {loss_by_hand.item()=:.6f}")
print(f"{loss32.item()=:.6f}  {loss64.item()=:.6f}")
print(f"{loss_rounded.item()=:.6f}")
# inside autocast, cross_entropy casts the bfloat16 logits up to float32 first
print(f"{torch.equal(loss, F.cross_entropy(z.float(), y))=}")
# the hand-written mean: the four bfloat16 losses averaged, then rounded to bfloat16
print(f"{per_token.float().mean().item()=:.6f}")
print(f"{torch.equal(loss_by_hand, per_token.float().mean().bfloat16())=}")
