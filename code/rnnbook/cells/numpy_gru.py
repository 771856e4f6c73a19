"""NumPy reference step of the GRU, written to match ``keras.layers.GRU`` exactly.

Keras stores kernel (inputs, 3n) and recurrent kernel (n, 3n), gates in the order update z,
reset r, candidate; the bias has shape (3n,) when ``reset_after=False`` and (2, 3n) when
``reset_after=True`` (row 0 for the input part, row 1 for the recurrent part).
"""

from __future__ import annotations

import numpy as np

from rnnbook.cells.numpy_common import check_state, sigmoid, split_gates


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
    check_state(h, recurrent_kernel, 3)
    bias = np.asarray(bias, dtype=np.float64)
    if reset_after:
        if bias.ndim != 2 or bias.shape[0] != 2:
            raise ValueError(f"with reset_after=True the bias has shape (2, 3n), got {bias.shape}")
        input_bias, recurrent_bias = bias
    else:
        if bias.ndim != 1:
            raise ValueError(f"with reset_after=False the bias has shape (3n,), got {bias.shape}")
        input_bias, recurrent_bias = bias, np.zeros_like(bias)
    x_z, x_r, x_h = split_gates(x @ kernel + input_bias, 3, "the GRU's weights")
    u_z, u_r, u_h = split_gates(recurrent_kernel, 3, "the GRU's recurrent kernel")
    b_z, b_r, b_h = split_gates(recurrent_bias, 3, "the GRU's bias")
    z = sigmoid(x_z + h @ u_z + b_z)
    r = sigmoid(x_r + h @ u_r + b_r)
    # reset_after: r scales the recurrent product; otherwise it scales the state before it.
    recurrent = r * (h @ u_h + b_h) if reset_after else (r * h) @ u_h
    candidate = np.tanh(x_h + recurrent)
    return z * h + (1.0 - z) * candidate
