from contextlib import redirect_stdout

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

with redirect_stdout(None):
    from forward_fit import mu_forward, s_forward
    from kl_profile import forward, mus, reverse
    from reverse_fit import mu_big, mu_small, s_big, s_small
    from two_peaks import log_normal, p, x

plt.rcParams["svg.hashsalt"] = "cross-entropy"
THEMES = {
    "light": ("#212121", ["#0072b2", "#c24e00", "#007a5a", "#a14d86", "#6b6b6b"]),
    "dark": ("#bfc1c7", ["#56b4e9", "#e69f00", "#3cc49a", "#e28ec4", "#9a9ca3"]),
}


def style(ink):
    return {"font.size": 12, "text.color": ink, "axes.labelcolor": ink, "axes.edgecolor": ink,
            "xtick.color": ink, "ytick.color": ink, "grid.color": ink, "grid.alpha": 0.25,
            "savefig.transparent": True}


# (a) p and the three fitted q; (b) each divergence, minimised over s, as mu moves.
shown = np.abs(x) <= 5
curves = [
    (p, "-", r"$p$"),
    (np.exp(log_normal(x, mu_forward, s_forward)), "--", r"$q$: $\min\, D_{\mathrm{KL}}(p\,\|\,q)$"),
    (np.exp(log_normal(x, mu_big, s_big)), "-.", r"$q$: $\min\, D_{\mathrm{KL}}(q\,\|\,p)$"),
    (np.exp(log_normal(x, mu_small, s_small)), ":", None),
]
for theme, (ink, colors) in THEMES.items():
    with plt.rc_context(style(ink)):
        handles = []
        fig, ax = plt.subplots(figsize=(3.4, 2.6), layout="constrained")
        for i, (y, dash, label) in enumerate(curves):
            color = ink if i == 0 else colors[min(i, 2) - 1]
            (line,) = ax.plot(x[shown], y[shown], dash, color=color, linewidth=1.8)
            if label:
                line.set_label(label)
                handles.append(line)
        ax.set_xlabel(r"$x$")
        ax.set_xlim(-5, 5)
        ax.set_ylim(0, 0.75)
        ax.grid(True)
        ax.set_title("(a)", loc="left")
        fig.savefig(f"kl_profile_plot-a-{theme}.svg", metadata={"Date": None})
        plt.close(fig)

        fig, ax = plt.subplots(figsize=(3.4, 2.6), layout="constrained")
        ax.plot(mus, forward, "--", color=colors[0], linewidth=1.8)
        ax.plot(mus, reverse, "-.", color=colors[1], linewidth=1.8)
        for mu in (mu_forward,):
            ax.plot([mu], [forward[np.abs(mus - mu).argmin()]], "o", color=colors[0], ms=5)
        for mu in (mu_big, mu_small):
            ax.plot([mu], [reverse[np.abs(mus - mu).argmin()]], "o", color=colors[1], ms=5)
        ax.set_xlabel(r"$\mu$")
        ax.set_xlim(-4, 4)
        ax.set_ylim(0, 3)
        ax.grid(True)
        ax.set_title("(b)", loc="left")
        fig.savefig(f"kl_profile_plot-b-{theme}.svg", metadata={"Date": None})
        plt.close(fig)

        # The key both panels share.
        fig = plt.figure(figsize=(3.4, 0.9))
        fig.legend(handles=handles, loc="center", frameon=False, ncol=1)
        fig.savefig(f"kl_profile_plot-key-{theme}.svg", metadata={"Date": None})
        plt.close(fig)
