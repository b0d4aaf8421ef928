import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

plt.rcParams["svg.hashsalt"] = "cross-entropy"


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


z = np.linspace(-8, 8, 401)
q = sigmoid(z)
fig, ax = plt.subplots(figsize=(6.4, 3.4), facecolor="white")
ax.plot(z, q, label=r"$\sigma(z)$")
ax.plot(z, q * (1 - q), label=r"$\sigma'(z) = \sigma(z)\,(1-\sigma(z))$")
for z0, style in ((1.5, "o"), (4.0, "s")):  # the two starts of the slowdown experiment
    ax.plot([z0, z0], [sigmoid(z0), sigmoid(z0) * (1 - sigmoid(z0))], style, color="black")
ax.set_xlabel("$z$")
ax.grid(alpha=0.3)
ax.legend(loc="center left")
fig.tight_layout()
fig.savefig("sigmoid_prime.svg", metadata={"Date": None})

print(f"{'z':>5} {'sigma(z)':>9} {'sigma_prime(z)':>15}")
for z0 in (0.0, 1.5, 2.0, 4.0, 6.0, 8.0):
    s = sigmoid(z0)
    print(f"{z0:5.1f} {s:9.4f} {s * (1 - s):15.4f}")
