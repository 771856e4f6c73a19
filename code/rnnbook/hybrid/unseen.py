"""Words never seen in training: hold out word types, and find their tokens in a test set."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

import numpy as np

from rnnbook.arguments import check_rng

# The open word classes of the Universal POS tags: the classes that take new members.
OPEN_CLASSES = frozenset({"NOUN", "VERB", "ADJ", "ADV", "PROPN"})


def hold_out_types(
    token_lists: Sequence[Sequence[str]],
    share: float,
    rng: np.random.Generator,
    max_sentence_share: float = 0.01,
    tag_lists: Sequence[Sequence[str]] | None = None,
    classes: Collection[str] = OPEN_CLASSES,
) -> set[str]:
    """Pick word types (lower-cased) to keep out of training.

    The candidates are alphabetic words that occur in at most ``max_sentence_share`` of the
    sentences (so no function word like "the", whose removal would empty the training set);
    ``share`` of them, drawn at random with ``rng``, are held out. With ``tag_lists`` (the
    tags of the same sentences), a word is a candidate only if every one of its tokens has a
    tag in ``classes`` (by default the open classes): a rare closed-class word such as
    *about* or *an* is not the kind of new word a tagger meets, and its spelling says little.
    """
    if isinstance(token_lists, str):
        raise TypeError("expected a list of token lists, got a single string")
    token_lists = list(token_lists)
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
    if tag_lists is not None:
        tag_lists = list(tag_lists)
        if len(tag_lists) != len(token_lists) or any(
            isinstance(tags, str) or len(tags) != len(tokens)
            for tokens, tags in zip(token_lists, tag_lists, strict=False)
        ):
            raise ValueError("tag_lists must hold one tag list per sentence, one tag per token")
        if isinstance(classes, str) or not classes:
            raise ValueError(f"classes must be a non-empty set of tags, got {classes!r}")
    candidates = sorted(
        w for w, c in counts.items() if w.isalpha() and c <= max_sentence_share * sentences
    )
    if tag_lists is not None:
        outside = {  # words with at least one token outside the classes
            t.lower()
            for tokens, tags in zip(token_lists, tag_lists, strict=True)
            for t, tag in zip(tokens, tags, strict=True)
            if tag not in classes
        }
        candidates = [w for w in candidates if w not in outside]
    if not candidates:
        raise ValueError(
            "no word type is rare enough (or of the classes asked for) to hold out; "
            "raise max_sentence_share"
        )
    chosen = rng.choice(len(candidates), size=max(1, round(share * len(candidates))), replace=False)
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
