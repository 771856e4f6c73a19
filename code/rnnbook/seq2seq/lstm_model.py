"""The LSTM encoder-decoder of Chapter 9 (Task 4), its training and its inference pair.

Written once: Chapter 9 shows these functions in cells tagged
``export:rnnbook.seq2seq.lstm_model`` and explains them, and ``tests/test_exports.py``
fails if a cell and this file differ. The sweep and bench tools and the tests (and the
chapters to come) call them from here. Lines stay within 88 characters, the
chapters' limit. Import this module after ``rnnbook.init()``: it imports Keras.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import keras
import numpy as np

from rnnbook.arguments import check_positive_int
from rnnbook.seq2seq.data import Seq2SeqData, bucketed_batches
from rnnbook.seq2seq.token_metrics import TokenAccuracy, TokenCrossEntropy


def build_lstm_translator(
    source_vocab_size: int,
    target_vocab_size: int,
    embedding_size: int = 64,
    units: int = 192,
    learning_rate: float | keras.optimizers.schedules.LearningRateSchedule = 5e-3,
    dropout: float = 0.0,
) -> keras.Model:
    """The training model: (English ids, French ids from <start>) -> next-word probs.

    Call ``rnnbook.reset(seed)`` first: the weights are drawn from the seeded
    generator in the order the layers are built. ``dropout`` (0 = none) drops
    decoder outputs before the softmax during training.
    """
    check_positive_int("source_vocab_size", source_vocab_size)
    check_positive_int("target_vocab_size", target_vocab_size)
    check_positive_int("embedding_size", embedding_size)
    check_positive_int("units", units)
    if not 0.0 <= dropout < 1.0:
        raise ValueError(f"dropout must be in [0, 1), got {dropout!r}")
    # --- Encoder: English ids -> embeddings -> LSTM; keep only its final states.
    encoder_inputs = keras.Input(shape=(None,), dtype="int32", name="english_ids")
    encoder_embedding = keras.layers.Embedding(
        source_vocab_size, embedding_size, mask_zero=True, name="encoder_embedding"
    )
    # go_backwards=True: the encoder reads the English sentence from its last word
    # to its first (padding is masked, so only the real words count).
    encoder_lstm = keras.layers.LSTM(
        units, return_state=True, go_backwards=True, name="encoder_lstm"
    )
    _, state_h, state_c = encoder_lstm(encoder_embedding(encoder_inputs))
    encoder_states = [state_h, state_c]  # the context: the pair (h_T, c_T)

    # --- Decoder: French ids (from <start>) -> embeddings -> LSTM started from the
    #     context -> Dense softmax over the French vocabulary at every step.
    decoder_inputs = keras.Input(shape=(None,), dtype="int32", name="french_ids")
    decoder_embedding = keras.layers.Embedding(
        target_vocab_size, embedding_size, mask_zero=True, name="decoder_embedding"
    )
    decoder_lstm = keras.layers.LSTM(
        units, return_sequences=True, return_state=True, name="decoder_lstm"
    )
    decoder_outputs, _, _ = decoder_lstm(
        decoder_embedding(decoder_inputs), initial_state=encoder_states
    )
    decoder_dense = keras.layers.Dense(
        target_vocab_size, activation="softmax", name="next_word"
    )
    if dropout:
        decoder_outputs = keras.layers.Dropout(dropout, name="dropout")(decoder_outputs)
    next_word_probabilities = decoder_dense(decoder_outputs)

    model = keras.Model(
        [encoder_inputs, decoder_inputs], next_word_probabilities, name="seq2seq"
    )
    # Sparse categorical cross-entropy takes the target ids directly (no one-hot
    # vectors); the mask that the embeddings create reaches the output, so padded
    # steps are left out of the loss. The metrics pool every real token of an epoch
    # (Keras' own loss and accuracy do not; see the text).
    model.compile(
        # clipnorm caps the gradient norm: a guard against exploding gradients.
        optimizer=keras.optimizers.Adam(learning_rate, clipnorm=1.0),
        loss="sparse_categorical_crossentropy",
        metrics=[TokenAccuracy(), TokenCrossEntropy()],
    )
    return model


def train_translator(
    model: keras.Model,
    train_data: Seq2SeqData,
    validation_data: Seq2SeqData,
    batch_size: int,
    epochs: int,
    callbacks: Sequence[keras.callbacks.Callback] = (),
    seed: int = 0,
) -> keras.callbacks.History:
    """Train on length-bucketed batches shuffled from ``seed``; validate each epoch."""
    check_positive_int("batch_size", batch_size)
    check_positive_int("epochs", epochs)
    return model.fit(
        bucketed_batches(train_data, batch_size, seed=seed),
        validation_data=bucketed_batches(validation_data, 500, shuffle=False),
        epochs=epochs,
        shuffle=False,  # bucketed_batches shuffles its batches itself
        verbose=0,
        callbacks=list(callbacks),
    )


@dataclass(frozen=True)
class LSTMInference:
    """The inference pair of a trained translator, sharing its layers and weights.

    ``encode`` and ``step`` are the two functions that greedy decoding needs.
    """

    encoder: keras.Model  # English ids -> [h_T, c_T]
    decoder_step: keras.Model  # (previous word, h, c) -> (probabilities, h, c)

    def encode(self, input_tensor: np.ndarray) -> list[np.ndarray]:
        """English ids (batch, steps) -> the decoder's first state [h_T, c_T]."""
        h, c = self.encoder(input_tensor, training=False)
        return [h.numpy(), c.numpy()]

    def step(
        self, previous_ids: np.ndarray, state: list[np.ndarray]
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """One step: previous ids (batch,), [h, c] -> probabilities, new [h, c]."""
        probabilities, h, c = self.decoder_step(
            [previous_ids[:, None], *state], training=False
        )
        return probabilities.numpy()[:, 0, :], [h.numpy(), c.numpy()]


def lstm_inference(model: keras.Model) -> LSTMInference:
    """The encoder model and the one-step decoder model of a trained translator."""
    encoder_lstm = model.get_layer("encoder_lstm")
    decoder_embedding = model.get_layer("decoder_embedding")
    decoder_lstm = model.get_layer("decoder_lstm")
    decoder_dense = model.get_layer("next_word")

    # Encoder model: English ids -> the context (h_T, c_T), cut from the trained graph.
    _, state_h, state_c = encoder_lstm.output
    encoder = keras.Model(model.inputs[0], [state_h, state_c], name="inference_encoder")

    # Decoder step model: one previous word and the state (h, c) in; probabilities
    # and the new state out. It calls the trained decoder layers on new inputs.
    previous_word = keras.Input(shape=(1,), dtype="int32", name="previous_word")
    state_inputs = [
        keras.Input(shape=(decoder_lstm.units,), name="h_in"),
        keras.Input(shape=(decoder_lstm.units,), name="c_in"),
    ]
    step_outputs, step_h, step_c = decoder_lstm(
        decoder_embedding(previous_word), initial_state=state_inputs
    )
    decoder_step = keras.Model(
        [previous_word, *state_inputs],
        [decoder_dense(step_outputs), step_h, step_c],
        name="inference_decoder_step",
    )
    return LSTMInference(encoder, decoder_step)
