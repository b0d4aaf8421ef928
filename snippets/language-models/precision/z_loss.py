import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
N, D, K = 64, 4, 5
gen = torch.Generator().manual_seed(0)
x = torch.randn(N, D, generator=gen)
y = (x @ torch.randn(D, K, generator=gen)).argmax(dim=1)
W0 = 0.1 * torch.randn(D, K, generator=gen)
b0 = torch.full((K,), 8.0)  # every logit starts 8 too high

z = x @ W0 + b0
# cross-entropy cannot see a shift shared by all logits
print(f"{(F.cross_entropy(z - 8, y) - F.cross_entropy(z, y)).item()=:.1e}")


def train(c, steps=200, lr=0.5):
    """Gradient descent on cross-entropy + c * mean((log Z)^2); log Z per step."""
    W, b = W0.clone().requires_grad_(), b0.clone().requires_grad_()
    log_z_means, ce = [], []
    for step in range(steps + 1):
        z = x @ W + b
        log_z = torch.logsumexp(z, dim=1)
        loss = F.cross_entropy(z, y)
        log_z_means.append(log_z.mean().item())
        ce.append(loss.item())
        if step == steps:  # after the last update: record, but update no more
            break
        (loss + c * (log_z**2).mean()).backward()
        with torch.no_grad():
            W -= lr * W.grad
            b -= lr * b.grad
        W.grad = b.grad = None
    return log_z_means, ce, b.mean().item()


runs = {c: train(c) for c in (0.0, 1e-4, 1e-2, 1e-1)}
print("step" + "".join(f"{'c=' + format(c, 'g'):>17}" for c in runs))
for step in (0, 1, 2, 5, 10, 20, 50, 100, 200):
    print(f"{step:4}" + "".join(f"{log_z[step]:10.4f}{ce[step]:7.4f}" for log_z, ce, _ in runs.values()))
print("b.mean()" + "".join(f"{mean_b:17.4f}" for _, _, mean_b in runs.values())[4:])
