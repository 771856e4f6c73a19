"""The peephole LSTM cell computes its equations, works in RNN and Bidirectional, and saves."""

from __future__ import annotations

import numpy as np
import pytest

import rnnbook

rnnbook.init()

import keras  # noqa: E402

from rnnbook.cells.keras_peephole import PeepholeLSTMCell  # noqa: E402
from rnnbook.cells.numpy_lstm import lstm_step, peephole_lstm_step  # noqa: E402
from rnnbook.cells.numpy_unroll import run_cell  # noqa: E402


def peephole_layer(units: int = 5, **kwargs) -> keras.layers.RNN:
    layer = keras.layers.RNN(PeepholeLSTMCell(units, name="cell"), name="peephole", **kwargs)
    layer.build((None, None, 3))
    return layer


def test_matches_the_numpy_reference():
    rnnbook.reset(0)
    layer = peephole_layer(return_sequences=True)
    kernel, recurrent, bias, peepholes = (w.numpy() for w in layer.weights)
    assert peepholes.shape == (3, 5) and np.abs(peepholes).max() > 0
    bias = np.random.default_rng(1).normal(size=bias.shape)  # exercise every bias term
    layer.set_weights([kernel, recurrent, bias, peepholes])
    x = np.random.default_rng(0).normal(size=(4, 7, 3)).astype("float32")
    expected = run_cell(peephole_lstm_step, x, 5, kernel, recurrent, bias, peepholes)
    np.testing.assert_allclose(layer(x).numpy(), expected, atol=1e-5)


def test_zero_peepholes_give_the_standard_keras_lstm():
    rnnbook.reset(0)
    lstm = keras.layers.LSTM(5, return_sequences=True, name="lstm")
    lstm.build((None, None, 3))
    layer = peephole_layer(return_sequences=True)
    layer.set_weights(lstm.get_weights() + [np.zeros((3, 5))])
    x = np.random.default_rng(0).normal(size=(2, 6, 3)).astype("float32")
    np.testing.assert_allclose(layer(x).numpy(), lstm(x).numpy(), atol=1e-5)
    expected = run_cell(lstm_step, x, 5, *lstm.get_weights())
    np.testing.assert_allclose(lstm(x).numpy(), expected, atol=1e-5)


def test_forget_bias_starts_at_one_and_states_are_returned():
    rnnbook.reset(0)
    layer = peephole_layer(return_state=True)
    bias = layer.get_weights()[2]
    np.testing.assert_array_equal(bias, np.r_[np.zeros(5), np.ones(5), np.zeros(10)])
    output, h, c = layer(np.ones((2, 4, 3), dtype="float32"))
    np.testing.assert_allclose(output.numpy(), h.numpy())
    assert c.shape == (2, 5)


def test_save_and_load_round_trip_inside_bidirectional(tmp_path):
    rnnbook.reset(0)
    model = keras.Sequential(
        [
            keras.Input((6, 3)),
            keras.layers.Bidirectional(
                keras.layers.RNN(PeepholeLSTMCell(4, name="cell"), name="peephole"), name="bi"
            ),
            keras.layers.Dense(1, name="out"),
        ]
    )
    x = np.random.default_rng(0).normal(size=(2, 6, 3)).astype("float32")
    before = model.predict(x, verbose=0)
    path = tmp_path / "peephole.keras"
    model.save(path)
    loaded = keras.models.load_model(path)
    np.testing.assert_allclose(loaded.predict(x, verbose=0), before, atol=1e-6)
    cell = loaded.get_layer("bi").forward_layer.cell
    assert isinstance(cell, PeepholeLSTMCell) and cell.units == 4


def test_config_round_trip_and_bad_units():
    cell = PeepholeLSTMCell(3, unit_forget_bias=False, peephole_initializer="zeros")
    clone = PeepholeLSTMCell.from_config(cell.get_config())
    assert clone.units == 3 and clone.unit_forget_bias is False
    with pytest.raises(ValueError, match="positive int"):
        PeepholeLSTMCell(0)
