"""Task 4 self-checks: the training model's behaviour, and the training history.

The model checks look at what the model does, not at how its layers are named: they change
the English sentence, the encoder's final cell state ``c_T`` and the amount of padding, and
watch the output, the loss and the accuracy.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import numpy as np

from rnnbook.arguments import check_positive_int
from rnnbook.checks.report import fail, passed, require_filled
from rnnbook.text import END_ID, PAD_ID, START_ID

TASK = "Task 4"
# A masked model gives the same loss with and without extra padding up to float32 rounding.
_SAME = 1e-5


def _batch(source_vocab_size: int, target_vocab_size: int, seed: int = 0):
    """Three short sentence pairs with padding, ids drawn from the real words (4 and up)."""
    rng = np.random.default_rng(seed)
    lengths = [(5, 4), (3, 5), (4, 2)]
    steps_in, steps_out = 5, 6
    source = np.zeros((3, steps_in), dtype="int32")
    decoder_input = np.zeros((3, steps_out), dtype="int32")
    target = np.zeros((3, steps_out), dtype="int32")
    for i, (n_in, n_out) in enumerate(lengths):
        source[i, :n_in] = rng.integers(4, source_vocab_size, n_in)
        words = rng.integers(4, target_vocab_size, n_out)
        decoder_input[i, : n_out + 1] = [START_ID, *words]
        target[i, : n_out + 1] = [*words, END_ID]
    return source, decoder_input, target


def _pad(matrix: np.ndarray, columns: int) -> np.ndarray:
    return np.pad(matrix, ((0, 0), (0, columns)), constant_values=PAD_ID)


def _predict(model: Any, source: np.ndarray, decoder_input: np.ndarray):
    try:
        return model([source, decoder_input], training=False)
    except Exception as error:
        said = (str(error).strip().splitlines() or [""])[0][:160]
        fail(TASK, f"the model failed on English ids of shape {source.shape} and French ids "
                   f"of shape {decoder_input.shape}. Sentences come in any length: make both "
                   f"inputs keras.Input(shape=(None,), dtype='int32'). Keras said: {said}")


@contextmanager
def _perturbed_state(layer: Any, which: int, delta: float) -> Iterator[None]:
    """Add ``delta`` to one of the final states a recurrent layer returns, while inside.

    ``which`` counts from the end of what the layer returns: -1 is ``c_T`` of an LSTM with
    ``return_state=True`` (outputs, h_T, c_T), -2 is ``h_T``. The layer's class is swapped
    for a subclass for the duration, so the model runs exactly as built, but for the change.
    """
    original = layer.__class__

    class Perturbed(original):
        def call(self, *args, **kwargs):
            outputs = list(super().call(*args, **kwargs))
            outputs[which] = outputs[which] + delta
            return tuple(outputs)

    layer.__class__ = Perturbed
    try:
        yield
    finally:
        layer.__class__ = original


def _loss(model: Any, target: np.ndarray, probabilities: Any) -> float:
    return float(model.compute_loss(x=None, y=target, y_pred=probabilities))


def _accuracies(model: Any, target: np.ndarray, probabilities: Any) -> dict[str, float]:
    model.reset_metrics()
    results = model.compute_metrics(None, target, probabilities)
    model.reset_metrics()
    return {name: float(value) for name, value in results.items() if "acc" in name}


def check_model(model: Any, source_vocab_size: int, target_vocab_size: int) -> None:
    """Check a compiled Task 4 training model, ``model([english_ids, french_ids])``.

    Runs in a second or two on three made-up sentence pairs; raises
    :class:`~rnnbook.checks.SelfCheckError` with the mistake and its fix.
    """
    import keras

    check_positive_int("source_vocab_size", source_vocab_size)
    check_positive_int("target_vocab_size", target_vocab_size)
    if source_vocab_size < 6 or target_vocab_size < 6:
        raise ValueError("give the full vocabulary sizes (len(source_vocab), len(target_vocab))")
    require_filled(TASK, model=model)
    if not isinstance(model, keras.Model):
        fail(TASK, f"check_model needs the Keras training model, got {type(model).__name__}")
    if len(model.inputs) != 2:
        fail(TASK, "the training model takes two inputs, [encoder_input, decoder_input] "
                   f"(teacher forcing), but yours takes {len(model.inputs)}")
    if getattr(model, "optimizer", None) is None or not getattr(model, "compiled", False):
        fail(TASK, "compile the model first: model.compile(optimizer=keras.optimizers.Adam(...),"
                   " loss='sparse_categorical_crossentropy', metrics=[...])")
    source, decoder_input, target = _batch(source_vocab_size, target_vocab_size)
    probabilities = _predict(model, source, decoder_input)
    shape = tuple(probabilities.shape)
    if shape != (*decoder_input.shape, target_vocab_size):
        fail(TASK, f"for 3 sentences of 6 decoder steps the output has shape {shape}, expected "
                   f"(3, 6, {target_vocab_size}): one distribution over the French vocabulary "
                   "per decoder step (return_sequences=True on the decoder LSTM, Dense with "
                   "len(target_vocab) units)")
    from_logits = bool(getattr(model.loss, "from_logits", False))
    sums = np.asarray(probabilities).sum(axis=-1)
    if not from_logits and not np.allclose(sums, 1.0, atol=1e-3):
        fail(TASK, "the outputs are not probabilities (they do not sum to 1 over the "
                   "vocabulary): give the last Dense layer activation='softmax', or compile "
                   "with keras.losses.SparseCategoricalCrossentropy(from_logits=True)")
    checked = ["output: one distribution over the French vocabulary per decoder step"]

    if not isinstance(model.optimizer, keras.optimizers.Adam):
        fail(TASK, f"the task asks for the Adam optimizer, got {type(model.optimizer).__name__}"
                   ": compile with optimizer=keras.optimizers.Adam(learning_rate)")
    try:
        loss = _loss(model, target, probabilities)
    except Exception as error:
        fail(TASK, "the loss failed on integer target ids: use "
                   "loss='sparse_categorical_crossentropy' (it takes ids; "
                   f"categorical_crossentropy needs one-hot vectors). Keras said: {error}")
    if not np.isfinite(loss):
        fail(TASK, f"the loss of an untrained model is {loss}: it must be a finite number")
    checked.append("compiled with Adam and a loss that takes target ids")

    other_source = _batch(source_vocab_size, target_vocab_size, seed=1)[0]
    changed = np.abs(np.asarray(_predict(model, other_source, decoder_input)) - probabilities)
    if changed.max() < 1e-7:
        fail(TASK, "the decoder's output does not change when the English sentence changes: "
                   "the decoder LSTM is not initialised with the encoder's states. Call it with "
                   "initial_state=[state_h, state_c] from the encoder LSTM (return_state=True)")
    # The encoder's LSTM comes first in model.layers: the decoder's depends on it.
    recurrent = (keras.layers.LSTM, keras.layers.Bidirectional)
    encoder = next((layer for layer in model.layers if isinstance(layer, recurrent)), None)
    if encoder is None:
        fail(TASK, "no keras.layers.LSTM found: the task asks for an LSTM encoder and decoder")
    if isinstance(encoder, keras.layers.LSTM):
        if not encoder.return_state:
            fail(TASK, f"the encoder LSTM ({encoder.name}) must return its final states: "
                       "return_state=True gives outputs, state_h, state_c")
        for which, name, fix in ((-1, "c_T", "state_c"), (-2, "h_T", "state_h")):
            with _perturbed_state(encoder, which, 0.5):
                moved = np.asarray(_predict(model, source, decoder_input))
            if np.abs(moved - probabilities).max() < 1e-7:
                fail(TASK, f"changing the encoder's final {name} does not change the decoder's "
                           f"output, so the decoder never receives {name}. An LSTM's context is "
                           "the pair (h_T, c_T): pass initial_state=[state_h, state_c] "
                           f"(yours drops {fix})")
        checked.append("the decoder starts from the encoder's final (h_T, c_T)")
    else:
        checked.append("the decoder depends on the English sentence (bidirectional encoder: "
                       "(h_T, c_T) not probed)")

    padded = _predict(model, _pad(source, 4), decoder_input)
    if abs(_loss(model, target, padded) - loss) > _SAME * max(1.0, abs(loss)):
        fail(TASK, "adding padding to the English sentences changed the loss: the encoder "
                   "reads the padding as words. Give the encoder's Embedding mask_zero=True")
    padded = _predict(model, source, _pad(decoder_input, 4))
    if abs(_loss(model, _pad(target, 4), padded) - loss) > _SAME * max(1.0, abs(loss)):
        fail(TASK, "adding padding to the French sentences changed the loss: padded steps count "
                   "in the loss. Give the decoder's Embedding mask_zero=True (the mask then "
                   "reaches the loss)")
    checked.append("padding is masked: extra padding leaves the loss unchanged")
    before = _accuracies(model, target, probabilities)
    after = _accuracies(model, _pad(target, 4), padded)
    if not before:
        fail(TASK, "compile with an accuracy metric too (Task 7 plots it), for example "
                   "metrics=['accuracy'] or rnnbook.seq2seq.token_metrics.TokenAccuracy()")
    for name, value in before.items():
        if abs(after.get(name, value) - value) > 1e-6:
            fail(TASK, f"the metric {name!r} changes when padding is added ({value:.4f} -> "
                       f"{after[name]:.4f}): it counts padding positions; mask them")
    checked.append(f"accuracy ignores padding ({', '.join(before)})")
    passed(TASK, checked)


def check_history(history: Any, min_epochs: int = 10) -> None:
    """Check a training history (``model.fit``'s return value, or its ``.history`` dict)."""
    check_positive_int("min_epochs", min_epochs)
    require_filled(TASK, history=history)
    curves = getattr(history, "history", history)
    if not isinstance(curves, Mapping) or "loss" not in curves:
        fail(TASK, "give the History that model.fit returns (history = model.fit(...))")
    losses = [float(value) for value in curves["loss"]]
    if len(losses) < min_epochs:
        fail(TASK, f"the model trained for {len(losses)} epochs; the task asks for at least "
                   f"{min_epochs} (epochs={min_epochs} in fit)")
    if not all(np.isfinite(losses)):
        fail(TASK, "the training loss became NaN or infinite: lower the learning rate or clip "
                   "the gradients (Adam(..., clipnorm=1.0))")
    if not losses[-1] < losses[0]:
        fail(TASK, f"the training loss did not go down ({losses[0]:.3f} -> {losses[-1]:.3f}): "
                   "check the learning rate and that the targets are the shifted inputs")
    if not any(key.startswith("val_") for key in curves):
        fail(TASK, "there is no validation curve: pass validation_data to fit. Without it "
                   "Task 7 cannot see overfitting")
    passed(TASK, [f"{len(losses)} epochs; training loss {losses[0]:.3f} -> {losses[-1]:.3f}",
                  "a validation curve was recorded"])
