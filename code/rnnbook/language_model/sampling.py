"""Generating text from a language model: temperature, top-k, and a sampling loop.

The loop is written against a function ``next_probabilities(prefixes) -> probabilities`` so it
works with any model (a Keras network, a count table) and is testable without TensorFlow.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from rnnbook.arguments import check_positive_int, check_rng
from rnnbook.text import END_ID, PAD_ID, START_ID


def reshape_distribution(
    probabilities: np.ndarray, temperature: float = 1.0, top_k: int | None = None
) -> np.ndarray:
    """Rescale next-token distributions (rows) by a temperature and keep the top k tokens.

    Temperature T divides the log-probabilities: p_i^(1/T), renormalised. T < 1 sharpens the
    distribution (towards the most likely token), T > 1 flattens it. ``top_k`` keeps only the
    k most probable tokens of each row (ties broken by token id) and renormalises.
    """
    probabilities = np.asarray(probabilities, dtype=np.float64)
    if probabilities.ndim != 2:
        raise ValueError(
            f"probabilities must be a 2-D array (rows, tokens), got {probabilities.shape}"
        )
    if np.any(probabilities < 0) or not np.all(probabilities.sum(axis=1) > 0):
        raise ValueError("each row of probabilities must be non-negative with a positive sum")
    if isinstance(temperature, bool) or not isinstance(temperature, int | float):
        raise ValueError(f"temperature must be a positive number, got {temperature!r}")
    if not temperature > 0:
        raise ValueError(f"temperature must be a positive number, got {temperature!r}")
    if top_k is not None:
        check_positive_int("top_k", top_k)
    with np.errstate(divide="ignore"):
        logits = np.log(probabilities) / float(temperature)
    logits -= logits.max(axis=1, keepdims=True)
    weights = np.exp(logits)
    if top_k is not None and top_k < weights.shape[1]:
        order = np.argsort(-weights, axis=1, kind="stable")
        drop = order[:, top_k:]
        np.put_along_axis(weights, drop, 0.0, axis=1)
    return weights / weights.sum(axis=1, keepdims=True)


def generate(
    next_probabilities: Callable[[np.ndarray], np.ndarray],
    count: int,
    rng: np.random.Generator,
    temperature: float = 1.0,
    top_k: int | None = None,
    max_length: int = 30,
) -> list[list[int]]:
    """Sample ``count`` sentences (id lists without ``<start>``/``<end>``) token by token.

    ``next_probabilities`` takes the prefixes so far, an int array (count, t) starting with
    ``<start>``, and returns the next-token distribution of each, shape (count, vocabulary).
    ``<pad>`` and ``<start>`` are never sampled. A sentence stops at ``<end>`` or after
    ``max_length`` tokens.
    """
    check_positive_int("count", count)
    check_positive_int("max_length", max_length)
    check_rng(rng)
    prefixes = np.full((count, 1), START_ID, dtype=np.int32)
    finished = np.zeros(count, dtype=bool)
    for _ in range(max_length):
        probabilities = np.array(next_probabilities(prefixes), dtype=np.float64)
        if probabilities.shape[0] != count:
            raise ValueError(
                f"next_probabilities returned {probabilities.shape[0]} rows for {count} prefixes"
            )
        probabilities[:, [PAD_ID, START_ID]] = 0.0
        probabilities = reshape_distribution(probabilities, temperature, top_k)
        cumulative = probabilities.cumsum(axis=1)
        draws = rng.random(count)[:, None]
        chosen = np.minimum((cumulative < draws).sum(axis=1), probabilities.shape[1] - 1)
        chosen = np.where(finished, PAD_ID, chosen).astype(np.int32)
        prefixes = np.concatenate([prefixes, chosen[:, None]], axis=1)
        finished |= chosen == END_ID
        if finished.all():
            break
    sentences = []
    for row in prefixes[:, 1:]:
        ids = [int(i) for i in row if i != PAD_ID]
        sentences.append(ids[: ids.index(END_ID)] if END_ID in ids else ids)
    return sentences
