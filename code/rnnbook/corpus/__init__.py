"""The book's English-French corpus: generator (lexicon, grammar, build) and loaders.

``python -m rnnbook.corpus build`` regenerates ``data/`` byte for byte. Loading needs only the
standard library; building needs pyrealb.
"""

from __future__ import annotations

from rnnbook.corpus.loading import (
    DATA_DIR,
    MANIFEST_FILE,
    PAIRS_FILE,
    SPLITS,
    TAGGED_FILE,
    Pair,
    PairList,
    load_pairs,
    load_split,
    load_tagged,
    split_of,
)

__all__ = [
    "DATA_DIR",
    "MANIFEST_FILE",
    "PAIRS_FILE",
    "SPLITS",
    "TAGGED_FILE",
    "Pair",
    "PairList",
    "load_pairs",
    "load_split",
    "load_tagged",
    "split_of",
]
