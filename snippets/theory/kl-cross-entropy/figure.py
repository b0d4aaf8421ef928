import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

plt.rcParams["svg.hashsalt"] = "cross-entropy"

# Fixed true p = (0.9, 0.1); the model q = (t, 1 - t) sweeps t. Bits.
p = np.array([0.9, 0.1])
t = np.linspace(0.02, 0.98, 481)
q = np.stack([t, 1 - t], axis=1)
ce = -(p * np.log2(q)).sum(axis=1)
kl = (p * np.log2(p / q)).sum(axis=1)
h = -(p * np.log2(p)).sum()

gap = ce - kl
print(f"H(p) = {h:.4f} bits; H(p, q) - D_KL(p || q) ranges over "
      f"[{gap.min():.4f}, {gap.max():.4f}]")
print(f"minimum of H(p, q) at t = {t[ce.argmin()]:.2f}: {ce.min():.4f}")
print(f"minimum of D_KL at t = {t[kl.argmin()]:.2f}: {kl.min():.4f}")

fig, ax = plt.subplots(figsize=(6.4, 4.0), facecolor="white")
ax.set_facecolor("white")
ax.plot(t, ce, label=r"$H(p, q)$", color="tab:blue")
ax.plot(t, kl, label=r"$D_{\mathrm{KL}}(p\,\|\,q)$", color="tab:orange")
ax.axhline(h, color="gray", linestyle="--", label=r"$H(p)$")
ax.axvline(0.9, color="gray", linestyle=":", linewidth=1)
ax.annotate("", xy=(0.9, h), xytext=(0.9, 0), arrowprops=dict(arrowstyle="<->", color="gray"))
for x in (0.6, 0.8):  # seed 003's q1 and q2
    ax.plot([x, x], [kl[np.abs(t - x).argmin()], ce[np.abs(t - x).argmin()]], "o", color="black", ms=3)
ax.set_xlabel(r"$t$,  $q = (t,\ 1-t)$,  $p = (0.9,\ 0.1)$")
ax.set_ylabel("bits")
ax.set_ylim(0, 3)
ax.set_xlim(0, 1)
ax.legend()
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig("figure.svg", metadata={"Date": None})
