"""Loss and accuracy per real token, pooled over an epoch of unequal-length batches."""

from __future__ import annotations

import numpy as np
import pytest

import rnnbook

rnnbook.init()

from rnnbook.seq2seq.token_metrics import TokenAccuracy, TokenCrossEntropy  # noqa: E402


def one_hot_scores(ids: list[list[int]], vocabulary: int = 6) -> np.ndarray:
    return np.eye(vocabulary, dtype="float32")[np.array(ids)] * 0.9 + 0.1 / vocabulary


def test_accuracy_pools_tokens_not_batch_means():
    metric = TokenAccuracy()
    # Batch 1: two sentences of one real token each, both right.
    metric.update_state(np.array([[4, 0], [5, 0]]), one_hot_scores([[4, 1], [5, 1]]))
    # Batch 2: one sentence of six real tokens, all wrong.
    metric.update_state(np.array([[4, 4, 4, 4, 4, 4]]), one_hot_scores([[5, 5, 5, 5, 5, 5]]))
    assert float(metric.result()) == pytest.approx(2 / 8)  # the mean of batch means is 0.5
    metric.reset_state()
    assert float(metric.result()) == 0.0


def test_cross_entropy_is_the_mean_over_real_tokens():
    rng = np.random.default_rng(0)
    metric = TokenCrossEntropy()
    values, batches = [], [(3, 2), (1, 7), (4, 5)]
    for rows, steps in batches:
        targets = rng.integers(1, 6, size=(rows, steps))
        targets[0, -1] = 0  # some padding
        probabilities = rng.dirichlet(np.ones(6), size=(rows, steps)).astype("float32")
        metric.update_state(targets, probabilities)
        chosen = np.take_along_axis(probabilities, targets[..., None], axis=-1)[..., 0]
        values += list(-np.log(np.clip(chosen[targets != 0], 1e-7, 1)))
    assert float(metric.result()) == pytest.approx(np.mean(values), rel=1e-5)


def test_a_translator_reports_token_metrics_that_match_a_direct_count():
    from rnnbook.corpus import load_split
    from rnnbook.seq2seq.data import bucketed_batches, build_vocabularies, prepare
    from rnnbook.seq2seq.evaluation import masked_token_accuracy
    from rnnbook.seq2seq.lstm_model import build_lstm_translator

    pairs = load_split("validation")[:200]
    source_vocab, target_vocab = build_vocabularies(pairs)
    data = prepare(pairs, source_vocab, target_vocab)
    rnnbook.reset(seed=0)
    model = build_lstm_translator(len(source_vocab), len(target_vocab), 8, 16)
    batches = bucketed_batches(data, 32, shuffle=False)  # lengths from 2 to 30 tokens
    scores = model.evaluate(batches, verbose=0, return_dict=True)
    predicted, targets = [], []
    for (source, decoder_input), target in batches:
        predicted.append(model([source, decoder_input]).numpy().argmax(-1).ravel())
        targets.append(target.numpy().ravel())
    direct = masked_token_accuracy(np.concatenate(targets), np.concatenate(predicted))
    assert scores["token_accuracy"] == pytest.approx(direct, abs=1e-6)
    assert 0 < scores["token_loss"] < 10


def test_keras_builtin_accuracy_is_not_per_token_on_bucketed_batches():
    # Why the book has its own metrics: on batches of unequal lengths, Keras' "accuracy"
    # does not pool the tokens of the epoch: it differs from the pooled per-token value.
    from rnnbook.corpus import load_split
    from rnnbook.seq2seq.data import bucketed_batches, build_vocabularies, prepare
    from rnnbook.seq2seq.lstm_model import build_lstm_translator, train_translator

    pairs = load_split("validation")[:600]
    source_vocab, target_vocab = build_vocabularies(pairs)
    data = prepare(pairs, source_vocab, target_vocab)
    rnnbook.reset(seed=0)
    model = build_lstm_translator(len(source_vocab), len(target_vocab), 16, 32, 1e-2)
    train_translator(model, data, data, batch_size=32, epochs=3)
    model.compile(loss="sparse_categorical_crossentropy", metrics=["accuracy", TokenAccuracy()])
    scores = model.evaluate(
        bucketed_batches(data, 200, shuffle=False), verbose=0, return_dict=True
    )
    assert abs(scores["accuracy"] - scores["token_accuracy"]) > 0.005, scores
