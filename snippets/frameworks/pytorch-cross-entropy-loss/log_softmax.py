import torch

logits = torch.tensor([[2.8883, 0.1760, 1.0774],
                       [1.1216, -0.0562, 0.0660],
                       [-1.3939, -0.0967, 0.5853]])

two_steps = torch.log(torch.softmax(logits, dim=1))
one_step = torch.nn.LogSoftmax(dim=1)(logits)  # log-sum-exp inside, no overflow
print(one_step)
print(torch.allclose(two_steps, one_step))
