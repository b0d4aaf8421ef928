import torch
import torch.nn.functional as F

torch.manual_seed(0)
N, K = 4, 10
z = torch.randn(N, K, requires_grad=True)
loss = F.cross_entropy(z, torch.tensor([1, 2, 3, 4]))

log_softmax = loss.grad_fn.next_functions[0][0]  # the node before NLLLoss
saved = log_softmax._saved_result  # what its backward pass will reuse
print(f"{tuple(saved.shape) = }, {tuple(z.shape) = }")
print(f"{saved.data_ptr() == z.data_ptr()=}")  # its own memory, not z's
