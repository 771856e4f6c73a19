"""Words never seen in training: hold out word types, and find their tokens in a test set."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from rnnbook.arguments import check_rng


def hold_out_types(
    token_lists: Sequence[Sequence[str]],
    share: float,
    rng: np.random.Generator,
    max_sentence_share: float = 0.01,
) -> set[str]:
    """Pick word types (lower-cased) to keep out of training.

    The candidates are alphabetic words that occur in at most ``max_sentence_share`` of the
    sentences (so no function word like "the", whose removal would empty the training set);
    ``share`` of them, drawn at random with ``rng``, are held out.
    """
    if isinstance(token_lists, str):
        raise TypeError("expected a list of token lists, got a single string")
    if not 0 < share < 1:
        raise ValueError(f"share must be between 0 and 1, got {share!r}")
    if not 0 < max_sentence_share <= 1:
        raise ValueError(f"max_sentence_share must be in (0, 1], got {max_sentence_share!r}")
    check_rng(rng)
    counts: Counter[str] = Counter()
    sentences = 0
    for tokens in token_lists:
        if isinstance(tokens, str):
            raise TypeError("each sentence must be a list of tokens; tokenize it first")
        counts.update({t.lower() for t in tokens})
        sentences += 1
    candidates = sorted(
        w for w, c in counts.items() if w.isalpha() and c <= max_sentence_share * sentences
    )
    if not candidates:
        raise ValueError("no word type is rare enough to hold out; raise max_sentence_share")
    chosen = rng.choice(len(candidates), size=max(1, round(share * len(candidates))),
                        replace=False)
    return {candidates[i] for i in sorted(chosen)}


def contains_any(tokens: Sequence[str], types: set[str]) -> bool:
    """True if a sentence has a token whose lower-cased form is in ``types``."""
    if isinstance(tokens, str):
        raise TypeError("tokens must be a list of tokens, not a string")
    return any(t.lower() in types for t in tokens)


def unseen_mask(token_lists: Sequence[Sequence[str]], types: set[str], steps: int) -> np.ndarray:
    """A bool array (sentences, steps): True where the token's lower-cased form is in
    ``types`` (the held-out words), False elsewhere and at padding."""
    if isinstance(token_lists, str):
        raise TypeError("expected a list of token lists, got a single string")
    token_lists = list(token_lists)
    if any(len(tokens) > steps for tokens in token_lists):
        raise ValueError(f"a sentence is longer than steps={steps}")
    out = np.zeros((len(token_lists), steps), dtype=bool)
    for row, tokens in enumerate(token_lists):
        for position, token in enumerate(tokens):
            out[row, position] = token.lower() in types
    return out
