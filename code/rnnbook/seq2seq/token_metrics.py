"""Loss and accuracy per real target token, pooled over a whole epoch.

Keras' own loss averages each batch over its real tokens and then averages those batch means
over the epoch (weighted by the batches' numbers of sentences); its built-in ``"accuracy"``
pools the tokens of a batch but weighs each batch by something other than its number of real
tokens. With length-bucketed batches, which hold very different numbers of tokens, neither is a
per-token figure for the epoch. These metrics sum over every real token of the epoch (padding,
``PAD_ID`` in the targets, is left out) and divide once at the end.
Import after ``rnnbook.init()``: they import Keras.
"""

from __future__ import annotations

import keras
from keras import ops

from rnnbook.text import PAD_ID


class _PooledOverTokens(keras.metrics.Metric):
    """A sum over the real target tokens of an epoch, divided by their number."""

    def __init__(self, name: str, pad_id: int = PAD_ID, **kwargs) -> None:
        super().__init__(name=name, **kwargs)
        self.pad_id = pad_id
        self.total = self.add_variable(shape=(), initializer="zeros", name="total")
        self.tokens = self.add_variable(shape=(), initializer="zeros", name="tokens")

    def per_token(self, y_true, y_pred):  # pragma: no cover - defined by subclasses
        raise NotImplementedError

    def update_state(self, y_true, y_pred, sample_weight=None) -> None:
        # The padding is found from the targets themselves; Keras' mask (sample_weight) marks
        # the same positions, so sample_weight is ignored (other weights are not supported).
        y_true = ops.cast(y_true, "int32")
        real = ops.cast(ops.not_equal(y_true, self.pad_id), "float32")
        values = ops.cast(self.per_token(y_true, y_pred), "float32")
        self.total.assign_add(ops.sum(values * real))
        self.tokens.assign_add(ops.sum(real))

    def result(self):
        return ops.divide_no_nan(self.total, self.tokens)

    def reset_state(self) -> None:
        self.total.assign(0.0)
        self.tokens.assign(0.0)

    def get_config(self) -> dict:
        return {**super().get_config(), "pad_id": self.pad_id}


class TokenAccuracy(_PooledOverTokens):
    """The share of the epoch's real target tokens whose most probable prediction is right."""

    def __init__(self, name: str = "token_accuracy", **kwargs) -> None:
        super().__init__(name=name, **kwargs)

    def per_token(self, y_true, y_pred):
        predicted = ops.cast(ops.argmax(y_pred, axis=-1), "int32")
        return ops.equal(predicted, y_true)


class TokenCrossEntropy(_PooledOverTokens):
    """The mean of -log p(right token) over the epoch's real target tokens (probabilities in)."""

    def __init__(self, name: str = "token_loss", **kwargs) -> None:
        super().__init__(name=name, **kwargs)

    def per_token(self, y_true, y_pred):
        right = ops.take_along_axis(y_pred, ops.expand_dims(y_true, -1), axis=-1)[..., 0]
        # Clipped as Keras clips probabilities (so log(0) cannot occur).
        return -ops.log(ops.clip(right, 1e-7, 1.0 - 1e-7))
