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


def box(ax, x, y, text, color, w=1.0, h=0.55, size=13):
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
ax.set_xlim(-0.1, 13.9)
ax.set_ylim(-0.8, 5.0)
ax.axis("off")
# Encoder: tokens -> embeddings -> LSTM states.
for i, word in enumerate(ENC):
    x = 0.6 + 1.35 * i
    box(ax, x, 0.0, word, GREY)
    box(ax, x, 1.2, f"$E_x[x_{i + 1}]$", BLUE)
    box(ax, x, 2.5, f"$h_{i + 1}, c_{i + 1}$", BLUE, w=1.1, h=0.65)
    arrow(ax, x, 0.25, x, 0.95)
    arrow(ax, x, 1.45, x, 2.2)
    if i:
        arrow(ax, x - 0.8, 2.5, x - 0.55, 2.5)
ax.text(
    2.6,
    3.3,
    "encoder: Embedding $\\to$ LSTM\n(reads the whole input)",
    ha="center",
    fontsize=13,
)
# Context: the final pair of states.
box(ax, 6.15, 2.5, "context\n$(h_T, c_T)$", GREEN, w=1.2, h=0.9)
arrow(ax, 5.2, 2.5, 5.55, 2.5)
# Decoder: from <start>, one step per output token.
for j, (word_in, word_out) in enumerate(zip(DEC_IN, DEC_OUT, strict=True)):
    x = 7.7 + 1.35 * j
    box(ax, x, 0.0, word_in, GREY, w=1.15)
    box(ax, x, 1.2, f"$E_y[y_{j}]$", ORANGE, w=1.15)
    box(ax, x, 2.5, f"$s_{j + 1}, m_{j + 1}$", ORANGE, w=1.15, h=0.6)
    box(ax, x, 3.7, "softmax", ORANGE, w=1.15, size=11)
    box(ax, x, 4.6, word_out, GREY, w=1.15)
    for y0, y1 in ((0.25, 0.95), (1.45, 2.2), (2.8, 3.45), (3.95, 4.35)):
        arrow(ax, x, y0, x, y1)
    if j:
        arrow(ax, x - 0.78, 2.5, x - 0.57, 2.5)
    if j < len(DEC_IN) - 1:  # the output word becomes the next input
        arrow(ax, x + 0.4, 4.35, x + 1.2, 0.28, ls="--", color="#b05a00", rad=-0.15)
arrow(ax, 6.75, 2.5, 7.12, 2.5)
ax.text(
    6.8,
    -0.8,
    "decoder: Embedding $\\to$ LSTM $\\to$ Dense softmax; dashed: when "
    "translating, the chosen word is fed back",
    ha="center",
    fontsize=13,
)
fig.savefig(OUT, bbox_inches="tight", metadata={"Date": None})
print(f"wrote {OUT}")
