"""Learning curves: training and validation loss and accuracy per epoch."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def plot_learning_curves(
    history: Mapping[str, Sequence[float]],
    metrics: Sequence[str] = ("loss", "accuracy"),
    title: str | None = None,
    labels: Mapping[str, str] | None = None,
) -> Figure:
    """Plot each metric of a Keras ``history.history`` (training and ``val_`` curves) per epoch.

    One panel per metric, epochs from 1, axis labels and a legend. ``labels`` gives y-axis
    labels by metric name. Returns the matplotlib figure (the caller shows it).
    """
    import matplotlib.pyplot as plt

    history = dict(getattr(history, "history", history))
    missing = [name for name in metrics if name not in history]
    if missing:
        raise KeyError(f"history has no {missing}; it has {sorted(history)}")
    labels = dict(labels or {})
    fig, axes = plt.subplots(1, len(metrics), figsize=(5.0 * len(metrics), 3.6), squeeze=False)
    for ax, name in zip(axes[0], metrics, strict=True):
        values = np.asarray(history[name], dtype=float)
        epochs = np.arange(1, len(values) + 1)
        ax.plot(epochs, values, marker="o", label="training")
        if f"val_{name}" in history:
            ax.plot(epochs, np.asarray(history[f"val_{name}"]), marker="o", label="validation")
        ax.set_xlabel("epoch")
        ax.set_ylabel(labels.get(name, name))
        ax.legend()
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return fig
