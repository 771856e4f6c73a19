"""Sentence skeletons: the split rule of corpus version 2, and near-duplicate rates.

A sentence's *skeleton* is its lower-cased tokens with contractions expanded ("don't" -> "do
not") and every noun, name, adjective and number word of the corpus's lexicon masked as
``_``: "Tom's car is bigger than Mary's bike." and "Alice's house is older than John's dog."
share the skeleton "_ 's _ is _ than _ 's _ .". :func:`rnnbook.corpus.split_of` hashes the
skeleton, so sentences that differ only in those words, and the two surface forms of a
sentence written with and without contractions, always fall in the same split.

:func:`one_word_away_rate` measures how many sentences of one set are a single word (one
substitution, insertion or deletion of a token) away from a sentence of another: the share of
test sentences that are near-copies of training sentences.
"""

from __future__ import annotations

from collections.abc import Iterable

from rnnbook.text import tokenize

# The corpus generator's nouns (and plurals), names, adjectives (and comparatives) and number
# words; tests/test_corpus_skeleton.py checks this list against the generator's lexicon.
MASKED_WORDS = frozenset("""
    alice angry answer answers apple apples babies baby bad bag bags beautiful bed beds big
    bigger bike bikes bird birds black blue boat boats book books boy boys bread brother
    brothers bus buses busy cake cakes car cars cat cats chair chairs cheese child children
    cities city closed coffee cold computer computers countries country cow cows daughter
    daughters day days difficult doctor doctors dog dogs door doors dress dresses early easy
    egg eggs eight eighteen eleven england english evening evenings families family father
    fathers fifteen film films first fish five four fourteen france free french friend
    friends game games garden gardens girl girls good green happier happy hat hats horse
    horses hospital hospitals hot hour hours house houses hundred hungry john key keys kind
    kitchen kitchens lake lakes last late letter letters libraries library london long
    longer man mary meat men milk minute minutes money month months morning mornings mother
    mothers new newspaper newspapers night nights nine nineteen nurse nurses office offices
    old older one open paris park parks phone phones picture pictures plane planes poor
    question questions ready red restaurant restaurants rich richer right river rivers room
    rooms sad school schools sea seas seven seventeen shirt shirts shoe shoes shop shops
    short shorter sick sister sisters six sixteen small smaller son song songs sons soup
    station stations street streets student students table tables tea teacher teachers ten
    thirsty thirteen three ticket tickets time times tired tom town towns train trains
    twelve twenty two water week weeks white window windows wine woman women wrong year
    years young younger
""".split())
MASK = "_"
# Contracted tokens (as rnnbook.text.tokenize splits them) and their full forms.
_EXPAND = {"n't": "not", "'m": "am", "'re": "are", "'ll": "will", "ca": "can", "wo": "will"}
_PRONOUNS = {"he", "she", "it", "that", "what", "who", "where", "there"}


def normalised_tokens(english: str) -> list[str]:
    """Lower-cased tokens with contractions written out: "It's" -> ["it", "is"]."""
    if not isinstance(english, str):
        raise TypeError(f"expected an English sentence as a str, got {type(english).__name__}")
    tokens = tokenize(english, "en")
    out: list[str] = []
    for i, token in enumerate(tokens):
        if token == "'s" and i and tokens[i - 1] in _PRONOUNS:
            out.append("is")  # "it's" -> "it is"; "Tom's" stays possessive
        elif token in _EXPAND:  # "ca"/"wo" only ever come before "n't"
            out.append(_EXPAND[token])
        elif token == "cannot":
            out += ["can", "not"]
        else:
            out.append(token)
    return out


def skeleton(english: str) -> str:
    """The sentence with its nouns, names, adjectives and numbers masked (see the module)."""
    return " ".join(MASK if t in MASKED_WORDS else t for t in normalised_tokens(english))


def _variants(tokens: tuple[str, ...]):
    for i in range(len(tokens)):
        yield ("sub", tokens[:i] + (MASK + MASK,) + tokens[i + 1:])  # a wildcard
        yield ("del", tokens[:i] + tokens[i + 1:])


def one_word_away_rate(sentences: Iterable[str], reference: Iterable[str]) -> float:
    """The share of ``sentences`` that equal a ``reference`` sentence up to one token (one
    word replaced, added or removed; contractions written out, case ignored)."""
    flags = near_duplicates(sentences, reference)
    if not flags:
        raise ValueError("no sentences to measure")
    return sum(flags) / len(flags)


def near_duplicates(sentences: Iterable[str], reference: Iterable[str]) -> list[bool]:
    """For each sentence, whether it is at most one word away from a reference sentence."""
    reference = [tuple(normalised_tokens(s)) for s in reference]
    whole = set(reference)
    keys = {key for tokens in reference for key in _variants(tokens)}
    out = []
    for sentence in sentences:
        tokens = tuple(normalised_tokens(sentence))
        out.append(tokens in whole or ("del", tokens) in keys or any(
            (kind == "sub" and (kind, key) in keys) or (kind == "del" and key in whole)
            for kind, key in _variants(tokens)))
    return out
