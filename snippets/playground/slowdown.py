import math

x, y = 1.0, 0.0  # one input, one target: the neuron should learn to output 0
eta = 0.15


def sigmoid(z):
    return 1 / (1 + math.exp(-z))


def train(cost, w, b, steps):
    """Gradient descent on one sigmoid neuron with the exact gradient."""
    for _ in range(steps):
        q = sigmoid(w * x + b)
        if cost == "MSE":        # C = (q - y)^2 / 2, dC/dz = (q - y) q (1 - q)
            delta = (q - y) * q * (1 - q)
        else:                    # C = -[y ln q + (1 - y) ln(1 - q)], dC/dz = q - y
            delta = q - y
        w, b = w - eta * delta * x, b - eta * delta
    return w, b, sigmoid(w * x + b)


print(f"x = {x:g}, y = {y:g}, eta = {eta}")
for w0, b0 in [(0.6, 0.9), (2.0, 2.0)]:
    q0 = sigmoid(w0 * x + b0)
    print(f"(w, b) = ({w0:g}, {b0:g}): q = {q0:.4f}, σ'(z) = q(1 - q) = {q0 * (1 - q0):.4f}")
    print(f"  {'cost':<6}{'steps':>5}{'w':>9}{'b':>9}{'q':>8}")
    for cost in ("MSE", "CE"):
        for steps in (30, 300):
            w, b, q = train(cost, w0, b0, steps)
            print(f"  {cost:<6}{steps:>5}{w:>9.4f}{b:>9.4f}{q:>8.4f}")
