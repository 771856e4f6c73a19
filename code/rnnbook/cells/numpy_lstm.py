"""NumPy reference steps of the LSTM and the peephole LSTM, written to match Keras exactly.

Each function computes one time step for a batch from the weights as ``keras.layers.LSTM``
stores them, so a chapter can copy a trained layer's weights and check that the equations in
the text are what Keras computes: kernel (inputs, 4n), recurrent kernel (n, 4n), bias (4n,),
gates concatenated along the last axis in the order input i, forget f, candidate g (Keras calls
it c), output o; one bias per gate.
"""

from __future__ import annotations

import numpy as np

from rnnbook.cells.numpy_common import check_state, sigmoid, split_gates


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
    check_state(h, recurrent_kernel, 4)
    z = x @ kernel + h @ recurrent_kernel + bias
    zi, zf, zg, zo = split_gates(z, 4, "the LSTM's weights")
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
    check_state(h, recurrent_kernel, 4)
    units = recurrent_kernel.shape[0]
    if peepholes.shape != (3, units):
        raise ValueError(f"peepholes must have shape (3, {units}), got {peepholes.shape}")
    p_i, p_f, p_o = peepholes
    z = x @ kernel + h @ recurrent_kernel + bias
    zi, zf, zg, zo = split_gates(z, 4, "the LSTM's weights")
    i = sigmoid(zi + p_i * c)
    f = sigmoid(zf + p_f * c)
    c_new = f * c + i * np.tanh(zg)
    o = sigmoid(zo + p_o * c_new)
    return o * np.tanh(c_new), c_new
