import math

# One sigmoid neuron, input x = 1, target y = 0 (Nielsen, ch. 3).
# Plain gradient descent with the exact gradients of each cost.
x, y = 1.0, 0.0
eta, epochs = 0.15, 300  # the same learning rate for both costs


def sigmoid(z):
    return 1 / (1 + math.exp(-z))


def train(w, b, cost):
    outputs = []
    for _ in range(epochs + 1):
        q = sigmoid(w * x + b)
        outputs.append(q)
        delta = q - y if cost == "CE" else (q - y) * q * (1 - q)  # dC/dz
        w, b = w - eta * delta * x, b - eta * delta
    return outputs


runs = {(w, b, cost): train(w, b, cost) for w, b in ((0.6, 0.9), (2.0, 2.0)) for cost in ("MSE", "CE")}

print(f"{eta = }, {epochs = }")
shown = (0, 10, 50, 100, 300)
print(f"{'(w, b)':<12}{'cost':<5}" + "".join(f"q({e})".rjust(8) for e in shown) + "   min{t: q(t) < 0.5}")
for (w, b, cost), q in runs.items():
    below = next((e for e, v in enumerate(q) if v < 0.5), None)
    print(f"({w}, {b})".ljust(12) + f"{cost:<5}" + "".join(f"{q[e]:8.4f}" for e in shown) + f"   {below}")

# Why: dC/dz is the error for CE and the error times sigma'(z) = q(1 - q) for MSE;
# with x = 1, w and b both move by eta * dC/dz, so z moves by twice that.
print()
print(f"{'(w, b)':<12}{'cost':<5}{'δ(0) = ∂C/∂z':>14}{'Δz = -2 eta δ(0)':>18}{'q(1)':>8}")
for (w, b, cost), q in runs.items():
    d0 = q[0] - y if cost == "CE" else (q[0] - y) * q[0] * (1 - q[0])
    step = -2 * eta * d0
    print(f"({w}, {b})".ljust(12) + f"{cost:<5}{d0:14.4f}{step:18.4f}{q[1]:8.4f}")
q = runs[(2.0, 2.0, "MSE")]
print()
print("(w, b) = (2.0, 2.0), cost = MSE")
print(f"{'t':<17}" + "".join(f"{e:>8}" for e in (0, 100, 200, 232)))
print("σ'(z) = q(1 - q)".ljust(17) + "".join(f"{q[e] * (1 - q[e]):8.4f}" for e in (0, 100, 200, 232)))
