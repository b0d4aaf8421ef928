import torch

z64 = torch.tensor([12.0, 3.0, -2.0], dtype=torch.float64)
z = z64.to(torch.float16)


def show(name, values, digits=6):
    # + 0.0 turns -0.0 into 0.0
    print(f"{name:14}", "  ".join(f"{v + 0.0:.{digits}f}" for v in values.reshape(-1).tolist()))


# Naive softmax: exponentiate, then divide by the sum.
e = torch.exp(z)
show("exp(z)", e, 4)
show("sum", e.sum(), 4)
q_naive = e / e.sum()
show("q_naive", q_naive)
show("-log q_naive", -torch.log(q_naive))
print()

# Log-softmax with the maximum subtracted: every exponent is <= 0.
shifted = z - z.max()
show("z - max(z)", shifted, 1)
show("sum float16", torch.exp(shifted).sum())
log_q = shifted - torch.log(torch.exp(shifted).sum())
show("float16", -log_q)
show("F.log_softmax", -torch.log_softmax(z, 0))
show("float32", -torch.log_softmax(z.float(), 0))
# the float64 reference
show("float64", -torch.log_softmax(z64, 0))
# the float64 losses rounded to float16: only the first keeps its 0.000124
show("→ float16", (-torch.log_softmax(z64, 0)).to(torch.float16))
show("sum float64", torch.exp(z64 - z64.max()).sum())
