"""Recurrent cells for Keras 3 that Keras does not ship: the peephole LSTM.

Import after ``rnnbook.init()``. The cell is registered for serialisation, so a model that uses
it (inside ``keras.layers.RNN``, or ``keras.layers.Bidirectional`` around that) can be saved
and loaded with ``model.save`` / ``keras.models.load_model``.
"""

from __future__ import annotations

import keras
from keras import ops


@keras.saving.register_keras_serializable(package="rnnbook")
class PeepholeLSTMCell(keras.layers.Layer):
    """An LSTM cell with peephole connections (Gers and Schmidhuber, 2000).

    The gates also look at the cell state through element-wise (diagonal) weights, with no
    extra bias: the input and forget gates see ``c_{t-1}``, the output gate sees the new ``c_t``::

        i = sigmoid(x W_i + h U_i + p_i * c_{t-1} + b_i)
        f = sigmoid(x W_f + h U_f + p_f * c_{t-1} + b_f)
        c_t = f * c_{t-1} + i * tanh(x W_g + h U_g + b_g)
        o = sigmoid(x W_o + h U_o + p_o * c_t + b_o)
        h_t = o * tanh(c_t)

    The kernel, recurrent kernel and bias are laid out as in ``keras.layers.LSTM`` (gates i, f,
    g, o along the last axis, forget bias initialised to 1 when ``unit_forget_bias``), so a
    standard LSTM's weights can be copied in; ``peepholes`` has shape (3, units) with rows
    (p_i, p_f, p_o). Use it as ``keras.layers.RNN(PeepholeLSTMCell(units))``.
    """

    def __init__(
        self,
        units: int,
        unit_forget_bias: bool = True,
        kernel_initializer="glorot_uniform",
        recurrent_initializer="orthogonal",
        peephole_initializer="glorot_uniform",
        **kwargs,
    ) -> None:
        if isinstance(units, bool) or not isinstance(units, int) or units < 1:
            raise ValueError(f"units must be a positive int, got {units!r}")
        super().__init__(**kwargs)
        self.units = units
        self.unit_forget_bias = bool(unit_forget_bias)
        self.kernel_initializer = keras.initializers.get(kernel_initializer)
        self.recurrent_initializer = keras.initializers.get(recurrent_initializer)
        self.peephole_initializer = keras.initializers.get(peephole_initializer)
        self.state_size = [units, units]  # (h, c), in the order keras.layers.LSTM uses
        self.output_size = units

    def build(self, input_shape) -> None:
        n = self.units
        self.kernel = self.add_weight(
            shape=(input_shape[-1], 4 * n), initializer=self.kernel_initializer, name="kernel"
        )
        self.recurrent_kernel = self.add_weight(
            shape=(n, 4 * n), initializer=self.recurrent_initializer, name="recurrent_kernel"
        )

        def bias_initializer(shape, dtype=None):
            forget = ops.ones((n,), dtype) if self.unit_forget_bias else ops.zeros((n,), dtype)
            zeros = ops.zeros((n,), dtype)
            return ops.concatenate([zeros, forget, zeros, zeros])

        self.bias = self.add_weight(shape=(4 * n,), initializer=bias_initializer, name="bias")
        self.peepholes = self.add_weight(
            shape=(3, n), initializer=self.peephole_initializer, name="peepholes"
        )

    def call(self, inputs, states, training=False):
        h, c = states[0], states[1]
        z = ops.matmul(inputs, self.kernel) + ops.matmul(h, self.recurrent_kernel) + self.bias
        z_i, z_f, z_g, z_o = ops.split(z, 4, axis=-1)
        i = ops.sigmoid(z_i + self.peepholes[0] * c)
        f = ops.sigmoid(z_f + self.peepholes[1] * c)
        c_new = f * c + i * ops.tanh(z_g)
        o = ops.sigmoid(z_o + self.peepholes[2] * c_new)
        h_new = o * ops.tanh(c_new)
        return h_new, [h_new, c_new]

    def get_config(self) -> dict:
        config = super().get_config()
        config.update(
            units=self.units,
            unit_forget_bias=self.unit_forget_bias,
            kernel_initializer=keras.initializers.serialize(self.kernel_initializer),
            recurrent_initializer=keras.initializers.serialize(self.recurrent_initializer),
            peephole_initializer=keras.initializers.serialize(self.peephole_initializer),
        )
        return config
