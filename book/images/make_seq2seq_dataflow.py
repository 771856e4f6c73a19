"""Draw book/images/seq2seq_dataflow.svg, the data-flow diagram of Chapter 8.

Run from the repository root: python book/images/make_seq2seq_dataflow.py
"""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch  # noqa: E402

# Stable ids: the file changes only if the drawing does.
matplotlib.rcParams["svg.hashsalt"] = "rnnbook"
OUT = Path(__file__).with_name("seq2seq_dataflow.svg")
ENC = ["the", "cat", "sleeps", "."]
DEC_IN = ["<start>", "le", "chat", "dort", "."]
DEC_OUT = ["le", "chat", "dort", ".", "<end>"]
BLUE, ORANGE, GREY, GREEN = "#dbe8f6", "#fde3c8", "#eeeeee", "#d9f0d3"


def box(ax, x, y, text, color, w=0.9, h=0.5, size=9):
    ax.add_patch(
        FancyBboxPatch(
            (x - w / 2, y - h / 2),
            w,
            h,
            boxstyle="round,pad=0.03",
            fc=color,
            ec="#555555",
            lw=0.8,
        )
    )
    ax.text(x, y, text, ha="center", va="center", fontsize=size)


def arrow(ax, x0, y0, x1, y1, style="-|>", ls="-", color="#333333", rad=0.0):
    ax.add_patch(
        FancyArrowPatch(
            (x0, y0),
            (x1, y1),
            arrowstyle=style,
            mutation_scale=10,
            lw=0.9,
            ls=ls,
            color=color,
            connectionstyle=f"arc3,rad={rad}",
        )
    )


fig, ax = plt.subplots(figsize=(11, 4.6))
ax.set_xlim(-0.8, 12.4)
ax.set_ylim(-0.6, 5.0)
ax.axis("off")
# Encoder: tokens -> embeddings -> LSTM states.
for i, word in enumerate(ENC):
    x = 0.6 + 1.3 * i
    box(ax, x, 0.0, word, GREY)
    box(ax, x, 1.2, f"$E_x[x_{i + 1}]$", BLUE)
    box(ax, x, 2.5, f"$h_{i + 1}, c_{i + 1}$", BLUE, h=0.6)
    arrow(ax, x, 0.25, x, 0.95)
    arrow(ax, x, 1.45, x, 2.2)
    if i:
        arrow(ax, x - 0.85, 2.5, x - 0.45, 2.5)
ax.text(
    2.55,
    3.3,
    "encoder: Embedding $\\to$ LSTM (reads the whole input)",
    ha="center",
    fontsize=9,
)
# Context: the final pair of states.
box(ax, 5.9, 2.5, "context\n$(h_T, c_T)$", GREEN, w=1.1, h=0.8)
arrow(ax, 4.95, 2.5, 5.35, 2.5)
# Decoder: from <start>, one step per output token.
for j, (word_in, word_out) in enumerate(zip(DEC_IN, DEC_OUT, strict=True)):
    x = 7.3 + 1.15 * j
    box(ax, x, 0.0, word_in, GREY, w=0.95)
    box(ax, x, 1.2, f"$E_y[y_{j}]$", ORANGE, w=0.95)
    box(ax, x, 2.5, f"$s_{j + 1}, m_{j + 1}$", ORANGE, w=0.95, h=0.6)
    box(ax, x, 3.7, "softmax", ORANGE, w=0.95)
    box(ax, x, 4.6, word_out, GREY, w=0.95)
    for y0, y1 in ((0.25, 0.95), (1.45, 2.2), (2.8, 3.45), (3.95, 4.35)):
        arrow(ax, x, y0, x, y1)
    if j:
        arrow(ax, x - 0.7, 2.5, x - 0.48, 2.5)
    if j < len(DEC_IN) - 1:  # the output word becomes the next input
        arrow(ax, x + 0.35, 4.4, x + 1.0, 0.25, ls="--", color="#b05a00", rad=-0.15)
arrow(ax, 6.45, 2.5, 6.82, 2.5)
ax.text(
    9.6,
    -0.55,
    "decoder: Embedding $\\to$ LSTM $\\to$ Dense softmax; dashed: when "
    "translating, the chosen word is fed back",
    ha="center",
    fontsize=9,
)
fig.savefig(OUT, bbox_inches="tight", metadata={"Date": None})
print(f"wrote {OUT}")
