"""Greedy decoding that returns attention weights, with hand-written steps (no network)."""

from __future__ import annotations

import numpy as np
import pytest

from rnnbook.seq2seq.data import build_vocabularies
from rnnbook.seq2seq.decoding import Translator, greedy_decode, greedy_decode_with_attention
from rnnbook.text import END_ID, START_ID

VOCAB, SOURCE = 8, 3


def looking_step(tokens, state):
    """Next token: previous + 1 (after <start>: 4); row 0 ends after two tokens, row 1 after
    three. The weights look at source position (step % SOURCE), marked by the step number."""
    state = state + 1
    following = np.where(tokens == START_ID, 4, tokens + 1)
    scores = np.eye(VOCAB)[np.minimum(following, VOCAB - 1)]
    ends = np.array([state == 3, state == 4])
    scores[ends] = np.eye(VOCAB)[END_ID]
    weights = np.zeros((len(tokens), SOURCE))
    weights[:, (state - 1) % SOURCE] = 1.0
    return scores, state, weights


def test_ids_are_those_of_greedy_decode_and_weights_stop_after_end():
    ids, weights = greedy_decode_with_attention(looking_step, 0, 2, START_ID, END_ID, 10)
    plain = greedy_decode(lambda t, s: looking_step(t, s)[:2], 0, 2, START_ID, END_ID, 10)
    np.testing.assert_array_equal(ids, plain)
    assert weights.shape == (2, ids.shape[1], SOURCE)
    np.testing.assert_array_equal(weights[0, :3].argmax(axis=1), [0, 1, 2])  # up to <end>
    assert np.all(weights[0, 3:] == 0.0), "no weights after the row's <end>"
    np.testing.assert_array_equal(weights[1].argmax(axis=1), [0, 1, 2, 0])


def test_weights_of_a_wrong_shape_are_refused():
    def step(tokens, state):
        scores, state, weights = looking_step(tokens, state)
        return scores, state, weights[0]  # one row for a batch of two

    with pytest.raises(ValueError, match="weights of shape"):
        greedy_decode_with_attention(step, 0, 2, START_ID, END_ID, 4)


@pytest.fixture
def translator():
    pairs = [("the black cat", "le chat noir")]
    source_vocab, target_vocab = build_vocabularies(pairs)
    order = [target_vocab.id_of(w) for w in ("le", "chat", "noir", "<end>")]

    def encode(input_tensor):
        return [np.asarray(input_tensor), 0]

    def step(tokens, state):
        source, count = state
        scores = np.eye(len(target_vocab))[[order[min(count, 3)]] * len(tokens)]
        # "le" looks at "the", "chat" at "cat", "noir" at "black", <end> at "cat".
        weights = np.eye(source.shape[1])[[[0, 2, 1, 2][min(count, 3)]] * len(tokens)]
        return scores, [source, count + 1], weights

    return Translator(encode, step, source_vocab, target_vocab, max_length=6, attention=True)


def test_translator_gives_each_sentence_its_weights(translator):
    [(tokens, weights)] = translator.translate_with_attention([["the", "black", "cat"]])
    assert tokens == ["le", "chat", "noir", "<end>"]
    np.testing.assert_array_equal(weights.argmax(axis=1), [0, 2, 1, 2])
    assert translator.translate("the black cat").tokens == ["le", "chat", "noir"]


def test_translate_with_attention_needs_an_attention_translator(translator):
    plain = Translator(translator.encode, translator.step, translator.source_vocab,
                       translator.target_vocab)
    with pytest.raises(ValueError, match="attention=True"):
        plain.translate_with_attention([["the"]])
    with pytest.raises(ValueError, match="empty"):
        translator.translate_with_attention([[]])
    with pytest.raises(TypeError, match="True or False"):
        Translator(translator.encode, translator.step, translator.source_vocab,
                   translator.target_vocab, attention="yes")
