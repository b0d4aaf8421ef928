from contextlib import redirect_stdout

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

import xent

with redirect_stdout(None):
    from tau_sweep import s_a, s_b

plt.rcParams["svg.hashsalt"] = "cross-entropy"
THEMES = {
    "light": ("#212121", ["#0072b2", "#c24e00"]),
    "dark": ("#bfc1c7", ["#56b4e9", "#e69f00"]),
}


def style(ink):
    return {"font.size": 12, "text.color": ink, "axes.labelcolor": ink, "axes.edgecolor": ink,
            "xtick.color": ink, "ytick.color": ink, "grid.color": ink, "grid.alpha": 0.25,
            "savefig.transparent": True}


# The loss of batches (a) and (b) against tau, on a log scale, and ln B.
taus = np.geomspace(0.005, 1, 200)
loss_a = [xent.info_nce(s_a, t) for t in taus]
loss_b = [xent.info_nce(s_b, t) for t in taus]
for theme, (ink, colors) in THEMES.items():
    with plt.rc_context(style(ink)):
        fig, ax = plt.subplots(figsize=(3.4, 2.6), layout="constrained")
        ax.plot(taus, loss_a, "-", color=colors[0], linewidth=1.8)
        ax.plot(taus, loss_b, "--", color=colors[1], linewidth=1.8)
        ax.axhline(np.log(8), color=ink, linestyle=":", linewidth=1.2)
        ax.text(0.25, np.log(8) + 0.12, r"$\ln 8$")
        ax.text(0.02, 0.2, "(a)", color=colors[0])
        ax.text(0.03, 1.15, "(b)", color=colors[1])
        ax.set_xscale("log")
        ax.set_xlabel(r"$\tau$")
        ax.set_ylabel(r"$L$")
        ax.set_xlim(0.005, 1)
        ax.set_ylim(0, 4.5)
        ax.grid(True)
        fig.savefig(f"tau_sweep_plot-{theme}.svg", metadata={"Date": None})
        plt.close(fig)
