import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

plt.rcParams["svg.hashsalt"] = "cross-entropy"

p = np.linspace(0.01, 0.99, 981)
log_l = 6 * np.log(p) + 4 * np.log(1 - p)   # 6 white, 4 black
h = -(0.6 * np.log(0.6) + 0.4 * np.log(0.4))
print(f"max log L = {log_l.max():.4f} at p = {p[log_l.argmax()]:.2f}")
print(f"min -log L / 10 = {-log_l.max() / 10:.4f} = H(0.6, 0.4) = {h:.4f}")

fig, (left, right) = plt.subplots(1, 2, figsize=(8.0, 3.4), facecolor="white")
left.plot(p, log_l, color="tab:blue")
left.axvline(0.6, color="gray", linestyle=":")
left.set_ylim(-25, 0)
left.set_xlabel(r"$p$")
left.set_title(r"$\log L(p) = 6\log p + 4\log(1-p)$", fontsize=10)
right.plot(p, -log_l / 10, color="tab:orange", label=r"$-\frac{1}{10}\log L(p) = H(\hat p, q_p)$")
right.axhline(h, color="gray", linestyle="--", label=r"$H(\hat p)$")
right.axvline(0.6, color="gray", linestyle=":")
right.set_ylim(0, 2.5)
right.set_xlabel(r"$p$")
right.legend(fontsize=9)
for ax in (left, right):
    ax.set_facecolor("white")
    ax.set_xlim(0, 1)
    ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig("figure.svg", metadata={"Date": None})
