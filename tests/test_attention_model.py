"""The attention translator: its inference pair reproduces the training model step by step,
its weights skip padding, and greedy decoding returns them (small untrained models)."""

from __future__ import annotations

import numpy as np
import pytest

import rnnbook

rnnbook.init(seed=0)

from rnnbook.seq2seq.attention_model import (  # noqa: E402
    attention_inference,
    build_attention_translator,
)
from rnnbook.seq2seq.decoding import Translator  # noqa: E402
from rnnbook.text import END_ID, START_ID, Vocabulary  # noqa: E402

SOURCE_VOCAB, TARGET_VOCAB = 12, 15
ENGLISH = np.array([[5, 6, 7, 8], [9, 4, 0, 0]], dtype="int32")
FRENCH = np.array([[START_ID, 5, 6, 7], [START_ID, 8, 0, 0]], dtype="int32")


@pytest.fixture(scope="module", params=["additive", "general"])
def model(request):
    rnnbook.reset(seed=0)
    units = 8 if request.param == "additive" else None
    return build_attention_translator(SOURCE_VOCAB, TARGET_VOCAB, 6, 10, request.param, units)


def test_step_model_reproduces_the_training_model(model):
    inference = attention_inference(model)
    state = inference.encode(ENGLISH)
    by_step = []
    for j in range(FRENCH.shape[1]):
        probabilities, state, weights = inference.step(FRENCH[:, j], state)
        by_step.append(probabilities)
        np.testing.assert_allclose(weights.sum(axis=1), 1.0, atol=1e-6)
        assert np.all(weights[1, 2:] == 0.0), "padded English positions get no weight"
    whole = model([ENGLISH, FRENCH], training=False).numpy()
    # The second sentence's padded French steps are not compared (they are masked).
    np.testing.assert_allclose(np.stack(by_step, axis=1)[0], whole[0], atol=1e-5)
    np.testing.assert_allclose(np.stack(by_step, axis=1)[1, :2], whole[1, :2], atol=1e-5)


def test_training_lowers_the_loss_and_skips_padding(model):
    target = np.array([[5, 6, 7, END_ID], [8, END_ID, 0, 0]], dtype="int32")
    first = model.evaluate([ENGLISH, FRENCH], target, verbose=0)[0]
    changed = target.copy()
    changed[1, 2:] = 3  # padded target positions: a different "answer" changes nothing
    assert model.evaluate([ENGLISH, FRENCH], changed, verbose=0)[0] == pytest.approx(first)


def test_translator_returns_tokens_and_weights(model):
    vocab_en = Vocabulary.build([[f"w{i}" for i in range(SOURCE_VOCAB - 4)]])
    vocab_fr = Vocabulary.build([[f"m{i}" for i in range(TARGET_VOCAB - 4)]])
    inference = attention_inference(model)
    translator = Translator(
        inference.encode, inference.step, vocab_en, vocab_fr, max_length=5, attention=True
    )
    sentences = [["w1", "w2", "w3"], ["w4"]]
    results = translator.translate_with_attention(sentences)
    plain = translator.translate_tokens(sentences)
    for (tokens, weights), source, same in zip(results, sentences, plain, strict=True):
        assert [t for t in tokens if t != "<end>"] == same
        assert weights.shape == (len(tokens), len(source))
        np.testing.assert_allclose(weights.sum(axis=1), 1.0, atol=1e-6)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"units": 9}, "even"), ({"score": "cosine"}, "score"), ({"embedding_size": 0}, "embed")],
)
def test_builder_refuses_bad_settings(kwargs, message):
    with pytest.raises(ValueError, match=message):
        build_attention_translator(SOURCE_VOCAB, TARGET_VOCAB, **kwargs)


def test_encode_refuses_a_flat_array(model):
    with pytest.raises(ValueError, match="2-D"):
        attention_inference(model).encode(np.array([5, 6, 7]))
