"""Length-grouped batches for a tagger that reads word ids and character ids together."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from rnnbook.arguments import check_positive_int
from rnnbook.text import UNK_ID


def _lengths(words: np.ndarray) -> np.ndarray:
    return np.maximum((words != 0).sum(axis=1), 1)


def _check(words: np.ndarray, chars: np.ndarray) -> None:
    if words.ndim != 2 or chars.ndim != 3 or chars.shape[:2] != words.shape:
        raise ValueError(
            "words must have shape (sentences, steps) and chars (sentences, steps, "
            f"characters); got {words.shape} and {chars.shape}"
        )


def length_groups(
    lengths: np.ndarray, batch_size: int, rng: np.random.Generator | None = None
) -> list[np.ndarray]:
    """Row indices in groups of ``batch_size`` of similar length; with ``rng``, ties are
    broken at random and the groups come in a random order."""
    check_positive_int("batch_size", batch_size)
    jitter = rng.uniform(0.0, 0.5, size=len(lengths)) if rng is not None else 0.0
    order = np.argsort(lengths + jitter, kind="stable")
    groups = [np.sort(order[i : i + batch_size]) for i in range(0, len(order), batch_size)]
    if rng is not None:
        groups = [groups[g] for g in rng.permutation(len(groups))]
    return groups


def word_char_batches(
    words: np.ndarray,
    chars: np.ndarray,
    tags: np.ndarray,
    batch_size: int,
    seed: int = 0,
    unknown_rate: float = 0.0,
):
    """A shuffling ``tf.data.Dataset`` of ((words, chars), tags, weights) batches, each cut
    to its longest sentence; ``weights`` is 1 at real tokens and 0 at padding, so every model
    (masked or not) is trained on the same tokens. Pass ``shuffle=False`` to ``fit``.

    ``unknown_rate`` is *word dropout*: each real word id is replaced by ``<unk>`` (id 1) with
    this probability, drawn anew every epoch (the characters stay), so that a model learns
    what to do with a word its vocabulary does not know."""
    import tensorflow as tf

    words, chars, tags = np.asarray(words), np.asarray(chars), np.asarray(tags)
    _check(words, chars)
    if tags.shape != words.shape:
        raise ValueError(f"tags must have the shape of words {words.shape}, got {tags.shape}")
    check_positive_int("batch_size", batch_size)
    if not 0 <= unknown_rate < 1:
        raise ValueError(f"unknown_rate must be in [0, 1), got {unknown_rate!r}")
    lengths = _lengths(words)
    rng = np.random.default_rng(seed)

    def batches():
        for rows in length_groups(lengths, batch_size, rng):
            steps = int(lengths[rows].max())
            cut = tags[rows, :steps]
            ids = words[rows, :steps]
            if unknown_rate:
                drop = (rng.random(ids.shape) < unknown_rate) & (ids != 0)
                ids = np.where(drop, UNK_ID, ids).astype(ids.dtype)
            yield (ids, chars[rows, :steps]), cut, (cut != 0).astype("float32")

    matrix = tf.TensorSpec(shape=(None, None), dtype=tf.int32)
    cube = tf.TensorSpec(shape=(None, None, chars.shape[2]), dtype=tf.int32)
    weights = tf.TensorSpec(shape=(None, None), dtype=tf.float32)
    dataset = tf.data.Dataset.from_generator(
        batches, output_signature=((matrix, cube), matrix, weights)
    )
    count = -(-len(lengths) // batch_size)
    return dataset.apply(tf.data.experimental.assert_cardinality(count)).prefetch(2)


def predict_by_length(
    predict: Callable[[np.ndarray, np.ndarray], np.ndarray],
    words: np.ndarray,
    chars: np.ndarray,
    batch_size: int = 256,
) -> np.ndarray:
    """The arg-max label of every position, predicting on groups of similar-length sentences
    (each cut to its longest), as in training; 0 at padding. ``predict(words, chars)``
    returns class probabilities of shape (rows, steps, classes)."""
    words, chars = np.asarray(words), np.asarray(chars)
    _check(words, chars)
    lengths = _lengths(words)
    out = np.zeros(words.shape, dtype=np.int32)
    for rows in length_groups(lengths, batch_size):
        steps = int(lengths[rows].max())
        probabilities = np.asarray(predict(words[rows, :steps], chars[rows, :steps]))
        out[rows, :steps] = probabilities.argmax(axis=-1) * (words[rows, :steps] != 0)
    return out
