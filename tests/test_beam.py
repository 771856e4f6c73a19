"""Beam search: against greedy decoding, against exhaustive enumeration, and its bookkeeping.

Hand-written step functions whose next-token probabilities depend on the whole token history
and on the sentence (through the state), so a state row given to the wrong hypothesis changes
the result; and a real, untrained Keras LSTM translator of Chapter 9 with a tiny vocabulary.
"""

from __future__ import annotations

import doctest
import itertools

import numpy as np
import pytest

import rnnbook

rnnbook.init()

from rnnbook.seq2seq import beam  # noqa: E402
from rnnbook.seq2seq.beam import beam_search, length_penalty, select_rows  # noqa: E402
from rnnbook.seq2seq.decoding import greedy_decode, greedy_decode_with_attention  # noqa: E402
from rnnbook.seq2seq.lstm_model import build_lstm_translator, lstm_inference  # noqa: E402
from rnnbook.text import END_ID, PAD_ID, START_ID  # noqa: E402

VOCAB = 7  # <pad> <unk> <start> <end> and three words
BANNED = (PAD_ID, START_ID)
HASHES = 1009  # a prime: histories hash to rows of a random probability table
SOURCE = 4


class HistoryModel:
    """A random decoder: the next token's probabilities are a function of the sentence and of
    every token so far, kept as a hash in the state (with the sentence, and a shared scalar)."""

    def __init__(self, seed: int, sharpness: float = 2.0) -> None:
        rng = np.random.default_rng(seed)
        logits = rng.normal(size=(HASHES, VOCAB)) * sharpness
        self.probabilities = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
        looks = rng.random((HASHES, SOURCE))
        self.looks = looks / looks.sum(axis=1, keepdims=True)
        self.calls = 0

    def encode(self, sentences: np.ndarray) -> list:
        sentences = np.asarray(sentences)
        return [np.zeros(len(sentences), dtype=np.int64), (sentences,), {"shared": 5}]

    def step(self, tokens, state):
        self.calls += 1
        history, (sentences,), shared = state
        assert shared == {"shared": 5}, "a scalar leaf is passed through unchanged"
        history = (history * 31 + tokens + sentences.sum(axis=1) * 7 + 1) % HASHES
        return self.probabilities[history], [history, (sentences,), shared]

    def attention_step(self, tokens, state):
        scores, state = self.step(tokens, state)
        return scores, state, self.looks[state[0]]


def sentences(count: int, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).integers(4, 50, size=(count, 3))


def teacher_forced(step, state, batch_size, sentence, sequences, attention=False):
    """Log-probability (and weights) the step gives each sequence of one sentence.

    The sequences of one length go through the step together, as one batch."""
    results: list = [None] * len(sequences)
    for length in sorted({len(ids) for ids in sequences}):
        which = [k for k, ids in enumerate(sequences) if len(ids) == length]
        ids = np.array([sequences[k] for k in which], dtype=np.int32).reshape(len(which), -1)
        rows = select_rows(state, np.full(len(which), sentence), batch_size)
        tokens = np.full(len(which), START_ID, dtype=np.int32)
        totals, weights = np.zeros(len(which)), []
        for position in range(length):
            output = step(tokens, rows)
            scores, rows = np.asarray(output[0], dtype=np.float64), output[1]
            if attention:
                weights.append(np.asarray(output[2]))
            totals += np.log(scores[np.arange(len(which)), ids[:, position]])
            tokens = ids[:, position]
        for n, k in enumerate(which):
            results[k] = (totals[n], np.array([w[n] for w in weights]))
    return results


def all_sequences(max_length: int) -> list[tuple[int, ...]]:
    """Every output of at most max_length tokens: ended by <end>, or cut off at the limit."""
    words = [t for t in range(VOCAB) if t not in BANNED and t != END_ID]
    ended = [(*prefix, END_ID) for n in range(max_length)
             for prefix in itertools.product(words, repeat=n)]
    return ended + list(itertools.product(words, repeat=max_length))


def best_by_enumeration(step, state, batch_size, sentence, max_length, alpha):
    sequences = all_sequences(max_length)
    totals = np.array([t for t, _ in teacher_forced(step, state, batch_size, sentence,
                                                     sequences)])
    ranking = totals / length_penalty(np.array([len(s) for s in sequences]), alpha)
    order = np.argsort(-ranking)
    assert ranking[order[0]] - ranking[order[1]] > 1e-6, "a near tie: choose another seed"
    return sequences[order[0]], totals[order[0]]


def row_ids(row: np.ndarray) -> tuple[int, ...]:
    """A row of decoded ids without its padding."""
    ends = np.nonzero(row == END_ID)[0]
    return tuple(int(t) for t in (row[: ends[0] + 1] if len(ends) else row))


@pytest.mark.parametrize("seed", range(5))
def test_width_one_is_greedy_decoding_token_for_token(seed):
    model = HistoryModel(seed, sharpness=1.0)  # flat: many outputs are cut off at the limit
    state = model.encode(sentences(6, seed))
    greedy = greedy_decode(model.step, state, 6, START_ID, END_ID, 6, banned_ids=BANNED)
    result = beam_search(model.step, state, 6, START_ID, END_ID, 6, beam_width=1,
                         banned_ids=BANNED)
    np.testing.assert_array_equal(result.ids, greedy)
    assert result.ids.dtype == greedy.dtype


def test_width_one_breaks_ties_as_greedy_decoding_does():
    table = np.zeros((8, 8))
    table[START_ID, [1, 5, 6, 7]] = 0.1, 0.3, 0.3, 0.3  # a three-way tie: the lowest id wins
    table[[5, 6, 7], END_ID] = 1.0
    greedy = greedy_decode(table_step(table), 0, 1, START_ID, END_ID, 3)
    result = beam_search(table_step(table), 0, 1, START_ID, END_ID, 3, beam_width=1)
    np.testing.assert_array_equal(result.ids, greedy)
    np.testing.assert_array_equal(result.ids, [[5, END_ID]])
    tied = beam_search(table_step(table), 0, 1, START_ID, END_ID, 3, beam_width=2, n_best=2)
    assert [tuple(h.ids) for h in tied.hypotheses[0]] == [(5, END_ID), (6, END_ID)]


@pytest.mark.parametrize("alpha", [0.0, 1.0])
@pytest.mark.parametrize("seed", range(3))
def test_a_wide_enough_beam_finds_the_best_of_all_sequences(seed, alpha):
    model = HistoryModel(seed)
    state = model.encode(sentences(3, seed))
    # 16 live prefixes of 2 words, 5 allowed tokens each: 80 candidates, all kept.
    result = beam_search(model.step, state, 3, START_ID, END_ID, 3, beam_width=100,
                         alpha=alpha, banned_ids=BANNED)
    for sentence in range(3):
        best, total = best_by_enumeration(model.step, state, 3, sentence, 3, alpha)
        assert row_ids(result.ids[sentence]) == best
        assert result.scores[sentence] == pytest.approx(total, abs=1e-9)


def test_length_normalisation_changes_the_winner_somewhere():
    model = HistoryModel(0)
    state = model.encode(sentences(20, 1))
    plain = beam_search(model.step, state, 20, START_ID, END_ID, 6, beam_width=4,
                        banned_ids=BANNED)
    normalised = beam_search(model.step, state, 20, START_ID, END_ID, 6, beam_width=4,
                             alpha=1.0, banned_ids=BANNED)
    lengths = (plain.ids != PAD_ID).sum(axis=1), (normalised.ids != PAD_ID).sum(axis=1)
    assert np.all(lengths[1] >= lengths[0]) and np.any(lengths[1] > lengths[0]), lengths


def test_length_penalty_is_the_gnmt_formula():
    assert length_penalty(1, 0.0) == 1.0
    assert length_penalty(1, 0.7) == pytest.approx(1.0)
    assert length_penalty(13, 0.5) == pytest.approx(3.0 ** 0.5)
    np.testing.assert_allclose(length_penalty(np.array([1, 7]), 1.0), [1.0, 2.0])
    with pytest.raises(ValueError, match="alpha"):
        length_penalty(3, -0.5)


def test_scores_are_the_sums_of_the_models_log_probabilities_for_every_hypothesis():
    model = HistoryModel(3)
    state = model.encode(sentences(4, 3))
    result = beam_search(model.step, state, 4, START_ID, END_ID, 5, beam_width=3, n_best=3,
                         alpha=0.6, banned_ids=BANNED)
    assert [len(found) for found in result.hypotheses] == [3] * 4
    for sentence, found in enumerate(result.hypotheses):
        assert found[0].log_probability == result.scores[sentence]
        forced = teacher_forced(model.step, state, 4, sentence, [h.ids for h in found])
        for hypothesis, (total, _) in zip(found, forced, strict=True):
            assert hypothesis.log_probability == pytest.approx(total, abs=1e-9)
            assert hypothesis.score == pytest.approx(
                total / length_penalty(len(hypothesis.ids), 0.6))
        assert [h.score for h in found] == sorted((h.score for h in found), reverse=True)
        assert len({tuple(h.ids) for h in found}) == 3, "three different hypotheses"


def test_a_wider_beam_never_finds_a_less_probable_sentence_here():
    model = HistoryModel(4)
    state = model.encode(sentences(30, 4))
    scores = [beam_search(model.step, state, 30, START_ID, END_ID, 5, beam_width=width,
                          banned_ids=BANNED).scores for width in (1, 3, 30)]
    assert np.all(scores[2] >= scores[1] - 1e-12) and np.all(scores[1] >= scores[0] - 1e-12)
    assert np.any(scores[1] > scores[0]), "beam search improves on greedy decoding somewhere"


def table_step(table):
    """A step that reads the next-token probabilities from a table by previous token."""
    def step(tokens, state):
        return table[tokens], state + 1
    return step


def test_a_finished_hypothesis_is_kept_aside_while_the_beam_goes_on():
    table = np.zeros((6, 6))
    table[START_ID, [END_ID, 4, 5]] = 0.4, 0.35, 0.25  # <end> at once: the best first step...
    table[4, [END_ID, 4]] = 0.95, 0.05
    table[5, [END_ID, 5]] = 0.1, 0.9
    result = beam_search(table_step(table), 0, 1, START_ID, END_ID, 4, beam_width=2, n_best=2)
    found = result.hypotheses[0]
    np.testing.assert_array_equal(result.ids, [[END_ID]])  # ...and still the best: 0.4
    assert [tuple(h.ids) for h in found] == [(END_ID,), (4, END_ID)]  # then 0.35 * 0.95
    assert all(h.finished for h in found)
    assert result.scores[0] == pytest.approx(np.log(0.4))
    # Length normalisation with alpha = 1.5 makes "4 <end>" win:
    # log(0.3325) / (7/6)**1.5 = -0.874 > log(0.4) / 1 = -0.916.
    longer = beam_search(table_step(table), 0, 1, START_ID, END_ID, 4, beam_width=2,
                         alpha=1.5)
    np.testing.assert_array_equal(longer.ids, [[4, END_ID]])
    assert longer.scores[0] == pytest.approx(np.log(0.3325))
    # With alpha = 2, a sentence cut off at the limit competes and wins, as in greedy
    # decoding: log(0.25 * 0.9**3) / (9/6)**2 = -0.756 > log(0.3325) / (7/6)**2 = -0.809.
    cut = beam_search(table_step(table), 0, 1, START_ID, END_ID, 4, beam_width=2, alpha=2.0)
    np.testing.assert_array_equal(cut.ids, [[5, 5, 5, 5]])
    assert not cut.hypotheses[0][0].finished


def test_rows_end_then_pad_and_the_search_stops_when_every_sentence_is_done():
    model = HistoryModel(5, sharpness=3.0)
    state = model.encode(sentences(8, 5))
    result = beam_search(model.step, state, 8, START_ID, END_ID, 12, beam_width=3,
                         banned_ids=BANNED)
    for row, found in zip(result.ids, result.hypotheses, strict=True):
        n = len(found[0].ids)
        np.testing.assert_array_equal(row[:n], found[0].ids)
        assert np.all(row[n:] == PAD_ID)
        assert found[0].finished == (found[0].ids[-1] == END_ID)
        assert END_ID not in found[0].ids[:-1], "nothing follows <end>"
        assert not set(found[0].ids) & set(BANNED)
    assert result.ids.shape[1] == max(len(found[0].ids) for found in result.hypotheses)
    model.calls = 0
    beam_search(model.step, state, 8, START_ID, END_ID, 40, beam_width=3, banned_ids=BANNED)
    assert model.calls < 40, "stops once every sentence's search is over"


def test_outputs_are_cut_off_at_the_maximum_length():
    table = np.zeros((6, 6))
    table[:, 4] = 1.0  # never ends
    result = beam_search(table_step(table), 0, 2, START_ID, END_ID, 3, beam_width=2)
    np.testing.assert_array_equal(result.ids, [[4, 4, 4], [4, 4, 4]])
    assert not result.hypotheses[0][0].finished
    assert result.scores[0] == 0.0


def test_state_rows_follow_their_hypotheses():
    # The next token depends on the whole history, kept only in the state: a state row left
    # with the wrong hypothesis after re-ranking gives other scores than teacher forcing.
    model = HistoryModel(6)
    state = model.encode(sentences(5, 6))
    result = beam_search(model.step, state, 5, START_ID, END_ID, 6, beam_width=4, n_best=4,
                         banned_ids=BANNED)
    for sentence, found in enumerate(result.hypotheses):
        forced = teacher_forced(model.step, state, 5, sentence, [h.ids for h in found])
        np.testing.assert_allclose([h.log_probability for h in found],
                                   [total for total, _ in forced], atol=1e-9)
    # Each sentence decoded alone gives the same: no sentence uses another's state rows.
    for sentence in range(5):
        alone = beam_search(model.step, model.encode(sentences(5, 6)[sentence:sentence + 1]),
                            1, START_ID, END_ID, 6, beam_width=4, banned_ids=BANNED)
        assert row_ids(alone.ids[0]) == row_ids(result.ids[sentence])


def test_select_rows_reorders_nested_states_and_keeps_shared_values():
    state = {"h": np.arange(3), "pair": (np.arange(6).reshape(3, 2), [np.ones((3, 1, 1))]),
             "count": 4, "none": None, "scalar": np.float32(2.0)}
    picked = select_rows(state, np.array([2, 2, 0, 1]), 3)
    np.testing.assert_array_equal(picked["h"], [2, 2, 0, 1])
    np.testing.assert_array_equal(picked["pair"][0], [[4, 5], [4, 5], [0, 1], [2, 3]])
    assert isinstance(picked["pair"], tuple) and isinstance(picked["pair"][1], list)
    assert picked["pair"][1][0].shape == (4, 1, 1)
    assert picked["count"] == 4 and picked["none"] is None and picked["scalar"] == 2.0
    with pytest.raises(ValueError, match="first axis"):
        select_rows([np.zeros((3, 2)), np.zeros((2, 3))], np.array([0]), 3)


def test_attention_weights_are_those_of_the_chosen_hypothesis():
    model = HistoryModel(7)
    state = model.encode(sentences(4, 7))
    result = beam_search(model.attention_step, state, 4, START_ID, END_ID, 6, beam_width=3,
                         n_best=2, banned_ids=BANNED)
    assert result.weights.shape == (4, result.ids.shape[1], SOURCE)
    for sentence, found in enumerate(result.hypotheses):
        forced = teacher_forced(model.attention_step, state, 4, sentence,
                                [h.ids for h in found], attention=True)
        for hypothesis, (_, weights) in zip(found, forced, strict=True):
            np.testing.assert_allclose(hypothesis.weights, weights)
        n = len(found[0].ids)
        np.testing.assert_allclose(result.weights[sentence, :n], forced[0][1])
        assert np.all(result.weights[sentence, n:] == 0.0), "0 after the row's <end>"
    # Width 1: the same ids and weights as greedy decoding with attention.
    ids, weights = greedy_decode_with_attention(model.attention_step, state, 4, START_ID,
                                                END_ID, 6, banned_ids=BANNED)
    greedy = beam_search(model.attention_step, state, 4, START_ID, END_ID, 6, beam_width=1,
                         banned_ids=BANNED)
    np.testing.assert_array_equal(greedy.ids, ids)
    np.testing.assert_allclose(greedy.weights, weights)


def test_without_attention_no_weights_are_returned():
    model = HistoryModel(8)
    result = beam_search(model.step, model.encode(sentences(2)), 2, START_ID, END_ID, 4)
    assert result.weights is None and result.hypotheses[0][0].weights is None


def test_logits_and_log_probabilities_give_the_same_search():
    model = HistoryModel(9)
    state = model.encode(sentences(6, 9))

    def logit_step(tokens, state):
        scores, state = model.step(tokens, state)
        return np.log(scores) + 3.0, state  # a softmax of these gives the probabilities

    def log_step(tokens, state):
        scores, state = model.step(tokens, state)
        return np.log(scores), state

    runs = [beam_search(step, state, 6, START_ID, END_ID, 5, beam_width=3, banned_ids=BANNED,
                        scores=kind)
            for step, kind in ((model.step, "probabilities"), (logit_step, "logits"),
                               (log_step, "log_probabilities"))]
    for run in runs[1:]:
        np.testing.assert_array_equal(run.ids, runs[0].ids)
        np.testing.assert_allclose(run.scores, runs[0].scores, atol=1e-9)


def test_zero_probabilities_are_never_chosen_and_raise_no_warning():
    table = np.zeros((6, 6))
    table[START_ID, [4, END_ID]] = 0.6, 0.4
    table[4, END_ID] = 1.0
    with np.errstate(all="raise"):
        result = beam_search(table_step(table), 0, 1, START_ID, END_ID, 5, beam_width=4,
                             n_best=4)
    assert [tuple(h.ids) for h in result.hypotheses[0]] == [(4, END_ID), (END_ID,)]


def test_the_step_is_never_fed_a_banned_id():
    table = np.zeros((6, 6))
    table[START_ID, [4, END_ID]] = 0.7, 0.3  # two possible tokens for a beam of four
    table[4, 4] = table[END_ID, END_ID] = 1.0
    fed = []

    def step(tokens, state):
        fed.extend(int(t) for t in tokens)
        return table[tokens], state

    beam_search(step, 0, 2, START_ID, END_ID, 4, beam_width=4, banned_ids=BANNED)
    assert set(fed) == {START_ID, 4, END_ID}, "empty slots get <end>, never <pad>"


def test_banned_ids_are_never_chosen():
    table = np.full((6, 6), 0.01)
    table[:, PAD_ID] = 0.9  # padding is the most likely token, then <end>
    table[:, END_ID] = 0.05
    result = beam_search(table_step(table), 0, 2, START_ID, END_ID, 4, beam_width=3,
                         n_best=3, banned_ids=BANNED)
    np.testing.assert_array_equal(result.ids, [[END_ID], [END_ID]])
    assert all(not set(h.ids) & set(BANNED) for found in result.hypotheses for h in found)


@pytest.mark.parametrize(
    "change, error, message",
    [
        ({"beam_width": 0}, ValueError, "beam_width"),
        ({"beam_width": 2.0}, ValueError, "beam_width"),
        ({"max_length": -1}, ValueError, "max_length"),
        ({"n_best": 3, "beam_width": 2}, ValueError, "n_best"),
        ({"alpha": -1.0}, ValueError, "alpha"),
        ({"alpha": float("nan")}, ValueError, "alpha"),
        ({"alpha": "0.6"}, TypeError, "alpha"),
        ({"scores": "softmax"}, ValueError, "scores must be one of"),
        ({"banned_ids": (END_ID,)}, ValueError, "cannot be banned"),
        ({"banned_ids": (99,)}, ValueError, "banned id 99"),
        ({"banned_ids": "0"}, TypeError, "banned_ids"),
        ({"end_id": 9}, ValueError, "end_id 9"),
        ({"start_id": -2}, ValueError, "start_id"),
        ({"step": "not a function"}, TypeError, "step must be a function"),
    ],
)
def test_bad_arguments_are_refused_with_a_clear_message(change, error, message):
    table = np.full((6, 6), 1 / 6)
    arguments = {"step": table_step(table), "state": 0, "batch_size": 1,
                 "start_id": START_ID, "end_id": END_ID, "max_length": 3} | change
    with pytest.raises(error, match=message):
        beam_search(**arguments)


@pytest.mark.parametrize(
    "step, message",
    [
        (lambda tokens, state: (np.full((len(tokens), 6), 2.0), state), "scores='logits'"),
        (lambda tokens, state: (np.full((1, 6), 0.1), state), "expected \\(batch=2"),
        (lambda tokens, state: np.full((len(tokens), 6), 0.1), "step must return"),
        (lambda tokens, state: (np.full((len(tokens), 6), np.nan), state), "NaN"),
        (lambda tokens, state: (np.full((len(tokens), 6), 0.1), state, np.ones(3)),
         "weights of shape"),
    ],
)
def test_a_step_that_breaks_the_contract_is_explained(step, message):
    with pytest.raises(ValueError, match=message):
        beam_search(step, 0, 2, START_ID, END_ID, 3)


def test_the_docstring_examples_run():
    assert doctest.testmod(beam, raise_on_error=False).failed == 0


@pytest.fixture(scope="module")
def lstm():
    """An untrained Chapter 9 translator with sharpened output weights (a peaked softmax)."""
    rnnbook.reset(seed=1)
    model = build_lstm_translator(9, VOCAB, embedding_size=8, units=16)
    dense = model.get_layer("next_word")
    kernel, bias = dense.get_weights()
    dense.set_weights([kernel * 6.0, bias])
    inference = lstm_inference(model)
    source = np.random.default_rng(2).integers(4, 9, size=(4, 3))
    source[0, 2] = PAD_ID  # one shorter sentence
    return inference, inference.encode(source)


def test_lstm_width_one_is_greedy_decoding(lstm):
    inference, state = lstm
    assert isinstance(state, list) and all(s.shape[0] == 4 for s in state)  # [h, c]
    greedy = greedy_decode(inference.step, state, 4, START_ID, END_ID, 8, banned_ids=BANNED)
    result = beam_search(inference.step, state, 4, START_ID, END_ID, 8, beam_width=1,
                         banned_ids=BANNED)
    np.testing.assert_array_equal(result.ids, greedy)


@pytest.mark.parametrize("alpha", [0.0, 0.8])
def test_lstm_wide_beam_finds_the_best_of_all_sequences(lstm, alpha):
    inference, state = lstm
    result = beam_search(inference.step, state, 4, START_ID, END_ID, 3, beam_width=100,
                         alpha=alpha, banned_ids=BANNED)
    for sentence in range(4):
        best, total = best_by_enumeration(inference.step, state, 4, sentence, 3, alpha)
        assert row_ids(result.ids[sentence]) == best
        assert result.scores[sentence] == pytest.approx(total, abs=1e-5)


def test_lstm_scores_are_sums_of_its_log_probabilities(lstm):
    inference, state = lstm
    result = beam_search(inference.step, state, 4, START_ID, END_ID, 6, beam_width=3,
                         n_best=3, banned_ids=BANNED)
    for sentence, found in enumerate(result.hypotheses):
        forced = teacher_forced(inference.step, state, 4, sentence, [h.ids for h in found])
        np.testing.assert_allclose([h.log_probability for h in found],
                                   [total for total, _ in forced], atol=1e-5)


def test_the_attention_translators_state_and_weights():
    from rnnbook.seq2seq.attention_model import (
        attention_inference,
        build_attention_translator,
    )

    rnnbook.reset(seed=3)
    model = build_attention_translator(9, VOCAB, embedding_size=8, units=8)
    inference = attention_inference(model)
    source = np.random.default_rng(3).integers(4, 9, size=(3, 5))
    source[1, 3:] = PAD_ID
    state = inference.encode(source)
    ids, weights = greedy_decode_with_attention(inference.step, state, 3, START_ID, END_ID, 5,
                                                banned_ids=BANNED)
    narrow = beam_search(inference.step, state, 3, START_ID, END_ID, 5, beam_width=1,
                         banned_ids=BANNED)
    np.testing.assert_array_equal(narrow.ids, ids)
    np.testing.assert_allclose(narrow.weights, weights, atol=1e-6)
    wide = beam_search(inference.step, state, 3, START_ID, END_ID, 5, beam_width=3,
                       banned_ids=BANNED)
    assert wide.weights.shape == (3, wide.ids.shape[1], 5)
    for sentence in range(3):
        (total, forced), = teacher_forced(inference.step, state, 3, sentence,
                                          [wide.hypotheses[sentence][0].ids], attention=True)
        assert wide.scores[sentence] == pytest.approx(total, abs=1e-5)
        np.testing.assert_allclose(wide.hypotheses[sentence][0].weights, forced, atol=1e-6)
    assert np.all(wide.weights[1, :, 3:] < 1e-6), "no attention on padding"
