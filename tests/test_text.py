"""Tokeniser, detokeniser, vocabulary and padding (rnnbook.text)."""

from __future__ import annotations

import numpy as np
import pytest

from rnnbook.text import Vocabulary, detokenize, pad_sequences, tokenize


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The girl reads a book.", "en", ["the", "girl", "reads", "a", "book", "."]),
        ("Is Tom here?", "en", ["is", "tom", "here", "?"]),
        ("I don't know, Tom's cat.", "en",
         ["i", "do", "n't", "know", ",", "tom", "'s", "cat", "."]),
        ("L'homme mange.", "fr", ["l'", "homme", "mange", "."]),
        ("Qu'il vienne!", "fr", ["qu'", "il", "vienne", "!"]),
        ("J'ai faim.", "fr", ["j'", "ai", "faim", "."]),
        ("Ce n'est pas aujourd'hui.", "fr", ["ce", "n'", "est", "pas", "aujourd'hui", "."]),
        ("Mange-t-il une pomme?", "fr", ["mange", "-t-il", "une", "pomme", "?"]),
        ("Regarde-moi.", "fr", ["regarde", "-moi", "."]),
        ("Est-ce qu'elle a vingt-deux ans?", "fr",
         ["est", "-ce", "qu'", "elle", "a", "vingt-deux", "ans", "?"]),
        ("Il va jusqu'à Paris.", "fr", ["il", "va", "jusqu'", "à", "paris", "."]),
    ],
)
def test_tokenize(text, language, expected):
    assert tokenize(text, language) == expected
    assert detokenize(tokenize(text, language, lower=False), language) == text


def test_tokenize_keeps_case_on_request():
    assert tokenize("L'homme", "fr", lower=False) == ["L'", "homme"]


def test_tokenize_rejects_bad_arguments():
    with pytest.raises(ValueError, match="'en', 'fr'"):
        tokenize("hello", "de")
    with pytest.raises(TypeError, match="str"):
        tokenize(["hello"])
    with pytest.raises(ValueError, match="language"):
        detokenize(["a"], "english")


def test_detokenize_french_and_english():
    tokens = ["l'", "homme", "n'", "est", "pas", "là", "."]
    assert detokenize(tokens, "fr") == "l'homme n'est pas là."
    assert detokenize(["where", "is", "tom", "?"]) == "where is tom?"
    assert detokenize([]) == ""


def test_vocabulary_build_is_deterministic_by_frequency_then_alphabet():
    vocab = Vocabulary.build([["b", "a", "c"], ["c", "b"], ["c", "d"]])
    assert vocab.tokens == ["<pad>", "<unk>", "<start>", "<end>", "c", "b", "a", "d"]
    assert len(vocab) == 8
    assert "c" in vocab and "z" not in vocab
    assert vocab.id_of("c") == 4 and vocab.id_of("z") == 1
    assert vocab.token_of(5) == "b"
    assert Vocabulary.PAD == "<pad>" and vocab.id_of(Vocabulary.PAD) == 0
    assert [vocab.id_of(t) for t in Vocabulary.SPECIALS] == [0, 1, 2, 3]


def test_vocabulary_min_count_and_max_size():
    lists = [["a", "a", "b", "c"], ["a", "b"]]
    assert Vocabulary.build(lists, min_count=2).tokens[4:] == ["a", "b"]
    assert Vocabulary.build(lists, max_size=5).tokens[4:] == ["a"]
    with pytest.raises(ValueError):
        Vocabulary.build(lists, min_count=0)
    with pytest.raises(TypeError):
        Vocabulary.build(["a sentence"])


def test_encode_and_decode():
    vocab = Vocabulary.build([["le", "chat", "dort"]])
    ids = vocab.encode(["le", "chien", "dort"], add_start=True, add_end=True)
    assert ids == [2, vocab.id_of("le"), 1, vocab.id_of("dort"), 3]
    assert vocab.decode(ids) == ["le", "<unk>", "dort"]
    assert vocab.decode([2, vocab.id_of("chat"), 3, vocab.id_of("le"), 0]) == ["chat"]
    assert vocab.decode([2, 4, 3, 0], skip_special=False) == ["<start>", vocab.token_of(4),
                                                            "<end>", "<pad>"]
    with pytest.raises(TypeError):
        vocab.encode("le chat")
    with pytest.raises(IndexError):
        vocab.token_of(99)


def test_pad_sequences():
    out = pad_sequences([[5, 6, 7], [8]])
    assert out.dtype == np.int32
    np.testing.assert_array_equal(out, [[5, 6, 7], [8, 0, 0]])
    np.testing.assert_array_equal(pad_sequences([[1, 2]], length=4), [[1, 2, 0, 0]])
    np.testing.assert_array_equal(pad_sequences([[1, 2, 3]], length=2, truncate=True), [[1, 2]])
    with pytest.raises(ValueError, match="truncate"):
        pad_sequences([[1, 2, 3]], length=2)
    assert pad_sequences([]).shape == (0, 0)


def test_special_token_ids_are_the_vocabularys_first_four():
    from rnnbook.text import END_ID, PAD_ID, START_ID, UNK_ID

    vocab = Vocabulary.build([["le", "chat"]])
    assert [PAD_ID, UNK_ID, START_ID, END_ID] == [0, 1, 2, 3]
    assert [vocab.id_of(t) for t in ("<pad>", "<unk>", "<start>", "<end>")] == [0, 1, 2, 3]
    assert vocab.encode(["le", "zèbre"], add_start=True, add_end=True) == [
        START_ID, vocab.id_of("le"), UNK_ID, END_ID
    ]
