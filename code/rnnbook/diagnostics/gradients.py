"""Measure how much gradient reaches each time step: the tool behind the vanishing and
exploding gradient experiments (Chapter 2) and the LSTM's answer to them (Chapter 3)."""

from __future__ import annotations

import numpy as np
import tensorflow as tf


def input_gradient_norms(layer, inputs) -> np.ndarray:
    """The norm of the gradient of a loss at the last step with respect to each input step.

    ``layer`` is any callable that maps inputs of shape (batch, steps, features) to an output
    that depends on the last step, such as a recurrent layer with ``return_sequences=False``
    (the output is its final hidden state ``h_T``). The loss is the sum of that output, so the
    gradient with respect to the input ``x_t`` is ``sum(dh_T/dx_t)``: it flows back through
    ``T - t`` recurrent steps.

    Returns an array ``norms`` of length ``steps`` indexed by *distance* from the end:
    ``norms[k]`` is the Euclidean norm of ``dL/dx_{T-k}``, averaged over the batch, so
    ``norms[0]`` belongs to the last step and ``norms[-1]`` to the first.
    """
    x = tf.convert_to_tensor(inputs, dtype=tf.float32)
    if x.shape.rank != 3:
        raise ValueError(
            f"inputs must have shape (batch, steps, features), got shape {tuple(x.shape)}"
        )
    with tf.GradientTape() as tape:
        tape.watch(x)
        output = layer(x)
        if isinstance(output, list | tuple):  # layers with return_state=True
            output = output[0]
        loss = tf.reduce_sum(output)
    gradient = tape.gradient(loss, x)
    if gradient is None:
        raise ValueError("the layer's output does not depend on its inputs")
    per_step = tf.norm(gradient, axis=2)  # (batch, steps)
    norms = tf.reduce_mean(per_step, axis=0).numpy()
    return norms[::-1].astype(np.float64)


def growth_per_step(norms: np.ndarray, skip: int = 0) -> float:
    """The factor by which the gradient norm changes per step of distance (a geometric fit).

    Fits ``log(norms[k]) = a + k * log(rate)`` by least squares over the distances from
    ``skip`` on, and returns ``rate``: below 1 the gradient vanishes geometrically, above 1 it
    explodes. Zero norms (gradients that underflowed) are left out of the fit.
    """
    norms = np.asarray(norms, dtype=np.float64)
    if norms.ndim != 1:
        raise ValueError(f"norms must be one-dimensional, got shape {norms.shape}")
    distances = np.arange(norms.size)[skip:]
    values = norms[skip:]
    keep = values > 0
    if keep.sum() < 2:
        raise ValueError("need at least two non-zero norms to fit a rate")
    slope = np.polyfit(distances[keep], np.log(values[keep]), 1)[0]
    return float(np.exp(slope))
