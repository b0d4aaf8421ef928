import numpy as np


def show(name, values):
    print((f"{name:<13}" + "".join(f"{v:<11.4g}" for v in values)).rstrip())


def softplus(x):  # log(1 + e^x) = max(x, 0) + log1p(e^-|x|), never overflows
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))


z = np.array([40.0, -40.0, 40.0, -40.0])   # logits
y = np.array([0.0, 1.0, 1.0, 0.0])         # labels
show("z:", z)
show("y:", y)

# Naive: sigmoid first, then the two logarithms.
q = 1 / (1 + np.exp(-z))
show("sigmoid(z):", q)                     # sigmoid(40) is exactly 1.0 in float64
with np.errstate(divide="ignore", invalid="ignore"):  # log(0) and 0 * inf, silenced
    naive = -(y * np.log(q) + (1 - y) * np.log(1 - q))
show("naive BCE:", naive)

# Logits form: -log sigmoid(z) = softplus(-z), -log(1 - sigmoid(z)) = softplus(z).
stable = y * softplus(-z) + (1 - y) * softplus(z)
show("stable:", stable)

# sigmoid(40) is 1 because 1 - sigmoid(40) is far below the spacing of float64 numbers just below 1.
epsneg = np.finfo(np.float64).epsneg
print(f"float64 epsneg: {epsneg:.4g}   1 - sigmoid(40): {1 - q[0]:.4g}")
