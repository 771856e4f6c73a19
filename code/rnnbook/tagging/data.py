"""From the POS-tagged corpus to the arrays a sequence-labelling model trains on (Part III).

``load_tagged_splits`` reads the corpus' tagged twin (``data/en_pos.tsv``) and puts each sentence
in the split of its translation pair. ``build_vocabularies`` makes the word :class:`Vocabulary`
(id 0 is padding, 1 unknown) and the :class:`TagSet` (id 0 is padding, then the tags), and
``encode_tagged`` turns sentences into padded id arrays with their mask (:class:`TaggedArrays`).
``length_batches`` groups sentences of similar length into batches cut to their own longest
sentence. :class:`MostFrequentTag` is the baseline every tagger must beat: each word gets the tag
it had most often in training.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from rnnbook.arguments import check_positive_int
from rnnbook.corpus.loading import SPLITS, load_pairs, load_tagged, split_of
from rnnbook.text import PAD_ID, Vocabulary, pad_sequences

if TYPE_CHECKING:
    import tensorflow as tf

Sentence = tuple[list[str], list[str]]  # (tokens, tags), one tag per token


def _check_sentences(sentences: Iterable) -> list[Sentence]:
    checked = []
    for number, sentence in enumerate(sentences):
        if not (isinstance(sentence, Sequence) and len(sentence) == 2):
            raise ValueError(f"sentence {number} must be (tokens, tags), got {sentence!r}")
        tokens, tags = sentence
        if isinstance(tokens, str) or isinstance(tags, str):
            raise TypeError(f"sentence {number}: tokens and tags must be lists of str, not str")
        if len(tokens) != len(tags):
            raise ValueError(f"sentence {number} has {len(tokens)} tokens but {len(tags)} tags")
        if not tokens:
            raise ValueError(f"sentence {number} is empty")
        checked.append((list(tokens), list(tags)))
    if not checked:
        raise ValueError("no tagged sentences given")
    return checked


def load_tagged_splits(
    path: str | Path | None = None, pairs_path: str | Path | None = None
) -> dict[str, list[Sentence]]:
    """The tagged English sentences of each split: ``{"train": [...], "validation": [...],
    "test": [...]}``, each a list of (tokens, tags) in file order.

    A sentence goes to the split of its translation pair (``split_of`` of the English side), so
    a tagger never trains on a sentence whose translation a later chapter tests on.
    """
    tagged = load_tagged(path, pairs_path)
    pairs = load_pairs(pairs_path)
    out: dict[str, list[Sentence]] = {split: [] for split in SPLITS}
    for pair, sentence in zip(pairs, tagged, strict=True):
        out[split_of(pair.english)].append(sentence)
    return out


class TagSet:
    """The tags of a tagger's output, with id 0 reserved for padding (``"<pad>"``).

    Ids 1, 2, ... are the tags, most frequent first (ties alphabetically), so building is
    deterministic. A tag never seen in training is an error, not an unknown tag.
    """

    PAD = "<pad>"

    def __init__(self, tags: Iterable[str]):
        tags = [t for t in tags if t != self.PAD]
        if len(set(tags)) != len(tags):
            raise ValueError("a tag set cannot list the same tag twice")
        if not tags:
            raise ValueError("a tag set needs at least one tag")
        self.names: list[str] = [self.PAD, *tags]
        self._ids = {name: i for i, name in enumerate(self.names)}

    @classmethod
    def build(cls, tag_lists: Iterable[Sequence[str]]) -> TagSet:
        """The tags of many sentences, most frequent first."""
        counts: Counter[str] = Counter()
        for tags in tag_lists:
            if isinstance(tags, str):
                raise TypeError("build expects a list of tag lists, not a single string")
            counts.update(tags)
        return cls(sorted(counts, key=lambda t: (-counts[t], t)))

    def __len__(self) -> int:
        return len(self.names)

    def __contains__(self, tag: object) -> bool:
        return tag in self._ids

    def __repr__(self) -> str:
        return f"TagSet({len(self) - 1} tags + padding)"

    def id_of(self, tag: str) -> int:
        """The tag's id (1 or more)."""
        if tag not in self._ids or tag == self.PAD:
            raise KeyError(f"unknown tag {tag!r}; the tag set has {self.names[1:]}")
        return self._ids[tag]

    def encode(self, tags: Sequence[str]) -> list[int]:
        """Tag list -> id list."""
        if isinstance(tags, str):
            raise TypeError("encode expects a list of tags, not a single string")
        return [self.id_of(t) for t in tags]

    def decode(self, ids: Iterable[int]) -> list[str]:
        """Id list -> tag names, padding (id 0) dropped."""
        out = []
        for i in ids:
            i = int(i)
            if not 0 <= i < len(self.names):
                raise IndexError(f"tag id {i} is outside the tag set (0 to {len(self) - 1})")
            if i != PAD_ID:
                out.append(self.names[i])
        return out


def build_vocabularies(
    sentences: Iterable[Sentence], min_count: int = 1
) -> tuple[Vocabulary, TagSet]:
    """The word vocabulary and the tag set of the (training) sentences.

    Words seen fewer than ``min_count`` times become ``<unk>`` (id 1); case is kept, since a
    capital letter is a clue to the tag (``PROPN``).
    """
    check_positive_int("min_count", min_count)
    checked = _check_sentences(sentences)
    words = Vocabulary.build([tokens for tokens, _ in checked], min_count=min_count)
    return words, TagSet.build(tags for _, tags in checked)


@dataclass(frozen=True)
class TaggedArrays:
    """Sentences as padded id arrays: ``words[i, t]`` is the id of token t of sentence i and
    ``tags[i, t]`` the id of its tag; both are 0 after the sentence ends (``mask`` is False)."""

    words: np.ndarray  # (sentences, steps) int32, PAD_ID after each sentence
    tags: np.ndarray  # (sentences, steps) int32, PAD_ID after each sentence
    tokens: list[list[str]]  # the tokens as read, for inspecting errors

    @property
    def mask(self) -> np.ndarray:
        """True at real tokens, False at padding."""
        return self.tags != PAD_ID

    @property
    def lengths(self) -> np.ndarray:
        """The number of real tokens of each sentence."""
        return self.mask.sum(axis=1)

    def __len__(self) -> int:
        return len(self.words)


def encode_tagged(sentences: Iterable[Sentence], words: Vocabulary, tags: TagSet) -> TaggedArrays:
    """Encode and pad sentences with given vocabularies (unknown words -> ``<unk>``, id 1)."""
    if not isinstance(words, Vocabulary) or not isinstance(tags, TagSet):
        raise TypeError("encode_tagged needs a Vocabulary and a TagSet (build_vocabularies)")
    checked = _check_sentences(sentences)
    word_ids = pad_sequences([words.encode(tokens) for tokens, _ in checked])
    tag_ids = pad_sequences([tags.encode(labels) for _, labels in checked])
    return TaggedArrays(word_ids, tag_ids, [tokens for tokens, _ in checked])


def length_batches(
    data: TaggedArrays, batch_size: int, seed: int = 0, shuffle: bool = True
) -> tf.data.Dataset:
    """A ``tf.data.Dataset`` of (words, tags) batches of sentences of similar length, each
    batch cut to its own longest sentence.

    With ``shuffle`` the batches are recomposed (ties between equal lengths broken at random)
    and visited in a new random order every epoch, from a generator seeded once with ``seed``;
    pass ``shuffle=False`` to ``fit`` as well. Imports TensorFlow when called.
    """
    import tensorflow as tf

    if not isinstance(data, TaggedArrays):
        raise TypeError("length_batches needs TaggedArrays (encode_tagged)")
    check_positive_int("batch_size", batch_size)
    lengths = data.lengths
    rng = np.random.default_rng(seed)

    def batches():
        jitter = rng.uniform(0.0, 0.5, size=len(lengths)) if shuffle else 0.0
        order = np.argsort(lengths + jitter, kind="stable")
        groups = [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
        for g in rng.permutation(len(groups)) if shuffle else range(len(groups)):
            rows = np.sort(groups[g])
            steps = int(lengths[rows].max())
            yield data.words[rows, :steps], data.tags[rows, :steps]

    matrix = tf.TensorSpec(shape=(None, None), dtype=tf.int32)
    dataset = tf.data.Dataset.from_generator(batches, output_signature=(matrix, matrix))
    count = -(-len(lengths) // batch_size)
    return dataset.apply(tf.data.experimental.assert_cardinality(count)).prefetch(2)


class MostFrequentTag:
    """The baseline tagger: each word gets the tag it had most often in the training sentences
    (ties: the tag more frequent overall); a word never seen gets the most frequent tag.

    It looks at one word at a time, so whatever a model gains over it comes from context.
    """

    def __init__(self, sentences: Iterable[Sentence]):
        checked = _check_sentences(sentences)
        overall: Counter[str] = Counter(t for _, tags in checked for t in tags)
        per_word: dict[str, Counter[str]] = defaultdict(Counter)
        for tokens, tags in checked:
            for token, tag in zip(tokens, tags, strict=True):
                per_word[token][tag] += 1
        rank = {tag: (-count, tag) for tag, count in overall.items()}
        self.default: str = min(overall, key=rank.__getitem__)
        self.table: dict[str, str] = {
            word: min(counts, key=lambda tag, c=counts: (-c[tag], *rank[tag]))
            for word, counts in per_word.items()
        }

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """The baseline's tags of one tokenised sentence."""
        if isinstance(tokens, str):
            raise TypeError("tag expects a list of tokens, not a string")
        return [self.table.get(token, self.default) for token in tokens]

    def predict(self, data: TaggedArrays, tags: TagSet) -> np.ndarray:
        """Tag ids shaped like ``data.tags`` (0 at padding), for comparing with a model."""
        out = np.zeros_like(data.tags)
        for row, tokens in enumerate(data.tokens):
            out[row, : len(tokens)] = tags.encode(self.tag(tokens))
        return out
