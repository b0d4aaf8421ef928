from contextlib import redirect_stdout

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle

with redirect_stdout(None):
    from codes import average_length, huffman_p, huffman_q, p

plt.rcParams["svg.hashsalt"] = "cross-entropy"
THEMES = {
    "light": ("#212121", ["#0072b2", "#c24e00", "#007a5a", "#a14d86", "#6b6b6b"]),
    "dark": ("#bfc1c7", ["#56b4e9", "#e69f00", "#3cc49a", "#e28ec4", "#9a9ca3"]),
}


def style(ink):
    return {
        "font.size": 12,
        "text.color": ink,
        "axes.labelcolor": ink,
        "axes.edgecolor": ink,
        "xtick.color": ink,
        "ytick.color": ink,
        "grid.color": ink,
        "grid.alpha": 0.25,
        "savefig.transparent": True,
    }


# Olah's picture: each symbol x is a bar p(x) high and len(codeword) long, stacked,
# so the area of all the bars is the average length. (b) outlines (a)'s bars.
panels = {"a": (huffman_p, "H(p)"), "b": (huffman_q, "H(p, q)")}
for theme, (ink, colors) in THEMES.items():
    with plt.rc_context(style(ink)):
        for panel, (code, area) in panels.items():
            fig, ax = plt.subplots(figsize=(3.4, 2.6), layout="constrained")
            bottom = 0.0
            for x, (height, word) in enumerate(zip(p, code)):
                ax.add_patch(
                    Rectangle(
                        (0, bottom),
                        len(word),
                        height,
                        facecolor=colors[x],
                        alpha=0.3,
                        edgecolor=colors[x],
                        linewidth=1.5,
                    )
                )
                ax.text(0.08, bottom + height / 2, f"$x = {x}$:  $\\mathtt{{{word}}}$", va="center")
                if panel == "b":
                    mine = len(huffman_p[x])
                    ax.plot([mine, mine], [bottom, bottom + height], ":", color=ink, linewidth=1.5)
                bottom += height
            ax.set_title(f"({panel})  ${area} = {average_length(p, code):g}$", loc="left")
            ax.set_xlabel(r"$\ell(x)$")
            ax.set_ylabel(r"$p(x)$")
            ax.set_xlim(0, 3.4)
            ax.set_ylim(0, 1)
            ax.set_xticks([0, 1, 2, 3])
            ax.set_yticks([0, 0.5, 1])
            ax.grid(True, axis="x")
            fig.savefig(f"lengths_plot-{panel}-{theme}.svg", metadata={"Date": None})
            plt.close(fig)
