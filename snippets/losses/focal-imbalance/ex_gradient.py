import torch

torch.set_default_dtype(torch.float64)
gamma = 2.0
print(f"{'p_t':>5}  {'∂CE/∂z':>8}  {'∂FL/∂z':>10}  {'ratio':>7}  {'1/ratio':>7}  {'(1 - p_t)^gamma':>15}  "
      f"{'formula':>7}")
for p_t in [0.99, 0.9, 0.5, 0.1]:
    z = torch.logit(torch.tensor(p_t)).requires_grad_()  # a positive sample (y = 1) with sigmoid(z) = p_t
    ce = -torch.nn.functional.logsigmoid(z)
    (d_ce,) = torch.autograd.grad(ce, z)
    FL = (1 - torch.sigmoid(z)) ** gamma * -torch.nn.functional.logsigmoid(z)  # the focal loss
    (d_fl,) = torch.autograd.grad(FL, z)
    ratio = float(d_fl / d_ce)
    # d FL / d z = (1 - p)^gamma * (p - 1 + gamma p log p): divide by d CE / d z = p - 1
    formula = (1 - p_t) ** gamma * (1 - gamma * p_t * torch.log(torch.tensor(p_t)) / (1 - p_t))
    print(f"{p_t:5g}  {float(d_ce):8.4f}  {float(d_fl):10.3e}  {ratio:7.4f}  {1 / ratio:7.1f}  "
          f"{(1 - p_t) ** gamma:15.4f}  {float(formula):7.4f}")
