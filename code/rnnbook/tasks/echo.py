"""The echo stream (Chapter 2): repeat the input of a fixed number of steps ago."""

from __future__ import annotations

import numpy as np

from rnnbook.arguments import check_positive_int, check_rng


def echo_stream(
    streams: int, length: int, lag: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """Parallel streams of random bits whose target at step t is the input bit at step t - lag.

    Inputs are +-1 (float32, shape (streams, length, 1)); targets are 0/1 (float32, shape
    (streams, length)). The first ``lag`` targets of each stream have no source and are 0; a
    model cannot predict them, so leave them out when scoring.
    """
    check_rng(rng)
    for name, value in (("streams", streams), ("length", length), ("lag", lag)):
        check_positive_int(name, value)
    if lag >= length:
        raise ValueError(f"lag ({lag}) must be shorter than the stream ({length} steps)")
    bits = rng.integers(0, 2, size=(streams, length))
    targets = np.zeros((streams, length), dtype=np.float32)
    targets[:, lag:] = bits[:, :-lag]
    return (2.0 * bits - 1.0).astype(np.float32)[..., None], targets
