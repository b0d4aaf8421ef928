import math
from contextlib import redirect_stdout

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

with redirect_stdout(None):
    from slowdown import runs, y

plt.rcParams["svg.hashsalt"] = "cross-entropy"
THEMES = {
    "light": ("#212121", ["#0072b2", "#c24e00", "#007a5a", "#a14d86", "#6b6b6b"]),
    "dark": ("#bfc1c7", ["#56b4e9", "#e69f00", "#3cc49a", "#e28ec4", "#9a9ca3"]),
}


def style(ink, colors):
    return {"font.size": 12, "text.color": ink, "axes.labelcolor": ink, "axes.edgecolor": ink,
            "xtick.color": ink, "ytick.color": ink, "grid.color": ink, "grid.alpha": 0.25,
            "axes.prop_cycle": plt.cycler(color=colors), "savefig.transparent": True}


def cost_value(q, cost):
    return 0.5 * (q - y) ** 2 if cost == "MSE" else -(y * math.log(q) + (1 - y) * math.log(1 - q))


labels = {"MSE": r"$\frac{1}{2}(q-y)^2$", "CE": r"$-\ln(1-q)$"}
for theme, (ink, colors) in THEMES.items():
    with plt.rc_context(style(ink, colors)):
        for part, ylabel in (("output", r"$q$"), ("cost", r"$C$")):
            for panel, (w, b) in zip("ab", ((0.6, 0.9), (2.0, 2.0))):
                fig, ax = plt.subplots(figsize=(3.4, 2.6), layout="constrained")
                for cost, linestyle in (("MSE", "-"), ("CE", "--")):
                    q = runs[(w, b, cost)]
                    values = q if part == "output" else [cost_value(v, cost) for v in q]
                    ax.plot(values, linestyle, label=labels[cost])
                ax.set_title(f"({panel})  $(w, b) = ({w}, {b})$", loc="left")
                ax.set_xlabel(r"$t$")
                ax.set_ylabel(ylabel)
                ax.set_xlim(0, len(q) - 1)
                ax.set_ylim(0, 1.02 if part == "output" else 4.2)
                ax.grid(True)
                fig.savefig(f"slowdown_plot-{part}-{panel}-{theme}.svg", metadata={"Date": None})
                plt.close(fig)
        key = plt.figure(figsize=(3.4, 0.45))
        key.legend(*ax.get_legend_handles_labels(), loc="center", frameon=False, ncols=2)
        key.savefig(f"slowdown_plot-key-{theme}.svg", metadata={"Date": None})
