"""From sentence pairs to the arrays a sequence-to-sequence model trains on (Task 3).

The encoder reads ``input_tensor`` (source ids, padded with 0). The decoder trains with teacher
forcing: ``target_tensor`` holds ``<start> y_1 ... y_n <end>``; the decoder reads
``<start> y_1 ... y_n`` (``decoder_input``) and learns to predict ``y_1 ... y_n <end>``
(``decoder_target``), the same sentence shifted one step to the left.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from rnnbook.arguments import check_positive_int
from rnnbook.text import END_ID, PAD_ID, Vocabulary, pad_sequences, tokenize

if TYPE_CHECKING:
    import tensorflow as tf


def _check_pairs(pairs: Iterable) -> list[tuple[str, str]]:
    checked = []
    for number, pair in enumerate(pairs):
        if isinstance(pair, str | bytes) or not (isinstance(pair, Sequence) and len(pair) == 2):
            raise ValueError(f"pair {number} must be (source, target), got {pair!r}")
        source, target = pair
        if not (isinstance(source, str) and isinstance(target, str)):
            raise TypeError(f"pair {number} must hold two strings, got {pair!r}")
        checked.append((source, target))
    if not checked:
        raise ValueError("no sentence pairs given")
    return checked


def tokenize_pairs(
    pairs: Iterable, source_language: str = "en", target_language: str = "fr"
) -> tuple[list[list[str]], list[list[str]]]:
    """Tokenize both sides of (source, target) sentence pairs: two lists of token lists."""
    checked = _check_pairs(pairs)
    sources = [tokenize(source, language=source_language) for source, _ in checked]
    targets = [tokenize(target, language=target_language) for _, target in checked]
    return sources, targets


def build_vocabularies(
    pairs: Iterable,
    min_count: int = 1,
    source_language: str = "en",
    target_language: str = "fr",
) -> tuple[Vocabulary, Vocabulary]:
    """The source and target vocabularies of the (training) pairs."""
    sources, targets = tokenize_pairs(pairs, source_language, target_language)
    return (
        Vocabulary.build(sources, min_count=min_count),
        Vocabulary.build(targets, min_count=min_count),
    )


@dataclass(frozen=True)
class Seq2SeqData:
    """The padded id arrays of a set of sentence pairs, with the vocabularies that made them."""

    input_tensor: np.ndarray  # (pairs, source steps): source ids, then 0s
    target_tensor: np.ndarray  # (pairs, target steps + 1): <start> ids <end>, then 0s
    source_vocab: Vocabulary
    target_vocab: Vocabulary
    source_tokens: list[list[str]]
    target_tokens: list[list[str]]

    @property
    def encoder_input(self) -> np.ndarray:
        return self.input_tensor

    @cached_property
    def decoder_input(self) -> np.ndarray:
        """``<start> y_1 ... y_n`` (teacher forcing: the true previous word at every step).

        ``target_tensor`` without its last column, and with ``<end>`` replaced by padding: the
        decoder never reads ``<end>``, so its (masked) steps line up with ``decoder_target``'s.
        """
        shifted = self.target_tensor[:, :-1]
        return np.where(shifted == END_ID, PAD_ID, shifted)

    @property
    def decoder_target(self) -> np.ndarray:
        """``y_1 ... y_n <end>``: the decoder input shifted one step to the left."""
        return self.target_tensor[:, 1:]

    def __len__(self) -> int:
        return len(self.input_tensor)


def prepare(
    pairs: Iterable,
    source_vocab: Vocabulary,
    target_vocab: Vocabulary,
    source_language: str = "en",
    target_language: str = "fr",
) -> Seq2SeqData:
    """Tokenize, encode and pad sentence pairs with given vocabularies (unknown words -> <unk>).

    Each array is padded with 0 to its own longest sentence; the models accept any length.
    """
    sources, targets = tokenize_pairs(pairs, source_language, target_language)
    input_tensor = pad_sequences([source_vocab.encode(tokens) for tokens in sources])
    target_tensor = pad_sequences(
        [target_vocab.encode(tokens, add_start=True, add_end=True) for tokens in targets]
    )
    return Seq2SeqData(input_tensor, target_tensor, source_vocab, target_vocab, sources, targets)


def within_target_length(
    pairs: Sequence, max_tokens: int, target_language: str = "fr"
) -> list:
    """The pairs whose target sentence has at most ``max_tokens`` tokens, in their order.

    Chapter 9 trains on these to fit its time budget; the validation and test splits are
    never filtered, so they still hold sentences of every length.
    """
    check_positive_int("max_tokens", max_tokens)
    pairs = list(pairs)
    checked = _check_pairs(pairs)
    return [
        pair
        for pair, (_, target) in zip(pairs, checked, strict=True)
        if len(tokenize(target, language=target_language)) <= max_tokens
    ]


def reverse_source(input_tensor: np.ndarray) -> np.ndarray:
    """Reverse each row's real tokens, keeping the padding at the end (Sutskever et al., 2014).

    ``[[5, 6, 7, 0]]`` becomes ``[[7, 6, 5, 0]]``: an encoder that reads the source backwards
    ends on its first words, which are the ones the decoder needs first.
    """
    input_tensor = np.asarray(input_tensor)
    if input_tensor.ndim != 2:
        raise ValueError(f"input_tensor must be 2-D (sentences, steps), got {input_tensor.shape}")
    lengths = (input_tensor != PAD_ID).sum(axis=1)
    steps = np.arange(input_tensor.shape[1])
    # Position j of a row of length n takes the token at n - 1 - j; padding stays padding.
    source = np.where(steps < lengths[:, None], lengths[:, None] - 1 - steps, steps)
    return np.take_along_axis(input_tensor, source, axis=1)


def bucketed_batches(
    data: Seq2SeqData,
    batch_size: int,
    seed: int = 0,
    shuffle: bool = True,
    length_multiple: int = 1,
) -> tf.data.Dataset:
    """A ``tf.data.Dataset`` of ((encoder_input, decoder_input), decoder_target) batches that
    group sentences of similar length, each batch cut to its own longest sentence.

    Padding to the longest sentence of the whole corpus would make the recurrent layers run
    through mostly padding; grouping by length does the same work on far fewer steps. With
    ``shuffle`` the batches are recomposed (ties broken at random) and visited in a new random
    order every epoch, from a generator seeded once with ``seed``. Pass ``shuffle=False`` to
    ``fit`` as well: the dataset does its own shuffling. ``length_multiple`` rounds each
    batch's lengths up to a multiple of it (more padding, but fewer distinct shapes, which
    matters to compilers such as XLA that compile once per shape).
    """
    import tensorflow as tf

    check_positive_int("batch_size", batch_size)
    check_positive_int("length_multiple", length_multiple)
    source_lengths = (data.input_tensor != PAD_ID).sum(axis=1)
    target_lengths = (data.decoder_target != PAD_ID).sum(axis=1)
    lengths = np.maximum(source_lengths, target_lengths)
    rng = np.random.default_rng(seed)

    def batches():
        jitter = rng.uniform(0.0, 0.5, size=len(lengths)) if shuffle else 0.0
        order = np.argsort(lengths + jitter, kind="stable")
        groups = [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
        for g in rng.permutation(len(groups)) if shuffle else range(len(groups)):
            rows = np.sort(groups[g])
            source_steps = _round_up(max(int(source_lengths[rows].max()), 1), length_multiple)
            target_steps = _round_up(int(target_lengths[rows].max()), length_multiple)
            yield (
                (
                    _columns(data.input_tensor[rows], source_steps),
                    _columns(data.decoder_input[rows], target_steps),
                ),
                _columns(data.decoder_target[rows], target_steps),
            )

    matrix = tf.TensorSpec(shape=(None, None), dtype=tf.int32)
    dataset = tf.data.Dataset.from_generator(batches, output_signature=((matrix, matrix), matrix))
    # Telling tf.data how many batches an epoch has lets Keras know where each epoch ends.
    count = -(-len(lengths) // batch_size)
    return dataset.apply(tf.data.experimental.assert_cardinality(count)).prefetch(2)


def _round_up(steps: int, multiple: int) -> int:
    return -(-steps // multiple) * multiple


def _columns(matrix: np.ndarray, steps: int) -> np.ndarray:
    """The first ``steps`` columns of ``matrix``, padded with PAD_ID if it has fewer."""
    if matrix.shape[1] >= steps:
        return matrix[:, :steps]
    return np.pad(matrix, ((0, 0), (0, steps - matrix.shape[1])), constant_values=PAD_ID)
