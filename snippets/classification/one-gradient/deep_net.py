import math

import torch

torch.set_default_dtype(torch.float64)
torch.manual_seed(0)

width, depth = 8, 4
x = torch.randn(width)
Ws = [torch.randn(width, width) for _ in range(depth - 1)] + [torch.randn(1, width)]
bs = [torch.zeros(width) for _ in range(depth - 1)] + [torch.zeros(1)]
y = torch.zeros(1)


def forward():
    a, zs = x, []
    for W, b in zip(Ws, bs):
        zs.append(W @ a + b)
        a = torch.sigmoid(zs[-1])
    return zs, a


# Make the output confidently wrong: z = 5 at the last layer, while y = 0.
zs, _ = forward()
bs[-1] = 5.0 - zs[-1]
zs, q = forward()


def layer_norms(loss):
    for W in Ws:
        W.grad = None
        W.requires_grad_()
    _, q = forward()
    loss(q).backward()
    return [W.grad.norm().item() for W in Ws]


mse = layer_norms(lambda q: 0.5 * ((q - y) ** 2).sum())
bce = layer_norms(lambda q: -(y * torch.log(q) + (1 - y) * torch.log(1 - q)).sum())
q = q.item()
print(f"{q=:.4f}  σ'(z) = q(1 - q) = {q * (1 - q):.4f}  1/(q(1 - q)) = {1 / (q * (1 - q)):.2f}")
print(f"{'l':>2}{'‖∂MSE/∂W[l]‖':>14}{'‖∂BCE/∂W[l]‖':>14}{'BCE/MSE':>10}{'mean σ′(z[l])':>15}")
for layer, (m, c, z) in enumerate(zip(mse, bce, zs), start=1):
    slope = torch.sigmoid(z) * (1 - torch.sigmoid(z))
    print(f"{layer:2d}{m:14.3e}{c:14.3e}{c / m:10.2f}{slope.mean():15.4f}")

# Why the first layer gets less: ‖∂L/∂W[l]‖ = ‖δ[l]‖ ‖a[l-1]‖, and on the way down each
# layer multiplies δ by W[l+1]ᵀ (which lengthens it), then by σ′(z[l]) (which shortens it).
a = [x] + [torch.sigmoid(z) for z in zs]  # a[0] = x, a[l] the output of layer l
delta = q - y  # δ[4] under cross-entropy
print(f"{'l':>2}{'‖W[l+1]ᵀδ[l+1]‖/‖δ[l+1]‖':>27}{'‖δ[l]‖/‖W[l+1]ᵀδ[l+1]‖':>25}")
grow, shrink = [], []
for layer in (3, 2, 1):
    back = Ws[layer].T @ delta  # W[l+1]ᵀ δ[l+1]
    slope = torch.sigmoid(zs[layer - 1]) * (1 - torch.sigmoid(zs[layer - 1]))
    grow.append((back.norm() / delta.norm()).item())
    delta = back * slope  # δ[l]
    shrink.append((delta.norm() / back.norm()).item())
    print(f"{layer:2d}{grow[-1]:27.4f}{shrink[-1]:25.4f}")
print(f" ∏{math.prod(grow):27.4f}{math.prod(shrink):25.4f}  √8 = {math.sqrt(width):.4f}")
ratio_delta, ratio_a = math.prod(grow) * math.prod(shrink), (x.norm() / a[3].norm()).item()
print(f"‖δ[1]‖/‖δ[4]‖ = {ratio_delta:.4f}  ‖x‖/‖a[3]‖ = {ratio_a:.4f}  ∏ = {ratio_delta * ratio_a:.4f}")
print(f"‖∂BCE/∂W[1]‖ / ‖∂BCE/∂W[4]‖ = {bce[0] / bce[-1]:.4f}")
