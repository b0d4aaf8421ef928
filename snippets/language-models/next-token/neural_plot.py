from contextlib import redirect_stdout

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

with redirect_stdout(None):
    from markov_source import H_rate
    from neural import history

plt.rcParams["svg.hashsalt"] = "cross-entropy"
THEMES = {
    "light": ("#212121", ["#0072b2", "#c24e00", "#007a5a", "#a14d86", "#6b6b6b"]),
    "dark": ("#bfc1c7", ["#56b4e9", "#e69f00", "#3cc49a", "#e28ec4", "#9a9ca3"]),
}


def style(ink, colors):
    return {"font.size": 12, "text.color": ink, "axes.labelcolor": ink, "axes.edgecolor": ink,
            "xtick.color": ink, "ytick.color": ink, "grid.color": ink, "grid.alpha": 0.25,
            "axes.prop_cycle": plt.cycler(color=colors), "savefig.transparent": True}  # fmt: skip


step = np.arange(len(history))
for theme, (ink, colors) in THEMES.items():
    with plt.rc_context(style(ink, colors)):
        fig, ax = plt.subplots(figsize=(3.4, 2.6), layout="constrained")
        ax.plot(step, history[:, 0], "-", label=r"$\mathtt{train}$")
        ax.plot(step, history[:, 1], "--", label=r"$\mathtt{val}$")
        ax.axhline(H_rate, color=colors[2], lw=1.2, ls=":", label=r"$H$")
        ax.set_xlabel(r"$\mathtt{step}$")
        ax.set_ylabel(r"$H(p, q)$")
        ax.set_xlim(0, len(history))
        ax.set_ylim(2.0, 3.6)
        ax.legend(loc="upper right", frameon=False)
        ax.grid(True)
        fig.savefig(f"neural_plot-{theme}.svg", metadata={"Date": None})
        plt.close(fig)
