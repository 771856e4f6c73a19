"""The book's English-French corpus: the loaders. Its generator is ``rnnbook.corpus.generator``.

``python -m rnnbook.corpus build`` regenerates ``data/`` byte for byte (with pyrealb);
``python -m rnnbook.corpus sample`` prints random pairs. The loaders never import the generator.
"""

from __future__ import annotations

from rnnbook.corpus.loading import (
    DATA_DIR,
    HANDWRITTEN_FILE,
    MANIFEST_FILE,
    PAIRS_FILE,
    REFERENCES_FILE,
    SPLITS,
    TAGGED_FILE,
    Pair,
    PairList,
    load_handwritten,
    load_pairs,
    load_references,
    load_split,
    load_tagged,
    split_of,
)

__all__ = [
    "DATA_DIR",
    "HANDWRITTEN_FILE",
    "MANIFEST_FILE",
    "PAIRS_FILE",
    "REFERENCES_FILE",
    "SPLITS",
    "TAGGED_FILE",
    "Pair",
    "PairList",
    "load_handwritten",
    "load_pairs",
    "load_references",
    "load_split",
    "load_tagged",
    "split_of",
]
