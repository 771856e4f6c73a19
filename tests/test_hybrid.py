"""Chapter 7's helpers: character arrays, held-out word types, word+character batches."""

from __future__ import annotations

import numpy as np
import pytest

from rnnbook.hybrid.batches import length_groups, predict_by_length, word_char_batches
from rnnbook.hybrid.characters import UNK_CHAR_ID, CharacterTable, encode_characters
from rnnbook.hybrid.unseen import OPEN_CLASSES, contains_any, hold_out_types, unseen_mask

SENTENCES = [["The", "cat", "walked", "."], ["A", "dog", "barked", "loudly", "."], ["Run", "."]]


def test_character_table_orders_by_frequency_and_keeps_case():
    table = CharacterTable.build([["aab", "B"]])
    assert table.characters == ["a", "B", "b"] and len(table) == 5
    assert table.encode("ab") == [2, 4] and table.encode("z") == [UNK_CHAR_ID]
    with pytest.raises(ValueError, match="twice"):
        CharacterTable(["a", "a"])
    with pytest.raises(TypeError, match="single string"):
        CharacterTable.build("abc")


def test_encode_characters_pads_and_keeps_word_endings():
    table = CharacterTable.build(SENTENCES)
    out = encode_characters(SENTENCES, table, max_chars=4, steps=6)
    assert out.shape == (3, 6, 4) and out.dtype == np.int32
    assert out[0, 1].tolist() == table.encode("cat") + [0]
    assert out[0, 2].tolist() == table.encode("lked")  # "walked" keeps its last 4 letters
    assert not out[2, 2:].any() and not out[0, 4:].any()
    with pytest.raises(ValueError, match="more than steps"):
        encode_characters(SENTENCES, table, max_chars=4, steps=3)


def test_hold_out_types_picks_only_rare_alphabetic_words():
    sentences = [["the", "cat", "."], ["the", "dog", "."], ["the", "Bird", "."]] * 10
    chosen = hold_out_types(sentences, 0.5, np.random.default_rng(0), max_sentence_share=0.34)
    assert len(chosen) == 2 and chosen <= {"cat", "dog", "bird"}
    assert contains_any(["A", "BIRD"], {"bird"}) and not contains_any(["the"], {"bird"})
    mask = unseen_mask([["the", "Bird"], ["dog"]], {"bird", "dog"}, steps=3)
    assert mask.tolist() == [[False, True, False], [True, False, False]]
    with pytest.raises(ValueError, match="rare enough"):
        hold_out_types(sentences, 0.5, np.random.default_rng(0), max_sentence_share=0.01)
    with pytest.raises(ValueError, match="share"):
        hold_out_types(sentences, 1.5, np.random.default_rng(0))


def test_hold_out_types_can_keep_to_the_open_classes():
    sentences = [["the", "cat", "ran"], ["the", "dog", "sat"], ["a", "Bird", "sat"]] * 10
    tag_lists = [["DET", "NOUN", "VERB"]] * 30
    tag_lists[1::3] = [["DET", "NOUN", "VERB"]] * 10
    tag_lists[2::3] = [["DET", "PROPN", "VERB"]] * 10
    rare = {"cat", "dog", "bird", "ran", "a"}  # "a" is rare too, but a determiner
    untagged = hold_out_types(sentences, 0.99, np.random.default_rng(0), 0.34)
    assert untagged == rare
    tagged = hold_out_types(sentences, 0.99, np.random.default_rng(0), 0.34, tag_lists)
    assert tagged == rare - {"a"}
    nouns = hold_out_types(sentences, 0.99, np.random.default_rng(0), 0.34, tag_lists, {"NOUN"})
    assert nouns == {"cat", "dog"}  # "Bird" is a PROPN here
    assert {"NOUN", "VERB", "ADJ", "ADV", "PROPN"} == OPEN_CLASSES
    with pytest.raises(ValueError, match="one tag per token"):
        hold_out_types(sentences, 0.5, np.random.default_rng(0), 0.34, tag_lists[:-1])
    with pytest.raises(ValueError, match="one tag per token"):
        hold_out_types(sentences, 0.5, np.random.default_rng(0), 0.34, [["DET"]] * 30)
    with pytest.raises(ValueError, match="classes"):
        hold_out_types(sentences, 0.5, np.random.default_rng(0), 0.34, tag_lists, set())
    with pytest.raises(ValueError, match="classes asked for"):
        hold_out_types(sentences, 0.5, np.random.default_rng(0), 0.34, tag_lists, {"INTJ"})


def test_length_groups_cover_every_row_once():
    lengths = np.array([5, 1, 3, 2, 4])
    groups = length_groups(lengths, 2)
    assert [g.tolist() for g in groups] == [[1, 3], [2, 4], [0]]
    shuffled = length_groups(lengths, 2, np.random.default_rng(0))
    assert sorted(np.concatenate(shuffled).tolist()) == [0, 1, 2, 3, 4]


def test_batches_and_predictions_are_cut_to_each_group():
    words = np.array([[5, 6, 0, 0], [7, 0, 0, 0], [5, 6, 7, 8]], dtype=np.int32)
    chars = np.ones((3, 4, 2), dtype=np.int32)
    tags = (words > 0).astype(np.int32) * 2
    batches = list(word_char_batches(words, chars, tags, batch_size=2, seed=0))
    shapes = sorted(tuple(w.shape) for (w, _), _, _ in batches)
    assert shapes == [(1, 4), (2, 2)]
    for (w, c), t, weight in batches:
        assert c.shape[:2] == w.shape and np.array_equal(weight.numpy(), t.numpy() != 0)

    def predict(w, c):
        assert w.shape[1] == int((w != 0).sum(axis=1).max())  # no column of pure padding
        probabilities = np.zeros((*w.shape, 3))
        probabilities[..., 1] = w % 2
        probabilities[..., 2] = 1 - w % 2
        return probabilities

    predicted = predict_by_length(predict, words, chars, batch_size=2)
    assert predicted.tolist() == [[1, 2, 0, 0], [1, 0, 0, 0], [1, 2, 1, 2]]
    with pytest.raises(ValueError, match="shape"):
        predict_by_length(predict, words, chars[:, :2])


def test_word_dropout_replaces_some_real_words_by_unknown():
    words = np.full((64, 10), 5, dtype=np.int32)
    words[:, 8:] = 0
    chars = np.ones((64, 10, 2), dtype=np.int32)
    tags = (words > 0).astype(np.int32)
    seen = np.concatenate(
        [
            w.numpy().ravel()
            for (w, _), _, _ in word_char_batches(words, chars, tags, 64, unknown_rate=0.25)
        ]
    )
    real = seen[seen != 0]
    assert real.size == 64 * 8 and 0.15 < np.mean(real == 1) < 0.35
    with pytest.raises(ValueError, match="unknown_rate"):
        word_char_batches(words, chars, tags, 64, unknown_rate=1.0)
