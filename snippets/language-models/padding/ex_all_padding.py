from contextlib import redirect_stdout

import torch
import torch.nn.functional as F

with redirect_stdout(None):
    from padded_batch import V, model

# A micro-batch whose labels are all -100: say, a prompt whose answer was cut off.
inputs = torch.tensor([[3, 1, 4, 1, 5]])
labels = torch.full_like(inputs, -100)

for reduction in ("mean", "sum"):
    model.zero_grad(set_to_none=True)
    loss = F.cross_entropy(model(F.one_hot(inputs, V).double()).transpose(1, 2), labels, reduction=reduction)
    loss.backward()
    print(f"{reduction=:6}  loss = {loss.item()}  max|grad| = {model.weight.grad.abs().max().item()}")
model.zero_grad(set_to_none=True)
