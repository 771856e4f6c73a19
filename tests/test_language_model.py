"""The language-model helpers of Chapter 6: arrays, count baselines, sampling, measures."""

from __future__ import annotations

import math

import numpy as np
import pytest

from rnnbook.language_model.counts import BigramModel, UnigramModel, perplexity
from rnnbook.language_model.data import length_batches, next_token_arrays, target_log_probs
from rnnbook.language_model.measures import (
    distinct_n,
    share_in,
    share_with_known_pattern,
    tag_lexicon,
)
from rnnbook.language_model.sampling import generate, reshape_distribution
from rnnbook.text import END_ID, START_ID, UNK_ID, Vocabulary

SENTENCES = [["the", "cat", "runs", "."], ["the", "dog", "runs", "."], ["a", "cat", "sleeps", "."]]


@pytest.fixture
def vocab() -> Vocabulary:
    return Vocabulary.build(SENTENCES)


def test_targets_are_the_inputs_shifted_by_one(vocab):
    inputs, targets = next_token_arrays(SENTENCES + [["the", "bird"]], vocab, length=6)
    assert inputs.shape == targets.shape == (4, 6) and inputs.dtype == np.int32
    assert inputs[0, 0] == START_ID and targets[0, 4] == END_ID
    np.testing.assert_array_equal(inputs[:, 1:5], targets[:, :4] * (inputs[:, 1:5] != 0))
    assert targets[3, 1] == UNK_ID and targets[3, 2] == END_ID and targets[3, 3] == 0
    with pytest.raises(ValueError, match="more than length"):
        next_token_arrays(SENTENCES, vocab, length=4)
    with pytest.raises(TypeError, match="single string"):
        next_token_arrays("the cat", vocab)


def test_target_log_probs_skip_padding():
    probs = np.full((1, 3, 4), 0.25)
    probs[0, 0] = [0.1, 0.2, 0.3, 0.4]
    values = target_log_probs(probs, np.array([[3, 2, 0]]))
    np.testing.assert_allclose(values, np.log([0.4, 0.25]))
    with pytest.raises(ValueError, match="shape"):
        target_log_probs(probs, np.array([3, 2, 0]))


def test_length_batches_cut_each_batch_to_its_longest_row(vocab):
    inputs, targets = next_token_arrays(SENTENCES + [["cat"]], vocab, length=8)
    batches = list(length_batches(inputs, targets, batch_size=2, shuffle=False))
    assert [tuple(x.shape) for x, _ in batches] == [(2, 5), (2, 5)]
    assert sum(int((x != 0).numpy().sum()) for x, _ in batches) == int((inputs != 0).sum())


def test_count_models_are_distributions_and_bigram_beats_unigram(vocab):
    unigram = UnigramModel(SENTENCES, vocab)
    assert unigram.probabilities.sum() == pytest.approx(1.0)
    assert unigram.probabilities[0] == unigram.probabilities[START_ID] == 0
    for method in BigramModel.METHODS:
        bigram = BigramModel(SENTENCES, vocab, method=method)
        np.testing.assert_allclose(bigram.table.sum(axis=1), 1.0)
        assert perplexity(bigram.log_probs(SENTENCES)) < perplexity(unigram.log_probs(SENTENCES))
    # Every target is counted: words and <end>.
    assert len(unigram.log_probs(SENTENCES)) == sum(len(s) + 1 for s in SENTENCES)
    with pytest.raises(ValueError, match="method"):
        BigramModel(SENTENCES, vocab, method="witten-bell")
    with pytest.raises(ValueError, match="positive"):
        UnigramModel(SENTENCES, vocab, k=0)


def test_kneser_ney_gives_unseen_bigrams_some_probability(vocab):
    bigram = BigramModel(SENTENCES, vocab, method="kneser-ney")
    seen = bigram.table[vocab.id_of("the"), vocab.id_of("cat")]
    unseen = bigram.table[vocab.id_of("the"), vocab.id_of("sleeps")]
    assert seen > 0.2 and 0 < unseen < seen / 2


def test_perplexity_is_exp_of_cross_entropy():
    assert perplexity(np.log([0.5, 0.5])) == pytest.approx(2.0)
    assert perplexity(np.log([0.25, 1.0])) == pytest.approx(math.exp(-np.log(0.25) / 2))
    with pytest.raises(ValueError, match="at most 0"):
        perplexity(np.array([0.5]))


def test_temperature_and_top_k_reshape_the_distribution():
    p = np.array([[0.5, 0.3, 0.2]])
    np.testing.assert_allclose(reshape_distribution(p, 1.0), p)
    sharp, flat = reshape_distribution(p, 0.5), reshape_distribution(p, 2.0)
    assert sharp[0, 0] > 0.5 > flat[0, 0] > 1 / 3
    np.testing.assert_allclose(reshape_distribution(p, 1.0, top_k=2), [[0.625, 0.375, 0.0]])
    with pytest.raises(ValueError, match="temperature"):
        reshape_distribution(p, 0)


def test_generate_follows_the_model_and_stops_at_end():
    def next_probabilities(prefixes):
        probs = np.zeros((len(prefixes), 6))
        probs[:, 4] = 1.0 if prefixes.shape[1] < 3 else 0.0
        probs[:, END_ID] = 0.0 if prefixes.shape[1] < 3 else 1.0
        return probs

    out = generate(next_probabilities, 3, np.random.default_rng(0))
    assert out == [[4, 4]] * 3
    with pytest.raises(TypeError, match="Generator"):
        generate(next_probabilities, 3, rng=0)


def test_measures_of_generated_text():
    assert share_in([["a", "b"], ["c"]], [["a", "b"]]) == 0.5
    assert distinct_n([["a", "b", "a", "b"]], 2) == pytest.approx(2 / 3)
    assert distinct_n([["a"]], 2) == 0.0
    tagged = [(["the", "cat"], ["DET", "NOUN"]), (["the", "dog"], ["DET", "NOUN"])]
    lexicon = tag_lexicon(tagged)
    assert lexicon == {"the": "DET", "cat": "NOUN", "dog": "NOUN"}
    patterns = {("DET", "NOUN")}
    assert share_with_known_pattern([["the", "dog"], ["dog", "the"], ["a", "x"]], lexicon,
                                    patterns) == pytest.approx(1 / 3)
    with pytest.raises(ValueError, match="n must"):
        distinct_n([["a"]], 0)
