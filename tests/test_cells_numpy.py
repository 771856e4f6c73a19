"""The NumPy reference cells compute what Keras' LSTM and GRU layers compute."""

from __future__ import annotations

import numpy as np
import pytest

import rnnbook

rnnbook.init()

import keras  # noqa: E402

from rnnbook.cells.numpy_common import sigmoid  # noqa: E402
from rnnbook.cells.numpy_gru import gru_step  # noqa: E402
from rnnbook.cells.numpy_lstm import lstm_step, peephole_lstm_step  # noqa: E402
from rnnbook.cells.numpy_unroll import run_cell  # noqa: E402

X = np.random.default_rng(0).normal(size=(3, 8, 4)).astype("float32")


def randomised(layer, seed: int = 1) -> list[np.ndarray]:
    """Give every weight (biases included) random values, so every term is exercised."""
    rng = np.random.default_rng(seed)
    weights = [rng.normal(scale=0.5, size=w.shape) for w in layer.get_weights()]
    layer.set_weights(weights)
    return weights


def test_lstm_step_matches_keras():
    rnnbook.reset(0)
    layer = keras.layers.LSTM(6, return_sequences=True, name="lstm")
    layer.build((None, None, 4))
    weights = randomised(layer)
    np.testing.assert_allclose(layer(X).numpy(), run_cell(lstm_step, X, 6, *weights), atol=1e-5)


@pytest.mark.parametrize("reset_after", [True, False])
def test_gru_step_matches_keras(reset_after):
    rnnbook.reset(0)
    layer = keras.layers.GRU(6, return_sequences=True, reset_after=reset_after, name="gru")
    layer.build((None, None, 4))
    weights = randomised(layer)
    expected = run_cell(gru_step, X, 6, *weights, reset_after=reset_after)
    np.testing.assert_allclose(layer(X).numpy(), expected, atol=1e-5)


def test_the_two_gru_forms_differ():
    rng = np.random.default_rng(0)
    kernel, recurrent = rng.normal(size=(4, 9)), rng.normal(size=(3, 9))
    h = rng.normal(size=(2, 3))
    after = gru_step(X[:2, 0], h, kernel, recurrent, np.zeros((2, 9)), reset_after=True)
    before = gru_step(X[:2, 0], h, kernel, recurrent, np.zeros(9), reset_after=False)
    assert np.abs(after - before).max() > 1e-3


def test_lstm_without_forget_gate_accumulates():
    # With the input and candidate gates saturated open, c grows by one per step when f = 1.
    n = 2
    bias = np.r_[np.full(n, 50.0), np.full(n, -50.0), np.full(n, 50.0), np.zeros(n)]
    kernel, recurrent = np.zeros((1, 4 * n)), np.zeros((n, 4 * n))
    h = c = np.zeros((1, n))
    for _ in range(5):
        h, c = lstm_step(np.zeros((1, 1)), h, c, kernel, recurrent, bias, forget_gate=False)
    np.testing.assert_allclose(c, 5.0)
    _, c_forget = lstm_step(np.zeros((1, 1)), h, c, kernel, recurrent, bias)
    np.testing.assert_allclose(c_forget, 1.0, atol=1e-6)  # f ~ 0 forgets the past


def test_peephole_step_uses_old_state_for_i_and_f_and_new_state_for_o():
    n = 1
    kernel, recurrent = np.zeros((1, 4)), np.zeros((1, 4))
    bias = np.zeros(4)
    c = np.array([[2.0]])
    peepholes = np.array([[1.0], [0.0], [0.0]])  # only the input gate peeks
    _, c_new = peephole_lstm_step(np.zeros((1, 1)), np.zeros((1, n)), c, kernel, recurrent,
                                  bias, peepholes)
    # i = sigmoid(2), f = sigmoid(0), g = tanh(0) = 0: c_t = 0.5 * c_{t-1}
    np.testing.assert_allclose(c_new, 1.0)
    peepholes = np.array([[0.0], [0.0], [3.0]])  # only the output gate peeks, at c_t = 1
    h, c_new = peephole_lstm_step(np.zeros((1, 1)), np.zeros((1, n)), c, kernel, recurrent,
                                  bias, peepholes)
    np.testing.assert_allclose(h, sigmoid(np.array(3.0)) * np.tanh(1.0))


def test_bad_shapes_give_clear_errors():
    kernel, recurrent = np.zeros((1, 8)), np.zeros((2, 8))
    with pytest.raises(ValueError, match="units"):
        lstm_step(np.zeros((1, 1)), np.zeros((1, 3)), np.zeros((1, 3)), kernel, recurrent,
                  np.zeros(8))
    with pytest.raises(ValueError, match=r"\(3, 2\)"):
        peephole_lstm_step(np.zeros((1, 1)), np.zeros((1, 2)), np.zeros((1, 2)), kernel,
                           recurrent, np.zeros(8), np.zeros((2, 2)))
    with pytest.raises(ValueError, match=r"\(2, 3n\)"):
        gru_step(np.zeros((1, 1)), np.zeros((1, 2)), np.zeros((1, 6)), np.zeros((2, 6)),
                 np.zeros(6), reset_after=True)
    with pytest.raises(ValueError, match="batch, steps"):
        run_cell(lstm_step, np.zeros((2, 3)), 2, kernel, recurrent, np.zeros(8))
