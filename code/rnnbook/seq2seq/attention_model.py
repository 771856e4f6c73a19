"""The attention encoder-decoder of Chapter 10: builder, training and inference pair.

Encoder: Embedding -> bidirectional LSTM returning every step's output ``h_j`` (the forward
and backward states side by side). Decoder: Embedding -> LSTM (started from the encoder's
final states) -> attention over the ``h_j`` with the LSTM's output ``s_i`` as the query ->
``tanh(W_c [s_i; c_i])`` -> Dense softmax. The context enters *after* the recurrent step and
is not fed back into the next step (no input feeding, Luong et al., 2015): the LSTM then never
waits for the attention, so the training model runs the LSTM over all steps and attends for
all steps at once, in a few large matrix products. Chapter 10 shows this code and explains it.
Import after ``rnnbook.init()``: it imports Keras.
"""

from __future__ import annotations

from dataclasses import dataclass

import keras
import numpy as np
from keras import ops

from rnnbook.arguments import check_positive_int
from rnnbook.seq2seq.attention import SCORES, Attention
from rnnbook.seq2seq.token_metrics import TokenAccuracy, TokenCrossEntropy
from rnnbook.text import PAD_ID


def build_attention_translator(
    source_vocab_size: int,
    target_vocab_size: int,
    embedding_size: int = 64,
    units: int = 128,
    score: str = "general",
    attention_units: int | None = None,
    learning_rate: float = 5e-3,
) -> keras.Model:
    """The training model: (English ids, French ids from <start>) -> next-word probs.

    ``units`` is the decoder's size; each direction of the encoder has ``units // 2``
    (even ``units`` only), so the encoder's outputs and final states have ``units`` values.
    ``score`` is ``"additive"`` (with ``attention_units``), ``"general"`` or ``"dot"``.
    Call ``rnnbook.reset(seed)`` first.
    """
    check_positive_int("source_vocab_size", source_vocab_size)
    check_positive_int("target_vocab_size", target_vocab_size)
    check_positive_int("embedding_size", embedding_size)
    check_positive_int("units", units)
    if units % 2:
        raise ValueError(f"units must be even (half per encoder direction), got {units}")
    if score not in SCORES:
        raise ValueError(f"score must be one of {SCORES}, got {score!r}")
    # --- Encoder: every step's output h_j = [forward h_j; backward h_j].
    english = keras.Input(shape=(None,), dtype="int32", name="english_ids")
    source_mask = ops.not_equal(english, PAD_ID)  # True at real English words
    encoder_embedding = keras.layers.Embedding(
        source_vocab_size, embedding_size, mask_zero=True, name="encoder_embedding"
    )
    encoder = keras.layers.Bidirectional(
        keras.layers.LSTM(units // 2, return_sequences=True, return_state=True),
        name="encoder_bilstm",
    )
    encoder_outputs, forward_h, forward_c, backward_h, backward_c = encoder(
        encoder_embedding(english)
    )
    # The decoder starts from both directions' final states, side by side.
    first_state = [
        keras.layers.Concatenate(name="first_h")([forward_h, backward_h]),
        keras.layers.Concatenate(name="first_c")([forward_c, backward_c]),
    ]

    # --- Decoder: s_i from the LSTM, then attention, then the attentional state.
    french = keras.Input(shape=(None,), dtype="int32", name="french_ids")
    decoder_embedding = keras.layers.Embedding(
        target_vocab_size, embedding_size, mask_zero=True, name="decoder_embedding"
    )
    decoder_lstm = keras.layers.LSTM(
        units, return_sequences=True, return_state=True, name="decoder_lstm"
    )
    states, _, _ = decoder_lstm(decoder_embedding(french), initial_state=first_state)
    attention = Attention(score, attention_units, name="attention")
    context, _ = attention(states, encoder_outputs, source_mask=source_mask)
    both = keras.layers.Concatenate(name="state_and_context")([states, context])
    attentional = keras.layers.Dense(units, activation="tanh", name="attentional")(both)
    probabilities = keras.layers.Dense(
        target_vocab_size, activation="softmax", name="next_word"
    )(attentional)

    model = keras.Model([english, french], probabilities, name="attention_seq2seq")
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate, clipnorm=1.0),
        # ignore_class: padded target positions are left out of the loss.
        loss=keras.losses.SparseCategoricalCrossentropy(ignore_class=PAD_ID),
        metrics=[TokenAccuracy(), TokenCrossEntropy()],
    )
    return model


@dataclass(frozen=True)
class AttentionInference:
    """The inference pair of a trained attention translator, sharing its layers.

    ``encode`` and ``step`` are the functions that greedy decoding needs; ``step`` also
    returns the attention weights of the step, shape (batch, source steps).
    """

    encoder: keras.Model  # English ids -> [outputs h_j, first h, first c]
    decoder_step: keras.Model  # (word, h, c, outputs, mask) -> (probs, h, c, weights)

    def encode(self, input_tensor: np.ndarray) -> list[np.ndarray]:
        """English ids (batch, steps) -> the state [h, c, encoder outputs, source mask]."""
        input_tensor = np.asarray(input_tensor)
        if input_tensor.ndim != 2:
            raise ValueError(
                f"input_tensor must be 2-D (sentences, steps), got {input_tensor.shape}"
            )
        outputs, h, c = self.encoder(input_tensor, training=False)
        mask = input_tensor != PAD_ID
        return [h.numpy(), c.numpy(), outputs.numpy(), mask]

    def step(
        self, previous_ids: np.ndarray, state: list[np.ndarray]
    ) -> tuple[np.ndarray, list[np.ndarray], np.ndarray]:
        """One step: previous ids (batch,) and the state -> probabilities, state, weights."""
        h, c, outputs, mask = state
        probabilities, h, c, weights = self.decoder_step(
            [previous_ids[:, None], h, c, outputs, mask], training=False
        )
        new_state = [h.numpy(), c.numpy(), outputs, mask]
        return probabilities.numpy()[:, 0, :], new_state, weights.numpy()[:, 0, :]


def attention_inference(model: keras.Model) -> AttentionInference:
    """The encoder model and the one-step decoder model of a trained attention translator."""
    encoder = model.get_layer("encoder_bilstm")
    decoder_embedding = model.get_layer("decoder_embedding")
    decoder_lstm = model.get_layer("decoder_lstm")
    attention = model.get_layer("attention")
    state_and_context = model.get_layer("state_and_context")
    attentional = model.get_layer("attentional")
    next_word = model.get_layer("next_word")

    outputs = encoder.output[0]
    first_h = model.get_layer("first_h").output
    first_c = model.get_layer("first_c").output
    encoder_model = keras.Model(
        model.inputs[0], [outputs, first_h, first_c], name="inference_encoder"
    )

    units = decoder_lstm.units
    previous_word = keras.Input(shape=(1,), dtype="int32", name="previous_word")
    h_in = keras.Input(shape=(units,), name="h_in")
    c_in = keras.Input(shape=(units,), name="c_in")
    outputs_in = keras.Input(shape=(None, outputs.shape[-1]), name="encoder_outputs")
    mask_in = keras.Input(shape=(None,), dtype="bool", name="source_mask")
    state, h, c = decoder_lstm(decoder_embedding(previous_word), initial_state=[h_in, c_in])
    context, weights = attention(state, outputs_in, source_mask=mask_in)
    probabilities = next_word(attentional(state_and_context([state, context])))
    decoder_step = keras.Model(
        [previous_word, h_in, c_in, outputs_in, mask_in],
        [probabilities, h, c, weights],
        name="inference_decoder_step",
    )
    return AttentionInference(encoder_model, decoder_step)
