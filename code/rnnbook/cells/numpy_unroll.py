"""Run a NumPy reference step over whole sequences, as a Keras recurrent layer does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from rnnbook.cells.numpy_gru import gru_step


def run_cell(
    step: Callable[..., Any], inputs: np.ndarray, units: int, *weights: np.ndarray, **options: Any
) -> np.ndarray:
    """Run a reference step over sequences (batch, steps, features) from zero states.

    Returns the hidden states of every step, shape (batch, steps, units). ``step`` is one of
    ``numpy_lstm.lstm_step``, ``numpy_lstm.peephole_lstm_step`` or
    ``numpy_gru.gru_step``.
    """
    inputs = np.asarray(inputs, dtype=np.float64)
    if inputs.ndim != 3:
        raise ValueError(f"inputs must have shape (batch, steps, features), got {inputs.shape}")
    batch = inputs.shape[0]
    h = np.zeros((batch, units))
    c = np.zeros((batch, units))
    outputs = []
    for t in range(inputs.shape[1]):
        if step is gru_step:
            h = step(inputs[:, t], h, *weights, **options)
        else:
            h, c = step(inputs[:, t], h, c, *weights, **options)
        outputs.append(h)
    return np.stack(outputs, axis=1)
