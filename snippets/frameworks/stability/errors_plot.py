from contextlib import redirect_stdout

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

with redirect_stdout(None):
    from errors import errors, grids

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
    lines = {
        "log_softmax float32": (colors[0], "-", 1.5), "log_softmax float64": (colors[2], "-", 1.5),
        "naive float32": (colors[1], "--", 2), "naive float64": (colors[3], "--", 2),
    }
    with plt.rc_context(style(ink, colors)):
        for k, panel in zip(grids, "ab"):
            z = grids[k]
            fig, ax = plt.subplots(figsize=(3.4, 2.6), layout="constrained")
            for limit, name in ((88.72, "naive float32"), (709.78, "naive float64")):
                if limit < z.max():
                    ax.axvline(limit, color=lines[name][0], linestyle=":", linewidth=1)
            for name, (color, linestyle, width) in lines.items():
                ax.loglog(z, np.maximum(errors[k, name], 1e-17), linestyle, color=color, linewidth=width,
                          alpha=0.85, label=name.split()[1])
            ax.set_title(f"({panel})  $y = {k}$", loc="left")
            ax.set_xlabel(r"$z$")
            ax.set_ylabel(r"$|\hat\ell - \ell| \,/\, \ell$")
            ax.set_ylim(1e-18, 10)
            ax.grid(True, which="major")
            fig.savefig(f"errors_plot-{panel}-{theme}.svg", metadata={"Date": None})
            plt.close(fig)
        handles, labels = ax.get_legend_handles_labels()
        key = plt.figure(figsize=(3.4, 0.95))
        for i, (method, x) in enumerate((("log_softmax", 0.27), ("naive", 0.73))):
            key.legend(handles[2 * i:2 * i + 2], labels[2 * i:2 * i + 2], title=method, loc="center",
                       prop={"family": "monospace"}, title_fontproperties={"family": "monospace"},
                       bbox_to_anchor=(x, 0.5), frameon=False)
        key.savefig(f"errors_plot-key-{theme}.svg", metadata={"Date": None})
