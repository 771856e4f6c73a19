"""Self-checks of Tasks 4 and 5 on tiny Keras models (no training): the book's model and its
inference pair pass, and each planted mistake is caught with the message meant for it."""

from __future__ import annotations

import numpy as np
import pytest

import rnnbook

rnnbook.init()

import keras  # noqa: E402

from rnnbook.checks import (  # noqa: E402
    SelfCheckError,
    check_history,
    check_inference_models,
    check_model,
)
from rnnbook.seq2seq.data import build_vocabularies, prepare  # noqa: E402
from rnnbook.seq2seq.lstm_model import build_lstm_translator, lstm_inference  # noqa: E402

SOURCE_VOCAB, TARGET_VOCAB = 11, 13


def planted_model(
    states: str = "both",
    source_mask: bool = True,
    target_mask: bool = True,
    loss: str = "sparse_categorical_crossentropy",
    optimizer: str = "adam",
    softmax: bool = True,
) -> keras.Model:
    """A Task 4 model written as a student would, with one mistake switched on."""
    rnnbook.reset(seed=0)
    english = keras.Input(shape=(None,), dtype="int32")
    french = keras.Input(shape=(None,), dtype="int32")
    embedded = keras.layers.Embedding(SOURCE_VOCAB, 4, mask_zero=source_mask)(english)
    _, state_h, state_c = keras.layers.LSTM(8, return_state=True)(embedded)
    initial = {
        "both": [state_h, state_c],
        "h only": [state_h, state_h],
        "none": [keras.ops.zeros_like(state_h), keras.ops.zeros_like(state_c)],
    }[states]
    decoded = keras.layers.Embedding(TARGET_VOCAB, 4, mask_zero=target_mask)(french)
    outputs = keras.layers.LSTM(8, return_sequences=True)(decoded, initial_state=initial)
    activation = "softmax" if softmax else None
    probabilities = keras.layers.Dense(TARGET_VOCAB, activation=activation)(outputs)
    model = keras.Model([english, french], probabilities)
    model.compile(optimizer=optimizer, loss=loss, metrics=["accuracy"])
    return model


def book_model() -> keras.Model:
    rnnbook.reset(seed=0)
    return build_lstm_translator(SOURCE_VOCAB, TARGET_VOCAB, embedding_size=4, units=8)


def test_the_books_model_passes(capsys):
    check_model(book_model(), SOURCE_VOCAB, TARGET_VOCAB)
    out = capsys.readouterr().out
    assert "Task 4 self-check passed" in out and "(h_T, c_T)" in out


def test_a_correct_student_model_passes(capsys):
    check_model(planted_model(), SOURCE_VOCAB, TARGET_VOCAB)
    assert "accuracy ignores padding (accuracy)" in capsys.readouterr().out


def test_an_encoder_that_passes_only_h_is_caught():
    with pytest.raises(SelfCheckError, match="never receives c_T.*yours drops state_c"):
        check_model(planted_model(states="h only"), SOURCE_VOCAB, TARGET_VOCAB)


def test_a_decoder_not_started_from_the_encoder_is_caught():
    with pytest.raises(SelfCheckError, match="not initialised with the encoder's states"):
        check_model(planted_model(states="none"), SOURCE_VOCAB, TARGET_VOCAB)


def test_unmasked_padding_is_caught_on_each_side():
    with pytest.raises(SelfCheckError, match="English sentences changed the loss"):
        check_model(planted_model(source_mask=False), SOURCE_VOCAB, TARGET_VOCAB)
    with pytest.raises(SelfCheckError, match="French sentences changed the loss"):
        check_model(planted_model(target_mask=False), SOURCE_VOCAB, TARGET_VOCAB)


def test_wrong_loss_output_and_optimizer_are_caught():
    with pytest.raises(SelfCheckError, match="use loss='sparse_categorical_crossentropy'"):
        check_model(planted_model(loss="categorical_crossentropy"), SOURCE_VOCAB, TARGET_VOCAB)
    with pytest.raises(SelfCheckError, match="activation='softmax'"):
        check_model(planted_model(softmax=False), SOURCE_VOCAB, TARGET_VOCAB)
    with pytest.raises(SelfCheckError, match="the task asks for the Adam optimizer, got SGD"):
        check_model(planted_model(optimizer="sgd"), SOURCE_VOCAB, TARGET_VOCAB)


def test_a_model_with_fixed_lengths_is_caught():
    rnnbook.reset(seed=0)
    english = keras.Input(shape=(7,), dtype="int32")
    french = keras.Input(shape=(7,), dtype="int32")
    _, h, c = keras.layers.LSTM(4, return_state=True)(
        keras.layers.Embedding(SOURCE_VOCAB, 4, mask_zero=True)(english)
    )
    decoded = keras.layers.Embedding(TARGET_VOCAB, 4, mask_zero=True)(french)
    outputs = keras.layers.LSTM(4, return_sequences=True)(decoded, initial_state=[h, c])
    model = keras.Model(
        [english, french], keras.layers.Dense(TARGET_VOCAB, activation="softmax")(outputs)
    )
    model.compile("adam", "sparse_categorical_crossentropy")
    with pytest.raises(SelfCheckError, match=r"make both inputs keras.Input\(shape=\(None,\)"):
        check_model(model, SOURCE_VOCAB, TARGET_VOCAB)


def test_an_uncompiled_model_and_bad_arguments_are_reported():
    rnnbook.reset(seed=0)
    english = keras.Input(shape=(None,), dtype="int32")
    french = keras.Input(shape=(None,), dtype="int32")
    model = keras.Model([english, french], keras.layers.Embedding(TARGET_VOCAB, 2)(french))
    with pytest.raises(SelfCheckError, match="compile the model first"):
        check_model(model, SOURCE_VOCAB, TARGET_VOCAB)
    with pytest.raises(ValueError, match="source_vocab_size must be a positive int"):
        check_model(model, 0, TARGET_VOCAB)


def test_the_history_check():
    good = {"loss": list(np.linspace(3, 1, 10)), "val_loss": list(np.linspace(3, 2, 10))}
    check_history(good)
    with pytest.raises(SelfCheckError, match="trained for 3 epochs; the task asks for at least 10"):
        check_history({key: values[:3] for key, values in good.items()})
    with pytest.raises(SelfCheckError, match="there is no validation curve"):
        check_history({"loss": good["loss"]})
    with pytest.raises(SelfCheckError, match="did not go down"):
        check_history({"loss": good["loss"][::-1], "val_loss": good["val_loss"]})


# --- The inference pair (Task 5) ---

PAIRS = [("The cat sleeps.", "Le chat dort."), ("I eat the small apple.", "Je mange la pomme.")]


@pytest.fixture(scope="module")
def data():
    return prepare(PAIRS, *build_vocabularies(PAIRS))


def test_the_books_inference_pair_passes(data, capsys):
    model = build_lstm_translator(len(data.source_vocab), len(data.target_vocab), 4, 8)
    inference = lstm_inference(model)
    check_inference_models(
        model, inference.encode, inference.step, data.input_tensor, data.decoder_input
    )
    assert "training model's probabilities" in capsys.readouterr().out


def student_step_model(model: keras.Model, reuse_layers: bool, c_input: bool):
    """The decoder step a student builds, with fresh layers or without its c input."""
    embedding, lstm, dense = (
        model.get_layer(name) for name in ("decoder_embedding", "decoder_lstm", "next_word")
    )
    if not reuse_layers:
        embedding = keras.layers.Embedding(embedding.input_dim, embedding.output_dim)
        lstm = keras.layers.LSTM(lstm.units, return_sequences=True, return_state=True)
        dense = keras.layers.Dense(dense.units, activation="softmax")
    previous = keras.Input(shape=(1,), dtype="int32")
    h_in, c_in = keras.Input(shape=(8,)), keras.Input(shape=(8,))
    outputs, h, c = lstm(embedding(previous), initial_state=[h_in, c_in if c_input else h_in])
    step_model = keras.Model([previous, h_in, c_in], [dense(outputs), h, c])

    def step(previous_ids, state):
        probabilities, h, c = step_model([previous_ids[:, None], *state])
        return np.asarray(probabilities)[:, 0], [np.asarray(h), np.asarray(c)]

    return step


@pytest.mark.parametrize(
    ("reuse_layers", "c_input", "message"),
    [
        (False, True, "build them from the trained layers"),
        (True, False, "the decoder step ignores the cell state c"),
    ],
)
def test_broken_inference_pairs_are_caught(data, reuse_layers, c_input, message):
    rnnbook.reset(seed=0)
    model = build_lstm_translator(len(data.source_vocab), len(data.target_vocab), 4, 8)
    encode = lstm_inference(model).encode
    step = student_step_model(model, reuse_layers, c_input)
    with pytest.raises(SelfCheckError, match=message):
        check_inference_models(model, encode, step, data.input_tensor, data.decoder_input)


def test_the_submission_readme(tmp_path):
    from rnnbook.checks import submission_readme, write_submission_readme
    from rnnbook.seq2seq.evaluation import corpus_bleu

    samples = [(f"English {i}.", f"Sortie {i}.", f"Référence {i}.") for i in range(1, 6)]
    bleu = corpus_bleu([s[1] for s in samples], [s[2] for s in samples])
    text = submission_readme(book_model(), samples, bleu)
    assert "Encoder: Embedding -> LSTM; Decoder: Embedding -> LSTM -> Dense." in text
    assert "| encoder_lstm | LSTM | 8 units |" in text
    assert "| next_word | Dense | 13 units, softmax |" in text
    assert "5. EN: English 5." in text and "   REF: Référence 5." in text
    assert bleu.signature in text and f"{bleu.score:.1f}" in text
    path = write_submission_readme(tmp_path / "out" / "README.md", book_model(), samples,
                                   (12.34, "sig"))
    assert "12.3 (sacreBLEU `sig`)" in path.read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="five"):
        submission_readme(book_model(), samples[:4], bleu)
