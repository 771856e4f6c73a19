"""Noisy waves and forecasting windows (Chapter 1): predict the next value of a time series."""

from __future__ import annotations

import numpy as np

from rnnbook.arguments import check_positive_int, check_rng


def noisy_waves(length: int, rng: np.random.Generator, noise: float = 0.1) -> np.ndarray:
    """A time series: the sum of two sine waves (periods 17 and 40 steps) plus Gaussian noise."""
    check_rng(rng)
    check_positive_int("length", length)
    if noise < 0:
        raise ValueError(f"noise must be >= 0, got {noise}")
    t = np.arange(length)
    clean = np.sin(2 * np.pi * t / 17) + 0.5 * np.sin(2 * np.pi * t / 40)
    return (clean + noise * rng.normal(size=length)).astype(np.float32)


def forecast_windows(series: np.ndarray, steps: int) -> tuple[np.ndarray, np.ndarray]:
    """Cut a series into (inputs, target) pairs: ``steps`` past values, and the next value.

    Returns inputs of shape (n, steps, 1) and targets of shape (n,), where
    ``n = len(series) - steps``.
    """
    series = np.asarray(series, dtype=np.float32)
    if series.ndim != 1:
        raise ValueError(f"series must be one-dimensional, got shape {series.shape}")
    check_positive_int("steps", steps)
    if series.size <= steps:
        raise ValueError(f"the series ({series.size} values) must be longer than steps={steps}")
    n = series.size - steps
    index = np.arange(steps)[None, :] + np.arange(n)[:, None]
    return series[index][..., None], series[steps:]


# Characters of the bracket task; "(" opens a span and ")" closes it.
