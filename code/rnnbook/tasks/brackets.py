"""The bracket task (Chapter 1): label every character of a string: is it inside brackets?"""

from __future__ import annotations

import numpy as np

from rnnbook.arguments import check_positive_int, check_rng

BRACKET_CHARS = "abc()"


def bracket_task(
    count: int, length: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """Strings over ``a b c ( )`` with one label per character: is it inside brackets?

    Brackets are not nested: an "(" appears only outside a span and a ")" only inside one.
    A character is labelled 1 from an opening bracket up to and including the closing one.
    Returns character ids (int32, indices into ``BRACKET_CHARS``, shape (count, length)) and
    labels (float32, same shape).
    """
    check_rng(rng)
    check_positive_int("count", count)
    check_positive_int("length", length)
    ids = np.zeros((count, length), dtype=np.int32)
    labels = np.zeros((count, length), dtype=np.float32)
    for i in range(count):
        inside = False
        for t in range(length):
            if rng.random() < 0.1:  # a bracket: it opens or closes the span
                ids[i, t] = 3 if not inside else 4
                labels[i, t] = 1.0
                inside = not inside
            else:
                ids[i, t] = rng.integers(0, 3)
                labels[i, t] = float(inside)
    return ids, labels
