import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

plt.rcParams["svg.hashsalt"] = "cross-entropy"


def binary_entropy(p):
    """H(p) = -p log2 p - (1-p) log2(1-p) in bits, with 0 log 0 = 0."""
    p = np.asarray(p, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        h = -p * np.log2(p) - (1 - p) * np.log2(1 - p)
    return np.where((p == 0) | (p == 1), 0.0, h)


p = np.linspace(0.0, 1.0, 501)
fig, ax = plt.subplots(figsize=(6, 3.6), facecolor="white")
ax.plot(p, binary_entropy(p))
ax.plot([0.1, 0.5, 0.999], binary_entropy([0.1, 0.5, 0.999]), "o", color="C1")
ax.set_xlabel(r"$p$")
ax.set_ylabel(r"$H(p)$ (bits)")
ax.set_xlim(0, 1)
ax.set_ylim(0, 1.05)
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig("binary.svg", metadata={"Date": None})

for q in (0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999, 1.0):
    print(f"H({q}) = {binary_entropy(q):.4f} bits")
