"""An attention layer with additive (Bahdanau) or multiplicative (Luong) scores (Chapter 10).

For every decoder state ``s_i`` (the *query*) and every encoder output ``h_j`` (the *values*)
the layer computes an alignment score ``e_ij``, turns the scores of one decoder step into
weights with a softmax over the source positions, and returns the context vector
``c_i = sum_j a_ij h_j`` with the weights ``a_ij``:

- ``"additive"`` (Bahdanau et al., 2015): ``e_ij = v^T tanh(W s_i + U h_j)``, with learned
  ``W`` (query -> ``units``), ``U`` (values -> ``units``) and ``v`` (``units``);
- ``"general"`` (Luong et al., 2015): ``e_ij = s_i^T W_a h_j``, with learned ``W_a``;
- ``"dot"`` (Luong et al., 2015): ``e_ij = s_i^T h_j`` (no weights; sizes must match).

Padded source positions (``source_mask`` False) get exactly zero weight. All decoder steps
of a batch are scored at once, so the layer serves a training model (every step in one call)
and a one-step inference model alike. Import after ``rnnbook.init()``: it imports Keras.
"""

from __future__ import annotations

import keras
from keras import ops

from rnnbook.arguments import check_positive_int

SCORES = ("additive", "general", "dot")
# A score this low underflows to exactly 0 in the softmax's exp (float32 and float64 alike).
_MASKED_SCORE = -1e9


class Attention(keras.layers.Layer):
    """Attention of decoder states over encoder outputs: returns (context, weights).

    Call it as ``layer(query, values, source_mask=None)`` with ``query`` of shape
    (batch, target steps, query size), ``values`` of shape (batch, source steps, value size)
    and ``source_mask`` of shape (batch, source steps), True at real source tokens. It returns
    the context vectors (batch, target steps, value size) and the weights
    (batch, target steps, source steps), whose rows sum to 1.
    """

    def __init__(self, score: str = "additive", units: int | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        if score not in SCORES:
            raise ValueError(f"score must be one of {SCORES}, got {score!r}")
        if score == "additive":
            if units is None:
                raise ValueError("additive attention needs units (the size of W s + U h)")
            check_positive_int("units", units)
        elif units is not None:
            raise ValueError(f"{score!r} attention has no units; leave units=None")
        self.score, self.units = score, units

    def build(self, query_shape, values_shape, source_mask_shape=None) -> None:
        query_size, value_size = query_shape[-1], values_shape[-1]
        if query_size is None or value_size is None:
            raise ValueError("the last dimension of query and values must be known")
        if self.score == "additive":
            self.query_kernel = self.add_weight(
                shape=(query_size, self.units), initializer="glorot_uniform", name="W"
            )
            self.values_kernel = self.add_weight(
                shape=(value_size, self.units), initializer="glorot_uniform", name="U"
            )
            self.score_vector = self.add_weight(
                shape=(self.units,), initializer="glorot_uniform", name="v"
            )
        elif self.score == "general":
            self.score_kernel = self.add_weight(
                shape=(query_size, value_size), initializer="glorot_uniform", name="W_a"
            )
        elif query_size != value_size:
            raise ValueError(
                f"dot attention needs query and values of one size, got {query_size} and "
                f"{value_size}; use 'general' to learn a projection between them"
            )

    def scores(self, query, values):
        """The alignment scores e_ij, shape (batch, target steps, source steps)."""
        if self.score == "additive":
            projected_query = ops.matmul(query, self.query_kernel)  # (B, T, units)
            projected_values = ops.matmul(values, self.values_kernel)  # (B, S, units)
            # Every pair (i, j): broadcast to (B, T, S, units), then v^T tanh(...).
            both = projected_query[:, :, None, :] + projected_values[:, None, :, :]
            return ops.tensordot(ops.tanh(both), self.score_vector, axes=1)
        if self.score == "general":
            query = ops.matmul(query, self.score_kernel)  # s_i^T W_a, (B, T, value size)
        return ops.matmul(query, ops.transpose(values, (0, 2, 1)))  # (B, T, S)

    def call(self, query, values, source_mask=None):
        scores = self.scores(query, values)
        if source_mask is not None:
            keep = ops.cast(source_mask, "bool")[:, None, :]  # the same for every step i
            scores = ops.where(keep, scores, ops.cast(_MASKED_SCORE, scores.dtype))
        weights = ops.softmax(scores, axis=-1)
        context = ops.matmul(weights, values)  # sum_j a_ij h_j, (B, T, value size)
        return context, weights

    def compute_mask(self, inputs, previous_mask):
        # The context of a padded decoder step is padding too: it keeps the query's mask
        # (so the loss still skips padded steps); the weights carry no mask.
        return (previous_mask, None)

    def compute_output_shape(self, query_shape, values_shape, source_mask_shape=None):
        batch, target_steps = query_shape[0], query_shape[1]
        return (
            (batch, target_steps, values_shape[-1]),
            (batch, target_steps, values_shape[1]),
        )

    def get_config(self) -> dict:
        return {**super().get_config(), "score": self.score, "units": self.units}
