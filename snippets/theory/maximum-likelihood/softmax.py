import torch
import torch.nn.functional as F

# A softmax classifier (a linear layer) and a small labelled dataset.
torch.manual_seed(0)
x = torch.randn(8, 4)                 # 8 samples, 4 features
y = torch.randint(0, 3, (8,))         # labels from 3 classes
model = torch.nn.Linear(4, 3)
logits = model(x)

# Likelihood of the labels under the model: the product of q_i[y_i].
q = torch.softmax(logits, dim=1)
picked = q[torch.arange(8), y]
print(f"L                {picked.prod().item():.6e}")
nll = -picked.log().sum()
print(f"NLL / N          {nll.item() / 8:.4f}")

# Mean cross-entropy H(y_i, q_i) with one-hot labels y_i.
one_hot = F.one_hot(y, num_classes=3).float()
print(f"mean H(y, q)     {-(one_hot * q.log()).sum(dim=1).mean().item():.4f}")
loss = F.cross_entropy(logits, y)
print(f"F.cross_entropy  {loss.item():.4f}")
