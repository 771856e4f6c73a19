"""Helpers shared by the NumPy reference cells: the sigmoid and checks of Keras-shaped weights."""

from __future__ import annotations

import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    """The logistic function 1 / (1 + exp(-x)), Keras' default recurrent activation."""
    return 0.5 * (1.0 + np.tanh(0.5 * x))  # the same function, without overflow warnings


def split_gates(matrix: np.ndarray, parts: int, name: str) -> list[np.ndarray]:
    if matrix.shape[-1] % parts:
        raise ValueError(f"{name} has last dimension {matrix.shape[-1]}, not a multiple of {parts}")
    return np.split(matrix, parts, axis=-1)


def check_state(h: np.ndarray, recurrent_kernel: np.ndarray, gates: int) -> None:
    units = recurrent_kernel.shape[0]
    if recurrent_kernel.shape != (units, gates * units):
        raise ValueError(
            f"recurrent_kernel must have shape (units, {gates} * units), "
            f"got {recurrent_kernel.shape}"
        )
    if h.shape[-1] != units:
        raise ValueError(f"the state has {h.shape[-1]} units but the weights have {units}")
