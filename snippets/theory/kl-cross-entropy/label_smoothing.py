import torch

# Class 0 of 3 as a one-hot label, and the same label smoothed with eps = 0.1.
eps = 0.1
one_hot = torch.tensor([1.0, 0.0, 0.0], dtype=torch.float64)
smooth = (1 - eps) * one_hot + eps / 3
print("smooth =", [round(v, 4) for v in smooth.tolist()])


def show(x):
    return f"{round(x, 4) + 0.0:.4f}"  # + 0.0 turns -0.0 into 0.0


print(f"{'p':<9}{'H(p)':>6}{'min H(p, q)':>13}{'min D_KL':>10}  q")
for name, p in [("one_hot", one_hot), ("smooth", smooth)]:
    # Fit the model's logits by gradient descent on the cross-entropy H(p, q).
    logits = torch.zeros(3, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.SGD([logits], lr=1.0)
    for _ in range(200):
        opt.zero_grad()
        loss = -(p * torch.log_softmax(logits, dim=0)).sum()
        loss.backward()
        opt.step()
    log_q = torch.log_softmax(logits.detach(), dim=0)
    entropy = -torch.xlogy(p, p).sum().item()  # xlogy: 0 * log 0 = 0
    ce = -(p * log_q).sum().item()
    kl = (torch.xlogy(p, p) - p * log_q).sum().item()
    print(f"{name:<9}{show(entropy):>6}{show(ce):>13}{show(kl):>10}  "
          f"{[round(v, 4) for v in log_q.exp().tolist()]}")
