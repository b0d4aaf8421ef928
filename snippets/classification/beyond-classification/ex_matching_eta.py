import math


def epochs_below_half(w, b, eta, limit=1000):
    """Epochs the quadratic cost needs to bring q below 0.5 (x = 1, y = 0)."""
    for epoch in range(limit + 1):
        q = 1 / (1 + math.exp(-(w + b)))
        if q < 0.5:
            return epoch
        delta = q * q * (1 - q)  # (q - y) q (1 - q) with y = 0
        w, b = w - eta * delta, b - eta * delta
    return None


step = 0.05
for eta in [round(step * k, 2) for k in range(1, 200)]:
    if epochs_below_half(2.0, 2.0, eta) <= 17:
        print(f"MSE, (w, b) = (2, 2), eta = {eta:.2f}: min{{t: q(t) < 0.5}} ≤ 17")
        break
print(f"{step = }, eta / 0.15 = {eta / 0.15:.1f}")
