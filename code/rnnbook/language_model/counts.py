"""Count-based language models: the baselines a recurrent language model must beat.

Both models see a sentence as ``<start> w_1 ... w_n <end>`` and predict ``w_1 ... w_n <end>``
(the same targets as :func:`rnnbook.language_model.data.next_token_arrays`); tokens outside
the vocabulary count as ``<unk>``. Their probabilities sum to 1 over the vocabulary minus
``<pad>`` and ``<start>``, which are never predicted.

- :class:`UnigramModel`: p(w) from counts, add-k smoothed; ignores the context.
- :class:`BigramModel`: p(w | previous word), either add-k smoothed or interpolated
  Kneser-Ney (absolute discounting with a continuation unigram).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from rnnbook.text import END_ID, PAD_ID, START_ID, Vocabulary

_NEVER_PREDICTED = (PAD_ID, START_ID)


def _framed_ids(token_lists: Sequence[Sequence[str]], vocabulary: Vocabulary):
    """(previous, target) id arrays over all sentences, each framed by <start> and <end>."""
    if isinstance(token_lists, str):
        raise TypeError("expected a list of token lists, got a single string")
    if not isinstance(vocabulary, Vocabulary):
        raise TypeError(f"vocabulary must be a rnnbook.text.Vocabulary, got {type(vocabulary)}")
    framed = []
    for tokens in token_lists:
        if isinstance(tokens, str):
            raise TypeError("each sentence must be a list of tokens; tokenize it first")
        framed.append([START_ID, *vocabulary.encode(tokens), END_ID])
    if not framed:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    previous = np.concatenate([ids[:-1] for ids in framed])
    targets = np.concatenate([ids[1:] for ids in framed])
    return previous, targets


def _check_k(k: float) -> float:
    if isinstance(k, bool) or not isinstance(k, int | float) or not k > 0:
        raise ValueError(f"the smoothing constant k must be a positive number, got {k!r}")
    return float(k)


class UnigramModel:
    """p(w) = (count(w) + k) / (N + k |V'|), where V' is the vocabulary without pad and start."""

    def __init__(self, token_lists: Sequence[Sequence[str]], vocabulary: Vocabulary,
                 k: float = 1.0) -> None:
        self.vocabulary = vocabulary
        self.k = _check_k(k)
        _, targets = _framed_ids(token_lists, vocabulary)
        counts = np.bincount(targets, minlength=len(vocabulary)).astype(np.float64)
        counts[list(_NEVER_PREDICTED)] = 0
        smoothed = counts + self.k
        smoothed[list(_NEVER_PREDICTED)] = 0
        self.probabilities = smoothed / smoothed.sum()

    def log_probs(self, token_lists: Sequence[Sequence[str]]) -> np.ndarray:
        """The natural log-probability of every target token (words and ``<end>``), flat."""
        _, targets = _framed_ids(token_lists, self.vocabulary)
        return np.log(self.probabilities[targets])


class BigramModel:
    """p(w | v) from bigram counts, smoothed by ``method``: ``"add-k"`` or ``"kneser-ney"``.

    add-k: (c(v, w) + k) / (c(v) + k |V'|).
    Kneser-Ney (interpolated, discount d): max(c(v, w) - d, 0) / c(v) + lambda(v) p_cont(w),
    with lambda(v) = d * (number of distinct followers of v) / c(v), and p_cont(w)
    proportional to the number of distinct words that precede w (add-k smoothed with a tiny
    k so that every word keeps a non-zero probability).
    """

    METHODS = ("add-k", "kneser-ney")

    def __init__(self, token_lists: Sequence[Sequence[str]], vocabulary: Vocabulary,
                 method: str = "kneser-ney", k: float = 0.01, discount: float = 0.75) -> None:
        if method not in self.METHODS:
            raise ValueError(f"method must be one of {self.METHODS}, got {method!r}")
        if not 0 < discount < 1:
            raise ValueError(f"discount must be between 0 and 1, got {discount!r}")
        self.vocabulary, self.method, self.k = vocabulary, method, _check_k(k)
        self.discount = float(discount)
        size = len(vocabulary)
        previous, targets = _framed_ids(token_lists, vocabulary)
        counts = np.bincount(previous * size + targets, minlength=size * size)
        counts = counts.reshape(size, size).astype(np.float64)
        predictable = np.ones(size, dtype=bool)
        predictable[list(_NEVER_PREDICTED)] = False
        if method == "add-k":
            table = (counts + self.k) * predictable
        else:
            continuation = (counts > 0).sum(axis=0) + self.k
            continuation = continuation * predictable
            continuation = continuation / continuation.sum()
            totals = counts.sum(axis=1, keepdims=True)
            followers = (counts > 0).sum(axis=1, keepdims=True)
            safe = np.maximum(totals, 1)
            weight = np.where(totals > 0, self.discount * followers / safe, 1.0)
            table = np.maximum(counts - self.discount, 0) / safe + weight * continuation
        self.table = table / table.sum(axis=1, keepdims=True)

    def log_probs(self, token_lists: Sequence[Sequence[str]]) -> np.ndarray:
        """The natural log-probability of every target token (words and ``<end>``), flat."""
        previous, targets = _framed_ids(token_lists, self.vocabulary)
        return np.log(self.table[previous, targets])


def perplexity(log_probs: np.ndarray) -> float:
    """exp of the mean negative log-probability per token: exp(cross-entropy in nats)."""
    log_probs = np.asarray(log_probs, dtype=np.float64)
    if log_probs.ndim != 1 or log_probs.size == 0:
        raise ValueError("give a non-empty flat array of per-token log-probabilities")
    if np.any(log_probs > 1e-9):
        raise ValueError("log-probabilities must be at most 0")
    return float(np.exp(-log_probs.mean()))
