from contextlib import redirect_stdout

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

with redirect_stdout(None):
    from binary import binary_entropy

plt.rcParams["svg.hashsalt"] = "cross-entropy"
THEMES = {
    "light": ("#212121", ["#0072b2", "#c24e00", "#007a5a", "#a14d86", "#6b6b6b"]),
    "dark": ("#bfc1c7", ["#56b4e9", "#e69f00", "#3cc49a", "#e28ec4", "#9a9ca3"]),
}


def style(ink, colors):
    return {"font.size": 12, "text.color": ink, "axes.labelcolor": ink, "axes.edgecolor": ink,
            "xtick.color": ink, "ytick.color": ink, "grid.color": ink, "grid.alpha": 0.25,
            "axes.prop_cycle": plt.cycler(color=colors), "savefig.transparent": True}


p = np.linspace(0.0, 1.0, 501)
marked = [0.1, 0.5, 0.999]
for theme, (ink, colors) in THEMES.items():
    with plt.rc_context(style(ink, colors)):
        fig, ax = plt.subplots(figsize=(3.4, 2.6), layout="constrained")
        ax.plot(p, binary_entropy(p))
        ax.plot(marked, binary_entropy(marked), "o", color=colors[1], clip_on=False)
        ax.set_xlabel(r"$p$")
        ax.set_ylabel(r"$H(p)$")
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1.05)
        ax.grid(True)
        fig.savefig(f"binary_plot-{theme}.svg", metadata={"Date": None})
