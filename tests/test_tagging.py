"""rnnbook.tagging: tagged splits, vocabularies, padded arrays, batches, baseline, scores."""

from __future__ import annotations

import numpy as np
import pytest

from rnnbook.corpus.loading import SPLITS
from rnnbook.tagging import (
    MostFrequentTag,
    TagSet,
    accuracy_by_position,
    accuracy_from_end,
    build_vocabularies,
    confusions,
    encode_tagged,
    length_batches,
    load_tagged_splits,
    predict_tags,
    token_accuracy,
)
from rnnbook.text import UNK_ID

TOY = [
    (["I", "know", "that", "dog", "."], ["PRON", "VERB", "DET", "NOUN", "PUNCT"]),
    (["I", "know", "that", "."], ["PRON", "VERB", "PRON", "PUNCT"]),
    (["that", "dog", "runs", "."], ["DET", "NOUN", "VERB", "PUNCT"]),
]


def test_splits_are_disjoint_and_cover_the_corpus():
    splits = load_tagged_splits()
    assert set(splits) == set(SPLITS)
    sizes = {name: len(sentences) for name, sentences in splits.items()}
    assert sizes["train"] > 4 * sizes["validation"] > 0 and sizes["test"] > 0
    for tokens, tags in splits["validation"][:50]:
        assert len(tokens) == len(tags) > 0


def test_tag_set_reserves_zero_for_padding_and_orders_by_frequency():
    tags = TagSet.build(tags for _, tags in TOY)
    assert tags.names[0] == TagSet.PAD and tags.names[1:4] == ["PRON", "PUNCT", "VERB"]
    assert tags.decode(tags.encode(["DET", "NOUN"]) + [0, 0]) == ["DET", "NOUN"]
    with pytest.raises(KeyError, match="unknown tag"):
        tags.id_of("XYZ")
    with pytest.raises(ValueError, match="twice"):
        TagSet(["A", "A"])
    with pytest.raises(IndexError):
        tags.decode([99])


def test_encode_pads_masks_and_marks_unknown_words():
    words, tags = build_vocabularies(TOY)
    data = encode_tagged(TOY + [(["a", "cat"], ["DET", "NOUN"])], words, tags)
    assert data.words.shape == data.tags.shape == (4, 5)
    assert data.lengths.tolist() == [5, 4, 4, 2]
    assert data.mask[1].tolist() == [True, True, True, True, False]
    assert data.words[3, 0] == data.words[3, 1] == UNK_ID and data.words[3, 2] == 0
    assert tags.decode(data.tags[0]) == TOY[0][1]


def test_bad_sentences_are_explained():
    with pytest.raises(ValueError, match="2 tokens but 1 tags"):
        build_vocabularies([(["a", "b"], ["DET"])])
    with pytest.raises(TypeError, match="lists of str"):
        build_vocabularies([("a b", "DET NOUN")])
    with pytest.raises(ValueError, match="no tagged sentences"):
        build_vocabularies([])
    with pytest.raises(ValueError, match="min_count"):
        build_vocabularies(TOY, min_count=0)
    with pytest.raises(TypeError, match="Vocabulary and a TagSet"):
        encode_tagged(TOY, None, None)


def test_length_batches_group_similar_lengths_and_cut_padding():
    words, tags = build_vocabularies(TOY)
    data = encode_tagged(TOY * 3, words, tags)
    batches = list(length_batches(data, batch_size=3, shuffle=False).as_numpy_iterator())
    assert len(batches) == 3
    assert [x.shape for x, _ in batches] == [(3, 4), (3, 4), (3, 5)]
    assert sum(int((y != 0).sum()) for _, y in batches) == int(data.mask.sum())
    with pytest.raises(ValueError, match="batch_size"):
        length_batches(data, batch_size=0)


def test_baseline_takes_each_words_most_frequent_tag():
    baseline = MostFrequentTag(TOY)
    # "that" is DET twice and PRON once; an unseen word gets the most frequent tag overall.
    assert baseline.tag(["that", "zebra"]) == ["DET", baseline.default]
    words, tags = build_vocabularies(TOY)
    data = encode_tagged(TOY, words, tags)
    predicted = baseline.predict(data, tags)
    assert (predicted[~data.mask] == 0).all()
    assert token_accuracy(predicted, data.tags) == pytest.approx(12 / 13)


def test_accuracy_counts_real_tokens_only():
    gold = np.array([[1, 2, 0, 0], [3, 0, 0, 0]])
    predicted = np.array([[1, 1, 0, 0], [3, 0, 0, 0]])
    assert token_accuracy(predicted, gold) == pytest.approx(2 / 3)
    assert token_accuracy(predicted, gold, mask=np.ones_like(gold, bool)) == pytest.approx(7 / 8)
    assert accuracy_by_position(predicted, gold) == {0: 1.0, 1: 0.0}
    with pytest.raises(ValueError, match="no real token at position 2"):
        accuracy_by_position(predicted, gold, positions=[0, 2])
    assert accuracy_from_end(predicted, gold, [0, 1]) == {0: 0.5, 1: 1.0}
    with pytest.raises(ValueError, match="same shape"):
        token_accuracy(predicted[:, :2], gold)


def test_confusions_rank_errors_by_count():
    names = ["<pad>", "A", "B", "C"]
    gold = np.array([[1, 1, 1, 2, 0]])
    predicted = np.array([[2, 2, 3, 2, 0]])
    assert confusions(predicted, gold, names, top=2) == [("A", "B", 2), ("A", "C", 1)]


class EchoTagger:
    """A fake model: tag id = word id (so it is right where they agree), with the steps it saw."""

    def __init__(self, n_tags):
        self.n_tags, self.widths = n_tags, []

    def predict_on_batch(self, words):
        self.widths.append(words.shape[1])
        return np.eye(self.n_tags)[np.minimum(words, self.n_tags - 1)]


def test_predict_tags_reads_length_groups_and_zeroes_padding():
    words, tags = build_vocabularies(TOY)
    data = encode_tagged(TOY, words, tags)
    model = EchoTagger(len(tags))
    predicted = predict_tags(model, data, batch_size=2)
    assert model.widths == [4, 5]  # the two 4-token sentences first, then the 5-token one
    expected = np.where(data.mask, np.minimum(data.words, len(tags) - 1), 0)
    assert (predicted == expected).all()
    with pytest.raises(TypeError, match="predict_on_batch"):
        predict_tags(object(), data)
    with pytest.raises(ValueError, match="batch_size"):
        predict_tags(model, data, batch_size=0)
