"""A timing task of the kind peephole connections were designed for (Gers et al., 2002).

Measure the interval between two spikes: each input sequence is zero except for two steps
that are 1; the target is the number of steps between them, divided by ``max_gap`` so that it
lies in (0, 1]. The network must count time between two events and report the count.
"""

from __future__ import annotations

import numpy as np

from rnnbook.arguments import check_positive_int, check_rng


def make_interval_data(
    count: int, length: int, min_gap: int, max_gap: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """``count`` sequences of ``length`` steps: inputs (count, length, 1) with two spikes
    ``gap`` steps apart (gap uniform from ``min_gap`` to ``max_gap``, both included, placed at
    a random offset), targets (count, 1) equal to ``gap / max_gap``; both float32."""
    check_positive_int("count", count)
    if not (isinstance(min_gap, int) and isinstance(max_gap, int) and 1 <= min_gap <= max_gap):
        raise ValueError(f"need ints 1 <= min_gap <= max_gap, got {min_gap!r} and {max_gap!r}")
    if not isinstance(length, int) or length <= max_gap:
        raise ValueError(f"length must be an int above max_gap ({max_gap}), got {length!r}")
    check_rng(rng)
    gaps = rng.integers(min_gap, max_gap + 1, size=count)
    starts = (rng.uniform(size=count) * (length - gaps)).astype(int)  # start + gap < length
    inputs = np.zeros((count, length, 1), dtype=np.float32)
    rows = np.arange(count)
    inputs[rows, starts, 0] = 1.0
    inputs[rows, starts + gaps, 0] = 1.0
    return inputs, (gaps / max_gap)[:, None].astype(np.float32)
