"""Synthetic sequence tasks with known answers, used to test what recurrent networks can learn.

Every generator takes a NumPy ``Generator`` so that the data are the same on every run, and
returns NumPy arrays only (no TensorFlow), ready for ``model.fit``.
"""

from __future__ import annotations

import numpy as np


def _check_positive_int(name: str, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int | np.integer) or value < 1:
        raise ValueError(f"{name} must be a positive int, got {value!r}")


def _check_rng(rng: np.random.Generator) -> None:
    if not isinstance(rng, np.random.Generator):
        raise TypeError(
            f"rng must be a numpy Generator (np.random.default_rng(seed)), got {type(rng).__name__}"
        )


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
    _check_rng(rng)
    for name, value in (("count", count), ("min_length", min_length), ("window", window)):
        _check_positive_int(name, value)
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


def noisy_waves(length: int, rng: np.random.Generator, noise: float = 0.1) -> np.ndarray:
    """A time series: the sum of two sine waves (periods 17 and 40 steps) plus Gaussian noise."""
    _check_rng(rng)
    _check_positive_int("length", length)
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
    _check_positive_int("steps", steps)
    if series.size <= steps:
        raise ValueError(f"the series ({series.size} values) must be longer than steps={steps}")
    n = series.size - steps
    index = np.arange(steps)[None, :] + np.arange(n)[:, None]
    return series[index][..., None], series[steps:]


# Characters of the bracket task; "(" opens a span and ")" closes it.
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
    _check_rng(rng)
    _check_positive_int("count", count)
    _check_positive_int("length", length)
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


def echo_stream(
    streams: int, length: int, lag: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """Parallel streams of random bits whose target at step t is the input bit at step t - lag.

    Inputs are +-1 (float32, shape (streams, length, 1)); targets are 0/1 (float32, shape
    (streams, length)). The first ``lag`` targets of each stream have no source and are 0; a
    model cannot predict them, so leave them out when scoring.
    """
    _check_rng(rng)
    for name, value in (("streams", streams), ("length", length), ("lag", lag)):
        _check_positive_int(name, value)
    if lag >= length:
        raise ValueError(f"lag ({lag}) must be shorter than the stream ({length} steps)")
    bits = rng.integers(0, 2, size=(streams, length))
    targets = np.zeros((streams, length), dtype=np.float32)
    targets[:, lag:] = bits[:, :-lag]
    return (2.0 * bits - 1.0).astype(np.float32)[..., None], targets


def adding_problem(
    count: int, steps: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """The adding problem: add the two numbers that are marked in a sequence of random numbers.

    Each step has two features: a number drawn uniformly from [0, 1] and a 0/1 mark; exactly two
    steps per sequence are marked, at random positions. The target is the sum of the two marked
    numbers. Predicting the mean (1.0) scores a mean squared error of 1/6.
    Returns inputs (float32, shape (count, steps, 2)) and targets (float32, shape (count,)).
    """
    _check_rng(rng)
    _check_positive_int("count", count)
    _check_positive_int("steps", steps)
    if steps < 2:
        raise ValueError(f"steps must be at least 2 (two numbers are marked), got {steps}")
    values = rng.uniform(0.0, 1.0, size=(count, steps))
    marks = np.zeros((count, steps))
    for i in range(count):
        marks[i, rng.choice(steps, size=2, replace=False)] = 1.0
    inputs = np.stack([values, marks], axis=-1).astype(np.float32)
    return inputs, (values * marks).sum(axis=1).astype(np.float32)
