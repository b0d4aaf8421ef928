from contextlib import redirect_stdout

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

with redirect_stdout(None):
    from sigmoid_prime import sigmoid

plt.rcParams["svg.hashsalt"] = "cross-entropy"
THEMES = {
    "light": ("#212121", ["#0072b2", "#c24e00", "#007a5a", "#a14d86", "#6b6b6b"]),
    "dark": ("#bfc1c7", ["#56b4e9", "#e69f00", "#3cc49a", "#e28ec4", "#9a9ca3"]),
}


def style(ink, colors):
    return {"font.size": 12, "text.color": ink, "axes.labelcolor": ink, "axes.edgecolor": ink,
            "xtick.color": ink, "ytick.color": ink, "grid.color": ink, "grid.alpha": 0.25,
            "axes.prop_cycle": plt.cycler(color=colors), "savefig.transparent": True}


z = np.linspace(-8, 8, 401)
q = sigmoid(z)
for theme, (ink, colors) in THEMES.items():
    with plt.rc_context(style(ink, colors)):
        fig, ax = plt.subplots(figsize=(3.4, 2.6), layout="constrained")
        ax.plot(z, q, label=r"$\sigma(z)$")
        ax.plot(z, q * (1 - q), "--", label=r"$\sigma'(z)$")
        for z0, marker in ((1.5, "o"), (4.0, "s")):
            s = sigmoid(z0)
            ax.plot([z0, z0], [s, s * (1 - s)], marker, color=ink, ms=5)
        ax.set_xlabel(r"$z$")
        ax.set_xlim(-8, 8)
        ax.set_ylim(0, 1.05)
        ax.grid(True)
        ax.legend(loc="upper left", frameon=False)
        fig.savefig(f"sigmoid_prime_plot-{theme}.svg", metadata={"Date": None})
