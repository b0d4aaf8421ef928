from contextlib import redirect_stdout

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

with redirect_stdout(None):
    from curve import marked, p

plt.rcParams["svg.hashsalt"] = "cross-entropy"
THEMES = {
    "light": ("#212121", ["#0072b2", "#c24e00", "#007a5a", "#a14d86", "#6b6b6b"]),
    "dark": ("#bfc1c7", ["#56b4e9", "#e69f00", "#3cc49a", "#e28ec4", "#9a9ca3"]),
}


def style(ink, colors):
    return {"font.size": 12, "text.color": ink, "axes.labelcolor": ink, "axes.edgecolor": ink,
            "xtick.color": ink, "ytick.color": ink, "grid.color": ink, "grid.alpha": 0.25,
            "axes.prop_cycle": plt.cycler(color=colors), "savefig.transparent": True}


for theme, (ink, colors) in THEMES.items():
    with plt.rc_context(style(ink, colors)):
        fig, ax = plt.subplots(figsize=(3.4, 2.6), layout="constrained")
        ax.plot(p, -np.log2(p), label=r"$-\log_2 p$")
        ax.plot(p, -np.log(p), "--", label=r"$-\log p$")
        ax.plot(marked, -np.log2(marked), "o", color=colors[0], clip_on=False)
        ax.set_xlabel(r"$p$")
        ax.set_ylabel(r"$I$")
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 7.8)
        ax.grid(True)
        ax.legend(loc="upper right", frameon=False)
        fig.savefig(f"curve_plot-{theme}.svg", metadata={"Date": None})
