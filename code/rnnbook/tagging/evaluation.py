"""Scoring a tagger over real tokens only: accuracy, accuracy by position, confusions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from rnnbook.text import PAD_ID


def _check_arrays(predicted: object, gold: object) -> tuple[np.ndarray, np.ndarray]:
    predicted, gold = np.asarray(predicted), np.asarray(gold)
    if predicted.shape != gold.shape or gold.ndim != 2:
        raise ValueError(
            f"predicted and gold tags must both be (sentences, steps) arrays of the same shape, "
            f"got {predicted.shape} and {gold.shape}"
        )
    return predicted, gold


def predict_tags(model: object, data: object, batch_size: int = 512) -> np.ndarray:
    """A tagger's tag ids for ``data`` (:class:`~rnnbook.tagging.data.TaggedArrays`), shaped
    like ``data.tags`` with 0 at padding.

    ``model.predict_on_batch`` maps word ids (sentences, steps) to tag probabilities (sentences,
    steps, tags). Sentences are grouped by length and each group cut to its longest sentence,
    so the model reads almost no padding.
    """
    if not hasattr(model, "predict_on_batch"):
        raise TypeError("model must have predict_on_batch (a Keras model)")
    if not all(hasattr(data, name) for name in ("words", "tags", "lengths")):
        raise TypeError("data must be TaggedArrays (rnnbook.tagging.encode_tagged)")
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, got {batch_size!r}")
    lengths = data.lengths
    order = np.argsort(lengths, kind="stable")
    out = np.zeros_like(data.tags)
    for start in range(0, len(order), batch_size):
        rows = order[start : start + batch_size]
        steps = int(lengths[rows].max())
        probabilities = np.asarray(model.predict_on_batch(data.words[rows, :steps]))
        out[rows, :steps] = probabilities.argmax(axis=-1)
    return np.where(data.mask, out, PAD_ID)


def token_accuracy(predicted: object, gold: object, mask: object | None = None) -> float:
    """The share of real tokens whose predicted tag id equals the gold one.

    Real tokens are where ``mask`` is True, by default where ``gold`` is not padding (id 0);
    counting padding too would reward a model for "predicting" the padding.
    """
    predicted, gold = _check_arrays(predicted, gold)
    mask = gold != PAD_ID if mask is None else np.asarray(mask, dtype=bool)
    if mask.shape != gold.shape:
        raise ValueError(f"mask has shape {mask.shape}, the tags {gold.shape}")
    if not mask.any():
        raise ValueError("no real token to score (the mask is all False)")
    return float((predicted == gold)[mask].mean())


def accuracy_by_position(
    predicted: object, gold: object, positions: Sequence[int] | None = None
) -> dict[int, float]:
    """Accuracy over the real tokens at each position (0 = first word) of the sentences.

    By default every position that holds a real token in some sentence; ``positions`` chooses
    them (each must hold a real token somewhere).
    """
    predicted, gold = _check_arrays(predicted, gold)
    mask = gold != PAD_ID
    steps = np.flatnonzero(mask.any(axis=0)) if positions is None else positions
    out = {}
    for t in steps:
        if not 0 <= t < gold.shape[1] or not mask[:, t].any():
            raise ValueError(f"no real token at position {t}")
        out[int(t)] = float((predicted[:, t] == gold[:, t])[mask[:, t]].mean())
    return out


def accuracy_from_end(
    predicted: object, gold: object, distances: Sequence[int]
) -> dict[int, float]:
    """Accuracy over the real tokens ``d`` steps before each sentence's last token (d = 0: the
    last token), for each ``d`` in ``distances``."""
    predicted, gold = _check_arrays(predicted, gold)
    lengths = (gold != PAD_ID).sum(axis=1)
    out = {}
    for d in distances:
        rows = np.flatnonzero(lengths > d)
        if d < 0 or not len(rows):
            raise ValueError(f"no sentence has a token {d} steps before its end")
        cols = lengths[rows] - 1 - d
        out[int(d)] = float((predicted[rows, cols] == gold[rows, cols]).mean())
    return out


def confusions(
    predicted: object, gold: object, names: Sequence[str], top: int = 5
) -> list[tuple[str, str, int]]:
    """The ``top`` most frequent errors over real tokens, as (gold tag, predicted tag, count)."""
    predicted, gold = _check_arrays(predicted, gold)
    if top < 1:
        raise ValueError(f"top must be at least 1, got {top}")
    wrong = (gold != PAD_ID) & (predicted != gold)
    counts = Counter(zip(gold[wrong].tolist(), predicted[wrong].tolist(), strict=True))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return [(names[g], names[p], n) for (g, p), n in ranked]
