from contextlib import redirect_stdout

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

with redirect_stdout(None):
    from sweep import ce, h, kl, t

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
        ax.plot(t, ce, label=r"$H(p, q)$")
        ax.plot(t, kl, "--", label=r"$D_{\mathrm{KL}}(p\,\|\,q)$")
        ax.axhline(h, color=colors[4], linestyle=":", label=r"$H(p)$")
        ax.annotate("", xy=(0.9, h), xytext=(0.9, 0), arrowprops=dict(arrowstyle="<->", color=colors[4]))
        for x in (0.6, 0.8):  # q1, q2
            i = np.abs(t - x).argmin()
            ax.plot([x, x], [kl[i], ce[i]], "o", color=ink, ms=4)
        ax.set_xlabel(r"$t$")
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 3)
        ax.grid(True)
        ax.legend(loc="upper right", frameon=False)
        fig.savefig(f"sweep_plot-{theme}.svg", metadata={"Date": None})
