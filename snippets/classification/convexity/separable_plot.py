from contextlib import redirect_stdout

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

with redirect_stdout(None):
    from separable_gd import norms
    from separable_l2 import norms_l2

plt.rcParams["svg.hashsalt"] = "cross-entropy"
THEMES = {
    "light": ("#212121", ["#0072b2", "#c24e00", "#007a5a"]),
    "dark": ("#bfc1c7", ["#56b4e9", "#e69f00", "#3cc49a"]),
}


def style(ink, colors):
    return {"font.size": 12, "text.color": ink, "axes.labelcolor": ink, "axes.edgecolor": ink,
            "xtick.color": ink, "ytick.color": ink, "grid.color": ink, "grid.alpha": 0.25,
            "axes.prop_cycle": plt.cycler(color=colors), "savefig.transparent": True}


t = np.arange(1, len(norms))
curves = ((norms[1:], "-", r"$\lambda = 0$"),
          (norms_l2[1:, 0], "--", r"$\lambda = 0.01,\ w_0 = (0, 0)$"),
          (norms_l2[1:, 1], ":", r"$\lambda = 0.01,\ w_0 = (-3, 4)$"))
for theme, (ink, colors) in THEMES.items():
    with plt.rc_context(style(ink, colors)):
        fig, ax = plt.subplots(figsize=(3.4, 2.6), layout="constrained")
        for data, linestyle, label in curves:
            ax.plot(t, data, linestyle, lw=2, label=label)
        ax.set_xscale("log")
        ax.set_xlabel(r"$t$")
        ax.set_ylabel(r"$\|w\|$")
        ax.set_xlim(1, t[-1])
        ax.set_ylim(0, 6.5)
        ax.grid(True)
        fig.savefig(f"separable_plot-{theme}.svg", metadata={"Date": None})
        plt.close(fig)
        key = plt.figure(figsize=(3.4, 1.0))
        key.legend(*ax.get_legend_handles_labels(), loc="center", frameon=False, ncols=1)
        key.savefig(f"separable_plot-key-{theme}.svg", metadata={"Date": None})
        plt.close(key)
