"""Greedy decoding and translate() with a hand-written step function (no neural network)."""

from __future__ import annotations

import numpy as np
import pytest

from rnnbook.seq2seq.data import build_vocabularies
from rnnbook.seq2seq.decoding import Translator, greedy_decode
from rnnbook.text import END_ID, START_ID

VOCAB = 8


def counting_step(tokens, state):
    """Scores that make the next token previous + 1 (after <start>: 4), and count the calls."""
    state = state + 1
    following = np.where(tokens == START_ID, 4, tokens + 1)
    return np.eye(VOCAB)[np.minimum(following, VOCAB - 1)], state


def test_greedy_decode_stops_every_row_at_end_and_pads_after_it():
    def step(tokens, state):
        scores, state = counting_step(tokens, state)
        # Row 0 ends after two tokens, row 1 after three.
        ends = np.array([state == 3, state == 4])
        scores[ends] = np.eye(VOCAB)[END_ID]
        return scores, state

    ids = greedy_decode(step, 0, batch_size=2, start_id=START_ID, end_id=END_ID, max_length=10)
    np.testing.assert_array_equal(ids, [[4, 5, END_ID, 0], [4, 5, 6, END_ID]])


def test_greedy_decode_never_exceeds_the_length_limit():
    ids = greedy_decode(counting_step, 0, batch_size=3, start_id=START_ID, end_id=END_ID,
                        max_length=3)
    assert ids.shape == (3, 3)
    np.testing.assert_array_equal(ids[0], [4, 5, 6])


def test_greedy_decode_accepts_one_step_sequence_scores():
    def step(tokens, state):
        scores, state = counting_step(tokens, state)
        return scores[:, None, :], state

    ids = greedy_decode(step, 0, batch_size=1, start_id=START_ID, end_id=END_ID, max_length=2)
    np.testing.assert_array_equal(ids, [[4, 5]])


@pytest.mark.parametrize("bad", [0, -1, 2.0, True])
def test_greedy_decode_refuses_bad_lengths(bad):
    with pytest.raises(ValueError, match="max_length"):
        greedy_decode(counting_step, 0, 1, START_ID, END_ID, max_length=bad)


@pytest.fixture
def translator():
    pairs = [("the cat", "le chat"), ("a dog", "un chien")]
    source_vocab, target_vocab = build_vocabularies(pairs)
    le, chat = target_vocab.id_of("le"), target_vocab.id_of("chat")
    end = target_vocab.id_of("<end>")
    order = {target_vocab.id_of("<start>"): le, le: chat, chat: end}

    def encode(input_tensor):
        return np.asarray(input_tensor).copy()

    def step(tokens, state):
        following = [order.get(int(token), end) for token in tokens]
        return np.eye(len(target_vocab))[following], state

    return Translator(encode, step, source_vocab, target_vocab, max_length=5)


def test_translate_returns_text_and_reports_unknown_words(translator):
    result = translator.translate("The zebra!")
    assert result.tokens == ["le", "chat"]
    assert result.text.lower().startswith("le chat")
    assert result.unknown_words == ["zebra", "!"]
    assert translator.translate("the cat").unknown_words == []


def test_translate_output_respects_the_length_limit(translator):
    translator = Translator(translator.encode, translator.step, translator.source_vocab,
                            translator.target_vocab, max_length=1)
    assert len(translator.translate("the cat").tokens) <= 1


@pytest.mark.parametrize("bad, error", [("", ValueError), ("   ", ValueError), (None, TypeError),
                                        (42, TypeError), (["the", "cat"], TypeError)])
def test_translate_refuses_empty_or_non_string_input(translator, bad, error):
    with pytest.raises(error):
        translator.translate(bad)


def test_translate_tokens_decodes_a_batch(translator):
    assert translator.translate_tokens([["the", "cat"], ["a"]]) == [["le", "chat"]] * 2
    with pytest.raises(ValueError, match="empty"):
        translator.translate_tokens([[]])


def test_greedy_decode_never_chooses_banned_ids():
    def step(tokens, state):
        scores = np.zeros((len(tokens), VOCAB))
        scores[:, 0] = 9.0  # padding is the most likely token...
        scores[:, END_ID] = 1.0  # ...then the end token
        return scores, state

    ids = greedy_decode(step, 0, 2, START_ID, END_ID, max_length=4, banned_ids=(0, START_ID))
    np.testing.assert_array_equal(ids, [[END_ID], [END_ID]])


def test_translate_ids_refuses_a_bad_batch_size(translator):
    for bad in (0, -1, 2.5):
        with pytest.raises(ValueError, match="batch_size"):
            translator.translate_ids(np.array([[4, 5]]), batch_size=bad)


def test_translate_ids_gives_the_same_result_in_any_chunk_size():
    # A step whose next token depends on the sentence (through the state) and on the step,
    # so that rows mixed up between chunks, or a chunk decoded with another's state, show.
    pairs = [("a b", "x y z"), ("c", "w")]
    source_vocab, target_vocab = build_vocabularies(pairs)
    vocab_size = len(target_vocab)
    rng = np.random.default_rng(0)
    input_tensor = rng.integers(1, len(source_vocab), size=(11, 4))
    input_tensor[::3, 2:] = 0  # some shorter sentences

    def encode(ids):
        return [np.asarray(ids).sum(axis=1), np.zeros(len(ids), dtype=int)]

    def step(tokens, state):
        total, count = state
        following = (total * 7 + count * 3 + tokens) % (vocab_size - 4) + 4
        following = np.where((total + count) % 5 == 4, END_ID, following)
        return np.eye(vocab_size)[following], [total, count + 1]

    translator = Translator(encode, step, source_vocab, target_vocab, max_length=6)
    whole = translator.translate_ids(input_tensor, batch_size=512)
    one_by_one = [translator.translate_ids(row[None, :])[0] for row in input_tensor]
    assert whole == one_by_one
    for chunk in (1, 2, 3, 4, 10):
        assert translator.translate_ids(input_tensor, batch_size=chunk) == whole
    assert len({tuple(tokens) for tokens in whole}) > 3, "the rows differ, so order matters"
