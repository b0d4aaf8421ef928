from contextlib import redirect_stdout

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

with redirect_stdout(None):
    from likelihood import h, log_l, p

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
        for panel in ("a", "b"):
            fig, ax = plt.subplots(figsize=(3.4, 2.6), layout="constrained")
            if panel == "a":
                ax.plot(p, log_l, color=colors[0])
                ax.set_ylabel(r"$\log L(p)$")
                ax.set_ylim(-25, 0)
            else:
                ax.plot(p, -log_l / 10, color=colors[1])
                ax.axhline(h, color=colors[4], linestyle="--")
                ax.text(0.03, h + 0.08, r"$H(\hat p)$", color=colors[4])
                ax.set_ylabel(r"$-\frac{1}{10}\log L(p)$")
                ax.set_ylim(0, 2.5)
            ax.axvline(0.6, color=colors[4], linestyle=":")
            ax.set_title(f"({panel})", loc="left")
            ax.set_xlabel(r"$p$")
            ax.set_xlim(0, 1)
            ax.grid(True)
            fig.savefig(f"likelihood_plot-{panel}-{theme}.svg", metadata={"Date": None})
            plt.close(fig)
