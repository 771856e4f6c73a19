"""The gradient-versus-distance tool measures what the chain rule predicts."""

from __future__ import annotations

import numpy as np
import pytest

import rnnbook

rnnbook.init()

import keras  # noqa: E402

from rnnbook.diagnostics.gradients import growth_per_step, input_gradient_norms  # noqa: E402


def linear_rnn(scale: float) -> keras.layers.SimpleRNN:
    """A one-unit linear RNN h_t = x_t + scale * h_{t-1}: dh_T/dx_t = scale**(T-t)."""
    layer = keras.layers.SimpleRNN(1, activation=None, use_bias=False, name="linear")
    layer.build((None, None, 1))
    layer.set_weights([np.ones((1, 1)), np.full((1, 1), scale)])
    return layer


@pytest.mark.parametrize("scale", [0.5, 1.0, 1.5])
def test_norms_follow_the_chain_rule_of_a_linear_rnn(scale):
    rnnbook.reset(0)
    norms = input_gradient_norms(linear_rnn(scale), np.zeros((2, 10, 1)))
    assert norms.shape == (10,)
    np.testing.assert_allclose(norms, scale ** np.arange(10), rtol=1e-5)
    assert growth_per_step(norms) == pytest.approx(scale, rel=1e-5)


def test_growth_per_step_skips_early_distances_and_zero_norms():
    norms = np.array([5.0, 1.0, 0.5, 0.25, 0.0, 0.0625])
    assert growth_per_step(norms, skip=1) == pytest.approx(0.5)


def test_works_with_return_state_layers():
    rnnbook.reset(0)
    layer = keras.layers.LSTM(4, return_state=True, name="lstm")
    norms = input_gradient_norms(layer, np.random.default_rng(0).normal(size=(3, 6, 2)))
    assert norms.shape == (6,) and np.all(norms > 0)


def test_bad_arguments_give_clear_errors():
    with pytest.raises(ValueError, match=r"\(batch, steps, features\)"):
        input_gradient_norms(linear_rnn(1.0), np.zeros((10, 1)))
    with pytest.raises(ValueError, match="at least two"):
        growth_per_step(np.zeros(5))
    with pytest.raises(ValueError, match="one-dimensional"):
        growth_per_step(np.ones((2, 2)))
