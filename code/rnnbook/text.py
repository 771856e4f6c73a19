"""Text processing for translation: tokenise, detokenise, build a vocabulary, pad id sequences.

Pure Python and numpy (no TensorFlow), so data can be prepared before any model exists.

Tokenisation rules (the same for the corpus, the chapters and a reader's own sentences):

- Punctuation marks are tokens of their own: ``"Tom is here."`` -> ``["tom", "is", "here", "."]``.
- English clitics ``'s 're 've 'll 'd 'm n't`` are split off: ``"don't"`` -> ``["do", "n't"]``.
- French elisions keep their apostrophe as a token of their own: ``"l'homme"`` ->
  ``["l'", "homme"]``, ``"qu'il"`` -> ``["qu'", "il"]``; a word like ``"aujourd'hui"`` whose
  apostrophe is part of the word stays whole.
- French inversion and imperative clitics joined by a hyphen are split off with their hyphen:
  ``"mange-t-il"`` -> ``["mange", "-t-il"]``, ``"regarde-moi"`` -> ``["regarde", "-moi"]``;
  other hyphenated words (``"vingt-deux"``, ``"grand-mère"``) stay whole.

Typography: the corpus follows pyrealb's output, which puts no space before ``? ! : ;`` in
either language, so :func:`detokenize` never puts a space before a punctuation mark.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np

LANGUAGES = ("en", "fr")

# A word is letters/digits with inner apostrophes or hyphens; anything else that is not
# white space is a one-character punctuation token.
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*['’]?|[^\w\s]|_", re.UNICODE)
_EN_CLITIC = re.compile(r"^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$", re.IGNORECASE)
_FR_ELISION = re.compile(
    r"^((?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])['’])(.+)$", re.IGNORECASE
)
_FR_WHOLE = {"aujourd'hui", "aujourd’hui", "prud'homme", "presqu'île", "quelqu'un", "quelqu'une"}
_FR_CLITIC = re.compile(
    r"^(.+?)(-t-(?:il|elle|on|ils|elles)|-(?:je|tu|il|elle|on|nous|vous|ils|elles|ce|moi|toi"
    r"|le|la|les|lui|leur|y|en|là|ci))$",
    re.IGNORECASE,
)
# The ids of the four special tokens, the same in every Vocabulary (see Vocabulary below).
PAD_ID = 0  # padding: masked out of the models' losses and accuracies
UNK_ID = 1  # a word the vocabulary does not know
START_ID = 2  # <start>: the decoder's first input
END_ID = 3  # <end>: the decoder's last output

_NO_SPACE_BEFORE = set(".,!?;:)]}%…")
_NO_SPACE_AFTER = set("([{")


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, got {language!r}")


def _split_french(word: str) -> list[str]:
    if word.lower() in _FR_WHOLE:
        return [word]
    front: list[str] = []
    while (m := _FR_ELISION.match(word)) and word.lower() not in _FR_WHOLE:
        front.append(m.group(1))
        word = m.group(2)
    back: list[str] = []
    while m := _FR_CLITIC.match(word):
        back.insert(0, m.group(2))
        word = m.group(1)
    return [*front, word, *back]


def tokenize(text: str, language: str = "en", lower: bool = True) -> list[str]:
    """Split a sentence into word and punctuation tokens (see the module's rules).

    >>> tokenize("L'homme n'est pas là.", "fr")
    ["l'", 'homme', "n'", 'est', 'pas', 'là', '.']
    """
    if not isinstance(text, str):
        raise TypeError(f"tokenize expects a str, got {type(text).__name__}")
    _check_language(language)
    if lower:
        text = text.lower()
    tokens: list[str] = []
    for word in _WORD.findall(text):
        if language == "fr":
            tokens.extend(_split_french(word))
        elif m := _EN_CLITIC.match(word):
            tokens.extend([m.group(1), m.group(2)])
        else:
            tokens.append(word)
    return tokens


def _attaches_left(token: str, language: str) -> bool:
    """True if the token is written against the previous one (no space before it)."""
    if token and token[0] in _NO_SPACE_BEFORE:
        return True
    if language == "en":
        return bool(re.fullmatch(r"n['’]t|['’](?:s|re|ve|ll|d|m)", token, re.IGNORECASE))
    return token.startswith("-") and len(token) > 1


def detokenize(tokens: Sequence[str], language: str = "en") -> str:
    """Join tokens back into a sentence: the inverse of ``tokenize(..., lower=False)``."""
    _check_language(language)
    out = ""
    previous = ""
    for token in tokens:
        if not isinstance(token, str):
            raise TypeError(f"detokenize expects str tokens, got {type(token).__name__}")
        glue = (
            not out
            or _attaches_left(token, language)
            or previous[-1:] in _NO_SPACE_AFTER
            or (language == "fr" and previous[-1:] in "'’" and len(previous) > 1)
        )
        out += token if glue else " " + token
        previous = token
    return out


class Vocabulary:
    """A mapping between tokens and integer ids, with four special tokens first.

    Ids: ``PAD_ID`` = 0 (padding), ``UNK_ID`` = 1 (unknown token), ``START_ID`` = 2,
    ``END_ID`` = 3, then
    the corpus tokens, most frequent first (ties alphabetically), so building is deterministic.
    """

    PAD = "<pad>"
    UNK = "<unk>"
    START = "<start>"
    END = "<end>"
    SPECIALS = (PAD, UNK, START, END)

    def __init__(self, tokens: Iterable[str]):
        tokens = list(tokens)
        if tuple(tokens[:4]) != self.SPECIALS:
            tokens = list(self.SPECIALS) + [t for t in tokens if t not in self.SPECIALS]
        if len(set(tokens)) != len(tokens):
            raise ValueError("a vocabulary cannot list the same token twice")
        self.tokens: list[str] = tokens
        self._ids = {token: i for i, token in enumerate(tokens)}

    @classmethod
    def build(
        cls,
        token_lists: Iterable[Sequence[str]],
        min_count: int = 1,
        max_size: int | None = None,
    ) -> Vocabulary:
        """Count the tokens of many sentences; keep those seen ``min_count`` times or more.

        ``max_size`` caps the total size, the four special tokens included.
        """
        if isinstance(token_lists, str):
            raise TypeError("build expects a list of token lists, not a single string")
        if min_count < 1:
            raise ValueError(f"min_count must be at least 1, got {min_count}")
        if max_size is not None and max_size < len(cls.SPECIALS):
            raise ValueError(f"max_size must be at least {len(cls.SPECIALS)}, got {max_size}")
        counts: Counter[str] = Counter()
        for tokens in token_lists:
            if isinstance(tokens, str):
                raise TypeError("each sentence must be a list of tokens; tokenize it first")
            counts.update(tokens)
        for special in cls.SPECIALS:
            counts.pop(special, None)
        ranked = sorted((t for t, c in counts.items() if c >= min_count),
                        key=lambda t: (-counts[t], t))
        if max_size is not None:
            ranked = ranked[: max_size - len(cls.SPECIALS)]
        return cls(list(cls.SPECIALS) + ranked)

    def __len__(self) -> int:
        return len(self.tokens)

    def __contains__(self, token: object) -> bool:
        return token in self._ids

    def __repr__(self) -> str:
        return f"Vocabulary({len(self)} tokens)"

    def id_of(self, token: str) -> int:
        """The token's id, or the id of ``UNK`` for a token not in the vocabulary."""
        return self._ids.get(token, UNK_ID)

    def token_of(self, i: int) -> str:
        """The token with id ``i``."""
        if not 0 <= int(i) < len(self.tokens):
            raise IndexError(f"id {i} is outside the vocabulary (0 to {len(self.tokens) - 1})")
        return self.tokens[int(i)]

    def encode(
        self, tokens: Sequence[str], add_start: bool = False, add_end: bool = False
    ) -> list[int]:
        """Token list -> id list, optionally framed by ``START`` and ``END``."""
        if isinstance(tokens, str):
            raise TypeError("encode expects a list of tokens; tokenize the sentence first")
        ids = [self._ids.get(t, UNK_ID) for t in tokens]
        return ([START_ID] if add_start else []) + ids + ([END_ID] if add_end else [])

    def decode(self, ids: Iterable[int], skip_special: bool = True) -> list[str]:
        """Id list -> tokens, stopping at the first ``END`` and dropping ``PAD`` and ``START``.

        With ``skip_special=False`` every id is turned into its token, specials included.
        """
        out: list[str] = []
        for i in ids:
            i = int(i)
            if skip_special:
                if i == END_ID:
                    break
                if i in (PAD_ID, START_ID):
                    continue
            out.append(self.token_of(i))
        return out


def pad_sequences(
    id_lists: Sequence[Sequence[int]], length: int | None = None, truncate: bool = False
) -> np.ndarray:
    """Stack id lists into an int32 array, padded at the end with 0 (``PAD``).

    The width is ``length`` or else the longest list. A list longer than ``length`` is an error
    unless ``truncate=True``, which cuts it at the end.
    """
    id_lists = [list(ids) for ids in id_lists]
    longest = max((len(ids) for ids in id_lists), default=0)
    if length is None:
        length = longest
    elif length < 0:
        raise ValueError(f"length must be non-negative, got {length}")
    elif longest > length and not truncate:
        raise ValueError(
            f"a sequence has {longest} ids, longer than length={length}; "
            "pass truncate=True to cut it"
        )
    out = np.full((len(id_lists), length), PAD_ID, dtype=np.int32)
    for row, ids in enumerate(id_lists):
        ids = ids[:length]
        out[row, : len(ids)] = ids
    return out
