"""Words as sequences of characters: a character table and padded character-id arrays."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np

from rnnbook.arguments import check_positive_int

PAD_CHAR_ID = 0  # padding, after the end of a word and in padded word positions
UNK_CHAR_ID = 1  # a character never seen in training


def _check_token_lists(token_lists: object) -> list[list[str]]:
    if isinstance(token_lists, str):
        raise TypeError("expected a list of token lists, got a single string; tokenize it first")
    checked = []
    for number, tokens in enumerate(token_lists):  # type: ignore[arg-type]
        if isinstance(tokens, str):
            raise TypeError(f"sentence {number} is a string; give each sentence as a token list")
        if not all(isinstance(t, str) and t for t in tokens):
            raise TypeError(f"sentence {number} must hold non-empty str tokens")
        checked.append(list(tokens))
    if not checked:
        raise ValueError("no sentences given")
    return checked


class CharacterTable:
    """Character ids: 0 is padding, 1 an unknown character, then the characters of the
    training words, most frequent first (ties in code-point order). Case is kept: a capital
    letter is a clue to a proper noun."""

    def __init__(self, characters: Iterable[str]) -> None:
        chars = list(characters)
        if any(not isinstance(c, str) or len(c) != 1 for c in chars):
            raise ValueError("a character table holds single characters")
        if len(set(chars)) != len(chars):
            raise ValueError("a character table cannot list the same character twice")
        self.characters = chars
        self._ids = {c: i + 2 for i, c in enumerate(chars)}

    @classmethod
    def build(cls, token_lists: Sequence[Sequence[str]]) -> CharacterTable:
        """The characters of the words of many sentences."""
        counts = Counter(c for tokens in _check_token_lists(token_lists) for t in tokens for c in t)
        return cls(sorted(counts, key=lambda c: (-counts[c], c)))

    def __len__(self) -> int:
        """The number of ids, padding and unknown included."""
        return len(self.characters) + 2

    def encode(self, word: str) -> list[int]:
        """The character ids of one word (unknown characters -> 1)."""
        if not isinstance(word, str) or not word:
            raise TypeError(f"encode expects a non-empty word (str), got {word!r}")
        return [self._ids.get(c, UNK_CHAR_ID) for c in word]


def encode_characters(
    token_lists: Sequence[Sequence[str]],
    table: CharacterTable,
    max_chars: int,
    steps: int | None = None,
) -> np.ndarray:
    """An int32 array (sentences, steps, max_chars): the character ids of every word.

    ``steps`` defaults to the longest sentence; word positions after a sentence's end are all
    0. A word longer than ``max_chars`` keeps its *last* ``max_chars`` characters, since
    endings (-s, -ed, -ly) say most about a word's class.
    """
    sentences = _check_token_lists(token_lists)
    if not isinstance(table, CharacterTable):
        raise TypeError(f"table must be a CharacterTable, got {type(table).__name__}")
    check_positive_int("max_chars", max_chars)
    longest = max(len(tokens) for tokens in sentences)
    if steps is None:
        steps = longest
    check_positive_int("steps", steps)
    if longest > steps:
        raise ValueError(f"a sentence has {longest} tokens, more than steps={steps}")
    out = np.full((len(sentences), steps, max_chars), PAD_CHAR_ID, dtype=np.int32)
    for row, tokens in enumerate(sentences):
        for position, token in enumerate(tokens):
            ids = table.encode(token)[-max_chars:]
            out[row, position, : len(ids)] = ids
    return out
