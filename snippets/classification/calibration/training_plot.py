from contextlib import redirect_stdout

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

with redirect_stdout(None):
    from digits_models import train

plt.rcParams["svg.hashsalt"] = "cross-entropy"
THEMES = {
    "light": ("#212121", ["#0072b2", "#c24e00", "#007a5a", "#a14d86", "#6b6b6b"]),
    "dark": ("#bfc1c7", ["#56b4e9", "#e69f00", "#3cc49a", "#e28ec4", "#9a9ca3"]),
}


def style(ink, colors):
    return {"font.size": 12, "text.color": ink, "axes.labelcolor": ink, "axes.edgecolor": ink,
            "xtick.color": ink, "ytick.color": ink, "grid.color": ink, "grid.alpha": 0.25,
            "axes.prop_cycle": plt.cycler(color=colors), "savefig.transparent": True}  # fmt: skip


history = np.round(train(64)[0], 6)  # 6 digits: the same on any thread count
epoch, best = history[:, 0], history[np.argmin(history[:, 4]), 0]
for theme, (ink, colors) in THEMES.items():
    with plt.rc_context(style(ink, colors)):
        # (a) cross-entropy, log scale; (b) accuracy; columns 1, 4 and 2, 5 of the history
        for panel, (train_col, val_col), ylabel in (("a", (1, 4), r"$H(p, q)$"), ("b", (2, 5), r"$\mathtt{acc}$")):
            fig, ax = plt.subplots(figsize=(3.4, 2.6), layout="constrained")
            ax.plot(epoch, history[:, train_col], "-", label=r"$\mathtt{train}$")
            ax.plot(epoch, history[:, val_col], "--", label=r"$\mathtt{val}$")
            ax.axvline(best, color=ink, lw=0.8, ls=":")
            if panel == "a":
                ax.set_yscale("log")
            else:
                ax.set_ylim(0.9, 1.005)
            ax.set_title(f"({panel})", loc="left")
            ax.set_xlabel(r"$\mathtt{epoch}$")
            ax.set_ylabel(ylabel)
            ax.grid(True)
            fig.savefig(f"training_plot-{panel}-{theme}.svg", metadata={"Date": None})
            plt.close(fig)
        key = plt.figure(figsize=(3.4, 0.5))
        key.legend(*ax.get_legend_handles_labels(), loc="center", frameon=False, ncols=2)
        key.savefig(f"training_plot-key-{theme}.svg", metadata={"Date": None})
        plt.close(key)
