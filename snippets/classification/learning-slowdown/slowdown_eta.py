import math

# The same neuron (x = 1, y = 0); other learning rates, exact gradients.
x, y = 1.0, 0.0


def run(w, b, cost, eta, epochs=300):
    """Output after `epochs` epochs, and the first epoch with q < 0.5."""
    below = None
    for epoch in range(epochs + 1):
        q = 1 / (1 + math.exp(-(w * x + b)))
        if below is None and q < 0.5:
            below = epoch
        delta = q - y if cost == "CE" else (q - y) * q * (1 - q)  # dC/dz
        w, b = w - eta * delta * x, b - eta * delta
    return f"{q:.4f} ({below if below is not None else '>300'})"


starts = ((0.6, 0.9), (2.0, 2.0))
print("q(300) (min{t: q(t) < 0.5})")
print(f"{'cost':<6}{'eta':<8}" + "".join(f"(w, b) = ({w}, {b})".ljust(22) for w, b in starts).rstrip())
for cost, eta in (("MSE", 0.15), ("MSE", 0.6), ("CE", 0.15), ("CE", 0.005)):
    print(f"{cost:<6}{eta:<8}" + "".join(f"{run(w, b, cost, eta):<22}" for w, b in starts).rstrip())
