"""What generated sentences are like: seen in training, varied, and shaped like the corpus."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence


def _check_sentences(sentences: Sequence[Sequence[str]], name: str) -> list[tuple[str, ...]]:
    if isinstance(sentences, str):
        raise TypeError(f"{name} must be a list of token lists, got a single string")
    checked = []
    for tokens in sentences:
        if isinstance(tokens, str):
            raise TypeError(f"each sentence of {name} must be a list of tokens, got {tokens!r}")
        checked.append(tuple(tokens))
    if not checked:
        raise ValueError(f"{name} is empty")
    return checked


def share_in(sentences: Sequence[Sequence[str]], reference: Sequence[Sequence[str]]) -> float:
    """The share of ``sentences`` that occur, token for token, in ``reference``."""
    generated = _check_sentences(sentences, "sentences")
    known = set(_check_sentences(reference, "reference"))
    return sum(tokens in known for tokens in generated) / len(generated)


def distinct_n(sentences: Sequence[Sequence[str]], n: int) -> float:
    """Distinct n-grams divided by all n-grams over ``sentences`` (1.0: no n-gram repeats)."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"n must be a positive int, got {n!r}")
    grams = Counter(
        tokens[i : i + n]
        for tokens in _check_sentences(sentences, "sentences")
        for i in range(len(tokens) - n + 1)
    )
    total = sum(grams.values())
    return len(grams) / total if total else 0.0


def tag_lexicon(tagged: Sequence[tuple[Sequence[str], Sequence[str]]]) -> dict[str, str]:
    """Each word's most frequent tag in ``tagged`` (pairs of tokens and tags); ties by name."""
    counts: dict[str, Counter[str]] = {}
    for number, pair in enumerate(tagged):
        tokens, tags = pair
        if len(tokens) != len(tags):
            raise ValueError(f"sentence {number} has {len(tokens)} tokens but {len(tags)} tags")
        for token, tag in zip(tokens, tags, strict=True):
            counts.setdefault(token, Counter())[tag] += 1
    return {w: min(c, key=lambda t: (-c[t], t)) for w, c in counts.items()}


def share_with_known_pattern(
    sentences: Sequence[Sequence[str]],
    lexicon: dict[str, str],
    patterns: set[tuple[str, ...]],
) -> float:
    """The share of ``sentences`` whose tag sequence (each word's tag from ``lexicon``) is one
    of ``patterns``, the tag sequences of the training sentences.

    A rough test of grammaticality by the corpus' own rules: a sentence shaped like some
    training sentence, word class by word class. A word not in the lexicon fails the test.
    """
    generated = _check_sentences(sentences, "sentences")
    if not patterns:
        raise ValueError("patterns is empty: give the tag sequences of the training sentences")
    hits = 0
    for tokens in generated:
        if all(t in lexicon for t in tokens):
            hits += tuple(lexicon[t] for t in tokens) in patterns
    return hits / len(generated)
