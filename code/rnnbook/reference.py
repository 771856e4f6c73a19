"""NumPy reference steps of the gated cells, written to match Keras' layers exactly.

Each function computes one time step for a batch, from the weights as Keras stores them, so a
chapter can copy a trained layer's weights and check that the equations in the text are what
Keras computes. Keras concatenates the gates' weights along the last axis:

- ``keras.layers.LSTM``: kernel (inputs, 4n), recurrent kernel (n, 4n), bias (4n,), gates in
  the order input i, forget f, candidate g (Keras calls it c), output o; one bias per gate.
- ``keras.layers.GRU``: kernel (inputs, 3n), recurrent kernel (n, 3n), gates in the order update
  z, reset r, candidate; bias (3n,) when ``reset_after=False``, (2, 3n) when ``reset_after=True``
  (row 0 for the input part, row 1 for the recurrent part).
"""

from __future__ import annotations

import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    """The logistic function 1 / (1 + exp(-x)), Keras' default recurrent activation."""
    return 0.5 * (1.0 + np.tanh(0.5 * x))  # the same function, without overflow warnings


def _split(matrix: np.ndarray, parts: int, name: str) -> list[np.ndarray]:
    if matrix.shape[-1] % parts:
        raise ValueError(f"{name} has last dimension {matrix.shape[-1]}, not a multiple of {parts}")
    return np.split(matrix, parts, axis=-1)


def _check_state(h: np.ndarray, recurrent_kernel: np.ndarray, gates: int) -> None:
    units = recurrent_kernel.shape[0]
    if recurrent_kernel.shape != (units, gates * units):
        raise ValueError(
            f"recurrent_kernel must have shape (units, {gates} * units), "
            f"got {recurrent_kernel.shape}"
        )
    if h.shape[-1] != units:
        raise ValueError(f"the state has {h.shape[-1]} units but the weights have {units}")


def lstm_step(
    x: np.ndarray,
    h: np.ndarray,
    c: np.ndarray,
    kernel: np.ndarray,
    recurrent_kernel: np.ndarray,
    bias: np.ndarray,
    forget_gate: bool = True,
) -> tuple[np.ndarray, np.ndarray]:
    """One step of ``keras.layers.LSTM`` (tanh and sigmoid): returns ``(h_t, c_t)``.

    ``forget_gate=False`` gives the original 1997 cell, whose forget gate is fixed at 1 (the
    cell state only accumulates); the forget weights are then ignored.
    """
    x, h, c = (np.asarray(a, dtype=np.float64) for a in (x, h, c))
    _check_state(h, recurrent_kernel, 4)
    z = x @ kernel + h @ recurrent_kernel + bias
    zi, zf, zg, zo = _split(z, 4, "the LSTM's weights")
    i, o = sigmoid(zi), sigmoid(zo)
    f = sigmoid(zf) if forget_gate else np.ones_like(zf)
    g = np.tanh(zg)
    c_new = f * c + i * g
    return o * np.tanh(c_new), c_new


def peephole_lstm_step(
    x: np.ndarray,
    h: np.ndarray,
    c: np.ndarray,
    kernel: np.ndarray,
    recurrent_kernel: np.ndarray,
    bias: np.ndarray,
    peepholes: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """One step of the peephole LSTM (Gers and Schmidhuber, 2000): returns ``(h_t, c_t)``.

    Weights as in :func:`lstm_step`, plus ``peepholes`` of shape (3, n): element-wise weights
    from the cell state to the input gate (row 0, sees c_{t-1}), the forget gate (row 1, sees
    c_{t-1}) and the output gate (row 2, sees the new c_t). Peepholes add no bias.
    """
    x, h, c = (np.asarray(a, dtype=np.float64) for a in (x, h, c))
    _check_state(h, recurrent_kernel, 4)
    units = recurrent_kernel.shape[0]
    if peepholes.shape != (3, units):
        raise ValueError(f"peepholes must have shape (3, {units}), got {peepholes.shape}")
    p_i, p_f, p_o = peepholes
    z = x @ kernel + h @ recurrent_kernel + bias
    zi, zf, zg, zo = _split(z, 4, "the LSTM's weights")
    i = sigmoid(zi + p_i * c)
    f = sigmoid(zf + p_f * c)
    c_new = f * c + i * np.tanh(zg)
    o = sigmoid(zo + p_o * c_new)
    return o * np.tanh(c_new), c_new


def gru_step(
    x: np.ndarray,
    h: np.ndarray,
    kernel: np.ndarray,
    recurrent_kernel: np.ndarray,
    bias: np.ndarray,
    reset_after: bool = True,
) -> np.ndarray:
    """One step of ``keras.layers.GRU`` (tanh and sigmoid): returns ``h_t``.

    Keras' convention: ``h_t = z * h_{t-1} + (1 - z) * candidate``, so the update gate z is the
    fraction of the old state kept. With ``reset_after=True`` (Keras' default, the cuDNN form)
    the reset gate multiplies the recurrent term after the matrix product,
    ``r * (h_{t-1} U + b_rec)``; with ``False`` (Cho et al., 2014) it multiplies the state
    before it, ``(r * h_{t-1}) U``.
    """
    x, h = (np.asarray(a, dtype=np.float64) for a in (x, h))
    _check_state(h, recurrent_kernel, 3)
    bias = np.asarray(bias, dtype=np.float64)
    if reset_after:
        if bias.ndim != 2 or bias.shape[0] != 2:
            raise ValueError(f"with reset_after=True the bias has shape (2, 3n), got {bias.shape}")
        input_bias, recurrent_bias = bias
    else:
        if bias.ndim != 1:
            raise ValueError(f"with reset_after=False the bias has shape (3n,), got {bias.shape}")
        input_bias, recurrent_bias = bias, np.zeros_like(bias)
    x_z, x_r, x_h = _split(x @ kernel + input_bias, 3, "the GRU's weights")
    u_z, u_r, u_h = _split(recurrent_kernel, 3, "the GRU's recurrent kernel")
    b_z, b_r, b_h = _split(recurrent_bias, 3, "the GRU's bias")
    z = sigmoid(x_z + h @ u_z + b_z)
    r = sigmoid(x_r + h @ u_r + b_r)
    # reset_after: r scales the recurrent product; otherwise it scales the state before it.
    recurrent = r * (h @ u_h + b_h) if reset_after else (r * h) @ u_h
    candidate = np.tanh(x_h + recurrent)
    return z * h + (1.0 - z) * candidate


def run_cell(step, inputs: np.ndarray, units: int, *weights, **options) -> np.ndarray:
    """Run a reference step over sequences (batch, steps, features) from zero states.

    Returns the hidden states of every step, shape (batch, steps, units). ``step`` is one of
    :func:`lstm_step`, :func:`peephole_lstm_step` or :func:`gru_step`.
    """
    inputs = np.asarray(inputs, dtype=np.float64)
    if inputs.ndim != 3:
        raise ValueError(f"inputs must have shape (batch, steps, features), got {inputs.shape}")
    batch = inputs.shape[0]
    h = np.zeros((batch, units))
    c = np.zeros((batch, units))
    outputs = []
    for t in range(inputs.shape[1]):
        if step is gru_step:
            h = step(inputs[:, t], h, *weights, **options)
        else:
            h, c = step(inputs[:, t], h, c, *weights, **options)
        outputs.append(h)
    return np.stack(outputs, axis=1)
