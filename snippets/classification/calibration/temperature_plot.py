from contextlib import redirect_stdout

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

with redirect_stdout(None):
    from digits_models import cross_entropy, ece, softmax, y
    from temperature import T, logits

plt.rcParams["svg.hashsalt"] = "cross-entropy"
THEMES = {
    "light": ("#212121", ["#0072b2", "#c24e00", "#007a5a", "#a14d86", "#6b6b6b"]),
    "dark": ("#bfc1c7", ["#56b4e9", "#e69f00", "#3cc49a", "#e28ec4", "#9a9ca3"]),
}


def style(ink, colors):
    return {"font.size": 12, "text.color": ink, "axes.labelcolor": ink, "axes.edgecolor": ink,
            "xtick.color": ink, "ytick.color": ink, "grid.color": ink, "grid.alpha": 0.25,
            "axes.prop_cycle": plt.cycler(color=colors), "savefig.transparent": True}  # fmt: skip



# validation CE, ECE and accuracy over T, rounded to 6 digits (stable on any thread count)
z, target = logits["val"], y["val"].numpy()
grid = np.geomspace(0.25, 8, 121)
curves = np.round([[cross_entropy(z, target, t), ece(softmax(z, t), target),
                    (softmax(z, t).argmax(axis=1) == target).mean()] for t in grid], 6)  # fmt: skip
ylabels = (r"$H(p, q)$", r"$\mathrm{ECE}$", r"$\mathtt{acc}$")
for theme, (ink, colors) in THEMES.items():
    with plt.rc_context(style(ink, colors)):
        for k, panel in enumerate("abc"):
            fig, ax = plt.subplots(figsize=(3.4, 2.6), layout="constrained")
            ax.plot(grid, curves[:, k], "-")
            ax.axvline(1, color=ink, lw=0.8, ls=":")  # T = 1
            ax.axvline(T, color=colors[1], lw=1.5, ls="--")  # the fitted T
            ax.set_xscale("log", base=2)
            if panel == "c":
                ax.set_ylim(0.9, 1.0)
            ax.set_title(f"({panel})", loc="left")
            ax.set_xlabel(r"$T$")
            ax.set_ylabel(ylabels[k])
            ax.grid(True)
            fig.savefig(f"temperature_plot-{panel}-{theme}.svg", metadata={"Date": None})
            plt.close(fig)
