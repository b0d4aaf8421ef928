from contextlib import redirect_stdout

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

with redirect_stdout(None):
    from digits_models import softmax, y
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



# test split, 10 equal-width bins of max q: the accuracy and mean confidence of each
z, target = logits["test"], y["test"].numpy()
edges = np.linspace(0, 1, 11)
for theme, (ink, colors) in THEMES.items():
    with plt.rc_context(style(ink, colors)):
        for panel, t in (("a", 1.0), ("b", T)):
            q = softmax(z, t)
            confidence, correct = q.max(axis=1), q.argmax(axis=1) == target
            which = np.clip(np.ceil(confidence * 10).astype(int) - 1, 0, 9)
            fig, ax = plt.subplots(figsize=(3.4, 2.6), layout="constrained")
            for b in np.unique(which):
                inside = which == b
                acc = round(correct[inside].mean(), 6)
                ax.bar(edges[b], acc, width=0.1, align="edge", color=colors[0], alpha=0.35,
                       edgecolor=colors[0])  # fmt: skip
                ax.plot(round(confidence[inside].mean(), 6), acc, "o", color=colors[1], ms=4)
            ax.plot([0, 1], [0, 1], ":", color=ink, lw=1)
            ax.set_title(f"({panel})  $T = {t:.4f}$", loc="left")
            ax.set_xlabel(r"$\max_k q_k$")
            ax.set_ylabel(r"$\mathtt{acc}$")
            ax.set_xlim(0, 1)
            ax.set_ylim(0, 1)
            fig.savefig(f"reliability_plot-{panel}-{theme}.svg", metadata={"Date": None})
            plt.close(fig)
