"""Learning-curve plots."""

from __future__ import annotations

import matplotlib
import pytest

from rnnbook.plots import plot_learning_curves

matplotlib.use("Agg")

HISTORY = {"loss": [1.0, 0.5, 0.3], "val_loss": [1.1, 0.7, 0.6],
           "accuracy": [0.5, 0.7, 0.8], "val_accuracy": [0.4, 0.6, 0.7]}


def test_one_labelled_panel_per_metric_with_both_curves():
    fig = plot_learning_curves(HISTORY, labels={"loss": "cross-entropy"}, title="t")
    axes = fig.axes
    assert len(axes) == 2
    assert axes[0].get_xlabel() == "epoch" and axes[0].get_ylabel() == "cross-entropy"
    assert [line.get_label() for line in axes[1].get_lines()] == ["training", "validation"]
    assert list(axes[0].get_lines()[0].get_xdata()) == [1, 2, 3]


def test_missing_metric_is_named():
    with pytest.raises(KeyError, match="accuracy"):
        plot_learning_curves({"loss": [1.0]})
