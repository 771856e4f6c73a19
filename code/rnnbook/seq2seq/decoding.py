"""Greedy decoding, generic over a decoder "step" function, and ``translate`` for readers.

A *step* function takes the previous tokens of a batch, shape (batch,), and a decoder state
(any object: a list of arrays for an LSTM, more for attention), and returns the scores of the
next token, shape (batch, vocabulary), with the new state. The same loop then serves every
decoder of the book. An attention decoder's step returns its attention weights as a third
value; :func:`greedy_decode_with_attention` collects them for heatmaps.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from rnnbook.arguments import check_positive_int
from rnnbook.text import END_ID, PAD_ID, START_ID, Vocabulary, detokenize, pad_sequences, tokenize

Step = Callable[[np.ndarray, Any], tuple[np.ndarray, Any]]
# An attention decoder's step also returns the step's weights over the source positions.
AttentionStep = Callable[[np.ndarray, Any], tuple[np.ndarray, Any, np.ndarray]]
Encode = Callable[[np.ndarray], Any]


def greedy_decode(
    step: Step,
    state: Any,
    batch_size: int,
    start_id: int,
    end_id: int,
    max_length: int,
    banned_ids: Sequence[int] = (),
) -> np.ndarray:
    """Decode a batch greedily: feed back the most likely token until ``end_id`` or the limit.

    Returns an int32 array of shape (batch, at most ``max_length``) of predicted ids; a row's
    ``end_id`` is kept, and every position after it is ``PAD_ID`` (padding). The loop stops
    early when every row has produced ``end_id``. Tokens in ``banned_ids`` (such as padding and
    the start token, which a decoder must never output) are never chosen.
    """
    check_positive_int("batch_size", batch_size)
    check_positive_int("max_length", max_length)
    tokens = np.full(batch_size, start_id, dtype=np.int32)
    finished = np.zeros(batch_size, dtype=bool)
    columns = []
    for _ in range(max_length):
        scores, state = step(tokens, state)
        scores = np.asarray(scores)
        if scores.ndim == 3:  # (batch, 1, vocabulary) from a one-step sequence model
            scores = scores[:, -1, :]
        if scores.shape[0] != batch_size:
            raise ValueError(f"step returned {scores.shape[0]} rows for a batch of {batch_size}")
        if banned_ids:
            scores = scores.copy()
            scores[:, list(banned_ids)] = -np.inf
        tokens = scores.argmax(axis=-1).astype(np.int32)
        columns.append(np.where(finished, PAD_ID, tokens))
        finished |= tokens == end_id
        if finished.all():
            break
    return np.stack(columns, axis=1)


def greedy_decode_with_attention(
    step: AttentionStep,
    state: Any,
    batch_size: int,
    start_id: int,
    end_id: int,
    max_length: int,
    banned_ids: Sequence[int] = (),
) -> tuple[np.ndarray, np.ndarray]:
    """Greedy decoding that also collects the attention weights of every step.

    ``step`` returns ``(scores, state, weights)``, with weights of shape (batch, source
    steps). Returns the ids, exactly as :func:`greedy_decode` does, and the weights of shape
    (batch, decoded steps, source steps); a row's weights after its ``end_id`` are 0.
    """
    recorded = []

    def plain_step(tokens: np.ndarray, state: Any) -> tuple[np.ndarray, Any]:
        scores, state, weights = step(tokens, state)
        weights = np.asarray(weights)
        if weights.ndim != 2 or weights.shape[0] != batch_size:
            raise ValueError(
                f"step returned weights of shape {weights.shape}; expected "
                f"(batch={batch_size}, source steps)"
            )
        recorded.append(weights)
        return scores, state

    ids = greedy_decode(plain_step, state, batch_size, start_id, end_id, max_length,
                        banned_ids)
    weights = np.stack(recorded, axis=1)
    # A step is past the end if an end_id came at an earlier step of its row.
    ended = np.cumsum(ids == end_id, axis=1) - (ids == end_id) > 0
    return ids, np.where(ended[:, :, None], 0.0, weights)


@dataclass(frozen=True)
class Translation:
    """A translated sentence, its tokens, and the source words the vocabulary did not know."""

    text: str
    tokens: list[str]
    unknown_words: list[str]


class Translator:
    """Translate with an encoder function, a decoder step function and two vocabularies.

    ``encode`` maps a padded batch of source ids (batch, steps) to the decoder's first state.
    With ``attention=True`` the step returns its attention weights too (an
    :data:`AttentionStep`), and :meth:`translate_with_attention` gives them back.
    """

    def __init__(
        self,
        encode: Encode,
        step: Step,
        source_vocab: Vocabulary,
        target_vocab: Vocabulary,
        max_length: int = 40,
        source_language: str = "en",
        target_language: str = "fr",
        attention: bool = False,
    ) -> None:
        check_positive_int("max_length", max_length)
        if not isinstance(attention, bool):
            raise TypeError(f"attention must be True or False, got {attention!r}")
        self.attention = attention
        self.encode, self.step = encode, step
        self.source_vocab, self.target_vocab = source_vocab, target_vocab
        self.max_length = max_length
        self.source_language, self.target_language = source_language, target_language

    def translate_ids(self, input_tensor: np.ndarray, batch_size: int = 512) -> list[list[str]]:
        """Translate padded source ids, many sentences at once: a list of token lists."""
        check_positive_int("batch_size", batch_size)
        input_tensor = np.asarray(input_tensor)
        if input_tensor.ndim != 2:
            raise ValueError(
                f"input_tensor must be 2-D (sentences, steps), got shape {input_tensor.shape}"
            )
        outputs = []
        for begin in range(0, len(input_tensor), batch_size):
            ids, _ = self._decode(input_tensor[begin : begin + batch_size])
            outputs += [self.target_vocab.decode(row) for row in ids]
        return outputs

    def _decode(self, chunk: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
        decode = greedy_decode_with_attention if self.attention else greedy_decode
        result = decode(
            self.step,
            self.encode(chunk),
            len(chunk),
            START_ID,
            END_ID,
            self.max_length,
            banned_ids=(PAD_ID, START_ID),  # a decoder must never output these
        )
        return result if self.attention else (result, None)

    def translate_with_attention(
        self, token_lists: Sequence[Sequence[str]]
    ) -> list[tuple[list[str], np.ndarray]]:
        """Translate tokenized sentences and return each one's attention weights.

        For each sentence: the output tokens, then ``<end>`` if the decoder wrote it, and the
        weights of shape (those tokens, the sentence's source tokens): row i is where the
        decoder looked while writing token i. Needs ``attention=True``.
        """
        if not self.attention:
            raise ValueError("this Translator was made without attention=True")
        ids = [self.source_vocab.encode(list(tokens)) for tokens in token_lists]
        if not ids or any(len(row) == 0 for row in ids):
            raise ValueError("give at least one sentence, and no empty sentence")
        predicted, weights = self._decode(pad_sequences(ids))
        results = []
        for row, sentence_weights, source in zip(predicted, weights, ids, strict=True):
            tokens = self.target_vocab.decode(row)
            steps = len(tokens) + int(len(tokens) < len(row) and row[len(tokens)] == END_ID)
            written = tokens + ["<end>"] * (steps - len(tokens))
            results.append((written, sentence_weights[:steps, : len(source)]))
        return results

    def translate_tokens(self, token_lists: Sequence[Sequence[str]]) -> list[list[str]]:
        """Translate tokenized source sentences (all at once, batched)."""
        ids = [self.source_vocab.encode(list(tokens)) for tokens in token_lists]
        if any(len(row) == 0 for row in ids):
            raise ValueError("cannot translate an empty sentence")
        return self.translate_ids(pad_sequences(ids))

    def translate(self, sentence: str) -> Translation:
        """Translate one sentence of any text; unknown words become <unk> and are reported."""
        if not isinstance(sentence, str):
            raise TypeError(f"translate needs a string, got {type(sentence).__name__}")
        tokens = tokenize(sentence, language=self.source_language)
        if not tokens:
            raise ValueError("translate needs a sentence with at least one word, got an empty one")
        unknown = [token for token in tokens if token not in self.source_vocab]
        output = self.translate_tokens([tokens])[0]
        return Translation(detokenize(output, self.target_language), output, unknown)
