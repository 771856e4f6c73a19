"""The whole translation pipeline on a tiny model, in seconds: data -> train -> translate -> BLEU.

It runs the package's code for Chapter 9 (``rnnbook.seq2seq.lstm_model``), so a change that
breaks the model, its training, its inference pair or the decoder fails here, long before the
chapter's four-minute run.
"""

from __future__ import annotations

import numpy as np

import rnnbook

rnnbook.init()

from rnnbook.corpus import load_split  # noqa: E402
from rnnbook.seq2seq.data import build_vocabularies, prepare, within_target_length  # noqa: E402
from rnnbook.seq2seq.decoding import Translator  # noqa: E402
from rnnbook.seq2seq.evaluation import corpus_bleu  # noqa: E402
from rnnbook.seq2seq.lstm_model import (  # noqa: E402
    build_lstm_translator,
    lstm_inference,
    train_translator,
)
from rnnbook.text import detokenize  # noqa: E402


def test_a_tiny_translator_learns_its_training_pairs_by_heart():
    pairs = within_target_length(load_split("train")[:400], 6)[:48]
    source_vocab, target_vocab = build_vocabularies(pairs)
    data = prepare(pairs, source_vocab, target_vocab)
    rnnbook.reset(seed=0)
    model = build_lstm_translator(len(source_vocab), len(target_vocab), 32, 64, 2e-2)
    history = train_translator(model, data, data, batch_size=16, epochs=40)
    losses = history.history["loss"]
    assert losses[-1] < losses[0] / 20, losses

    inference = lstm_inference(model)
    # The one-step decoder reproduces the training model's probabilities (shared weights).
    state = inference.encode(data.input_tensor[:5])
    stepped = []
    for j in range(3):
        scores, state = inference.step(data.decoder_input[:5, j], state)
        stepped.append(scores)
    whole = model([data.input_tensor[:5], data.decoder_input[:5, :3]]).numpy()
    np.testing.assert_allclose(np.stack(stepped, axis=1), whole, atol=1e-5)

    translator = Translator(inference.encode, inference.step, source_vocab, target_vocab,
                            max_length=10)
    outputs = translator.translate_ids(data.input_tensor)
    bleu = corpus_bleu([detokenize(tokens, "fr") for tokens in outputs],
                       [pair.french for pair in pairs])
    assert bleu.score > 90, bleu
    assert "case:lc" in bleu.signature
