"""The adding problem (Hochreiter and Schmidhuber, 1997), a test of long-range memory.

Each sequence has ``length`` steps of two features: a random number in [0, 1) and a marker that
is 1 at exactly two steps (one in the first half, one in the second half) and 0 elsewhere. The
target is the sum of the two marked numbers. A model that ignores the inputs and always
predicts the mean sum, 1, has a mean squared error of Var(u1 + u2) = 2/12, about 0.167.
"""

from __future__ import annotations

import numpy as np

from rnnbook.arguments import check_positive_int, check_rng

BASELINE_MSE = 1.0 / 6.0  # the variance of the sum of two independent U(0, 1) numbers


def make_adding_data(
    count: int, length: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """``count`` adding-problem sequences of ``length`` steps: inputs (count, length, 2), targets
    (count, 1), both float32. The first marker falls in the first half, the second in the
    second half, so the model must remember a number for at least about ``length / 2`` steps.
    """
    check_positive_int("count", count)
    if isinstance(length, bool) or not isinstance(length, int) or length < 2:
        raise ValueError(f"length must be an int of at least 2 (two marked steps), got {length!r}")
    check_rng(rng)
    half = length // 2
    values = rng.uniform(0.0, 1.0, size=(count, length))
    first = rng.integers(0, half, size=count)
    second = rng.integers(half, length, size=count)
    markers = np.zeros((count, length))
    rows = np.arange(count)
    markers[rows, first] = 1.0
    markers[rows, second] = 1.0
    inputs = np.stack([values, markers], axis=-1).astype(np.float32)
    targets = (values[rows, first] + values[rows, second])[:, None].astype(np.float32)
    return inputs, targets
