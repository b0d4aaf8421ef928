from contextlib import redirect_stdout

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

with redirect_stdout(None):
    from convexity import curv, t, values

plt.rcParams["svg.hashsalt"] = "cross-entropy"
THEMES = {
    "light": ("#212121", ["#0072b2", "#c24e00", "#007a5a", "#a14d86", "#6b6b6b"]),
    "dark": ("#bfc1c7", ["#56b4e9", "#e69f00", "#3cc49a", "#e28ec4", "#9a9ca3"]),
}


def style(ink, colors):
    return {"font.size": 12, "text.color": ink, "axes.labelcolor": ink, "axes.edgecolor": ink,
            "xtick.color": ink, "ytick.color": ink, "grid.color": ink, "grid.alpha": 0.25,
            "axes.prop_cycle": plt.cycler(color=colors), "savefig.transparent": True}


labels = (r"$\frac{1}{2}(q-y)^2$", r"$-[y\log q+(1-y)\log(1-q)]$")
for theme, (ink, colors) in THEMES.items():
    with plt.rc_context(style(ink, colors)):
        for panel, data, ylabel in (("a", values, r"$L(t)$"), ("b", curv, r"$L''(t)$")):
            fig, ax = plt.subplots(figsize=(3.4, 2.6), layout="constrained")
            for k, linestyle in enumerate(("-", "--")):
                ax.plot(t, data[:, k], linestyle, label=labels[k])
            if panel == "b":
                ax.axhline(0, color=ink, lw=0.8)
            ax.set_title(f"({panel})", loc="left")
            ax.set_xlabel(r"$t$")
            ax.set_ylabel(ylabel)
            ax.set_xlim(t[0], t[-1])
            ax.grid(True)
            fig.savefig(f"convexity_plot-{panel}-{theme}.svg", metadata={"Date": None})
            plt.close(fig)
        key = plt.figure(figsize=(3.4, 0.7))
        key.legend(*ax.get_legend_handles_labels(), loc="center", frameon=False, ncols=1)
        key.savefig(f"convexity_plot-key-{theme}.svg", metadata={"Date": None})
