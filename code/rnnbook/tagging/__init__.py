"""Sequence labelling: part-of-speech tagging of the corpus' English side (Part III).

- :mod:`~rnnbook.tagging.data`: the tagged splits, the word vocabulary and tag set, padded id
  arrays with their mask, length-grouped batches, and the most-frequent-tag baseline;
- :mod:`~rnnbook.tagging.evaluation`: a model's tags in length-grouped batches; accuracy over
  real tokens, by position, and confusions.

Neither imports TensorFlow when imported; ``data.length_batches`` imports it when called.
"""

from rnnbook.tagging.data import (
    MostFrequentTag,
    TaggedArrays,
    TagSet,
    build_vocabularies,
    encode_tagged,
    length_batches,
    load_tagged_splits,
)
from rnnbook.tagging.evaluation import (
    accuracy_by_position,
    accuracy_from_end,
    confusions,
    predict_tags,
    token_accuracy,
)

__all__ = [
    "MostFrequentTag",
    "TagSet",
    "TaggedArrays",
    "accuracy_by_position",
    "accuracy_from_end",
    "build_vocabularies",
    "confusions",
    "encode_tagged",
    "length_batches",
    "load_tagged_splits",
    "predict_tags",
    "token_accuracy",
]
