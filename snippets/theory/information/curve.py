import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

plt.rcParams["svg.hashsalt"] = "cross-entropy"

p = np.linspace(0.005, 1.0, 400)
marked = np.array([1 / 8, 1 / 4, 1 / 2, 1.0])

fig, ax = plt.subplots(figsize=(6, 3.6), facecolor="white")
ax.plot(p, -np.log2(p), label=r"$-\log_2 p$ (bits)")
ax.plot(p, -np.log(p), "--", label=r"$-\ln p$ (nats)")
ax.plot(marked, -np.log2(marked), "o", color="C0")
ax.set_xlabel(r"$p$")
ax.set_ylabel(r"$I$")
ax.set_xlim(0, 1.02)
ax.set_ylim(0, 7.8)
ax.grid(alpha=0.3)
ax.legend()
fig.tight_layout()
fig.savefig("curve.svg", metadata={"Date": None})

print(f"{'p':>6} {'-log2 p (bits)':>15}")
for q in [*marked, p[0]]:
    print(f"{q:>6} {np.log2(1 / q):15.4f}")
