"""Draw book/images/gru_cell.svg, the diagram of one GRU step in Chapter 4.

Run from the repository root: python book/images/make_gru_cell.py
"""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch  # noqa: E402

# Stable ids: the file changes only if the drawing does.
matplotlib.rcParams["svg.hashsalt"] = "rnnbook"
OUT = Path(__file__).with_name("gru_cell.svg")
PINK, BLUE, GREEN, WHITE = "#f4c7c3", "#c6dbef", "#d9ead3", "white"


def box(ax, x, y, text, color, w=1.2, h=0.6, size=14):
    ax.add_patch(
        FancyBboxPatch(
            (x - w / 2, y - h / 2),
            w,
            h,
            boxstyle="round,pad=0.05",
            fc=color,
            ec="#333333",
            lw=1.0,
        )
    )
    ax.text(x, y, text, ha="center", va="center", fontsize=size)


def arrow(ax, x0, y0, x1, y1, color="#333333"):
    ax.add_patch(
        FancyArrowPatch(
            (x0, y0), (x1, y1), arrowstyle="-|>", mutation_scale=14, lw=1.3, color=color
        )
    )


def line(ax, xs, ys, color="#333333", lw=1.3):
    ax.plot(xs, ys, color=color, lw=lw, solid_capstyle="round")


fig, ax = plt.subplots(figsize=(9, 4.6))
ax.set_xlim(0, 10.6)
ax.set_ylim(-0.3, 5.2)
ax.axis("off")

# The state path along the top: keep z of the old state, add (1 - z) of the candidate.
TOP = 4.4
ax.text(0.1, TOP, "$h_{t-1}$", fontsize=16, va="center")
arrow(ax, 0.9, TOP, 2.75, TOP, color="#b03020")
box(ax, 3.1, TOP, r"$\times$", WHITE, 0.6, 0.6)
arrow(ax, 3.45, TOP, 7.25, TOP, color="#b03020")
box(ax, 7.6, TOP, "$+$", WHITE, 0.6, 0.6)
arrow(ax, 7.95, TOP, 9.75, TOP, color="#b03020")
ax.text(9.85, TOP, "$h_t$", fontsize=16, va="center")
ax.text(
    5.2,
    TOP + 0.45,
    "state path: scaled by $z_t$ at every step",
    fontsize=12,
    ha="center",
    color="#b03020",
)

# The three layers reading x_t and h_{t-1}.
BOTTOM = 1.6
box(ax, 3.1, BOTTOM, r"$z_t$   $\sigma$", PINK, 1.4)
box(ax, 5.0, BOTTOM, r"$r_t$   $\sigma$", BLUE, 1.4)
box(ax, 7.6, BOTTOM, r"$\tilde h_t$   tanh", GREEN, 1.6)
BUS = 0.45
line(ax, [1.3, 7.6], [BUS, BUS])
line(ax, [1.3, 1.3], [TOP, BUS])  # h_{t-1} drops down to the gates
ax.text(1.45, 0.05, "$x_t$, $h_{t-1}$", fontsize=14)
for x in (3.1, 5.0, 7.6):
    arrow(ax, x, BUS, x, BOTTOM - 0.32)
# Update gate: z_t scales the old state, 1 - z_t the candidate.
arrow(ax, 3.1, BOTTOM + 0.32, 3.1, TOP - 0.32)
box(ax, 5.0, 3.1, r"$1 - z_t$", WHITE, 1.1, 0.55, size=13)
line(ax, [3.1, 4.45], [2.55, 2.55])
arrow(ax, 4.45, 2.55, 4.75, 2.85)
box(ax, 7.6, 3.1, r"$\times$", WHITE, 0.6, 0.6)
arrow(ax, 5.55, 3.1, 7.25, 3.1)
arrow(ax, 7.6, BOTTOM + 0.32, 7.6, 2.75)
arrow(ax, 7.6, 3.45, 7.6, TOP - 0.32)
# Reset gate: how much of h_{t-1} the candidate sees.
arrow(ax, 5.7, BOTTOM, 6.75, BOTTOM)
ax.text(
    6.2, BOTTOM - 0.15, "scales\n$h_{t-1}$'s part", fontsize=10, ha="center", va="top"
)
fig.savefig(OUT, bbox_inches="tight", metadata={"Date": None})
print(f"wrote {OUT}")
