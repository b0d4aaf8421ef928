import torch

logits = torch.tensor([[2.8883, 0.1760, 1.0774],
                       [1.1216, -0.0562, 0.0660],
                       [-1.3939, -0.0967, 0.5853]])

two_steps = torch.log(torch.softmax(logits, dim=1))
one_step = torch.nn.LogSoftmax(dim=1)(logits)  # log-sum-exp inside, no overflow
print(one_step)
print(torch.allclose(two_steps, one_step))

# Where the two routes part: a probability that underflows to 0.
far = torch.tensor([0.0, -200.0])
print(torch.log(torch.softmax(far, dim=0)), torch.log_softmax(far, dim=0))
