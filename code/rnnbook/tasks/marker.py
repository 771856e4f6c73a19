"""The marker task (Chapter 1): did a marker symbol occur, possibly far back in the sequence?"""

from __future__ import annotations

import numpy as np

from rnnbook.arguments import check_positive_int, check_rng

# Token ids of the marker task: 0 pads, 1..VOCAB-1 are ordinary symbols, MARKER is the key.
MARKER_VOCAB = 6
MARKER = MARKER_VOCAB - 1


def marker_task(
    count: int,
    min_length: int,
    max_length: int,
    window: int,
    rng: np.random.Generator,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Variable-length sequences of symbols; the label says whether a marker symbol occurred.

    Each sequence has a length drawn uniformly from ``min_length..max_length`` and holds random
    ordinary symbols (ids ``1..MARKER-1``). Half of them, chosen at random, also hold one
    ``MARKER`` at a random position *before* the last ``window`` steps, so a model that sees
    only the last ``window`` steps has no evidence at all. Sequences are padded with 0 at the
    front to ``max_length`` (the last step of every sequence is then column ``max_length - 1``).

    Returns ``(tokens, labels, lengths)``: int32 of shape (count, max_length), float32 0/1 of
    shape (count,), and int of shape (count,).
    """
    check_rng(rng)
    for name, value in (("count", count), ("min_length", min_length), ("window", window)):
        check_positive_int(name, value)
    if not window < min_length <= max_length:
        raise ValueError(
            "need window < min_length <= max_length so the marker can sit outside the window, "
            f"got window={window}, min_length={min_length}, max_length={max_length}"
        )
    lengths = rng.integers(min_length, max_length + 1, size=count)
    labels = rng.integers(0, 2, size=count).astype(np.float32)
    tokens = np.zeros((count, max_length), dtype=np.int32)
    for i, length in enumerate(lengths):
        body = rng.integers(1, MARKER, size=length)
        if labels[i]:
            body[rng.integers(0, length - window)] = MARKER  # never in the last `window` steps
        tokens[i, max_length - length :] = body
    return tokens, labels, lengths
