"""Task 6 self-checks: an attention function, attention weights, and their heatmap.

They test arrays, so they work with any attention layer: the student's own, Keras', or the
book's ``rnnbook.seq2seq.attention``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from rnnbook.checks.report import fail, passed
from rnnbook.text import PAD_ID

TASK = "Task 6"


def _weights_array(weights: Any) -> np.ndarray:
    array = np.asarray(weights, dtype=float)
    if array.ndim not in (2, 3):
        fail(TASK, f"attention weights must be (output steps, source steps), or with a batch "
                   f"axis first; got shape {array.shape}")
    if not np.isfinite(array).all():
        fail(TASK, "the attention weights hold NaN or infinity")
    return array if array.ndim == 3 else array[None]


def _check_distribution(weights: np.ndarray, real: np.ndarray) -> None:
    """Weights (batch, out, source) are >= 0, sum to 1 over the source, skip padding."""
    if (weights < -1e-6).any():
        fail(TASK, "some attention weights are negative: weights come from a softmax of the "
                   "scores, so they lie between 0 and 1")
    sums = weights.sum(axis=-1)
    if not np.allclose(sums, 1.0, atol=1e-3):
        along_output = weights.sum(axis=1)
        if weights.shape[1] > 1 and np.allclose(along_output, 1.0, atol=1e-3):
            fail(TASK, "the weights sum to 1 over the output steps, not over the source "
                       "positions: take the softmax over the source axis (the last one, "
                       "axis=-1), so each output step shares its attention among the words")
        fail(TASK, f"each output step's weights must sum to 1 over the source positions; "
                   f"the sums range from {sums.min():.3f} to {sums.max():.3f}. Apply a "
                   "softmax to the scores over the source axis")
    on_padding = np.where(real[:, None, :], 0.0, weights).max()
    if on_padding > 1e-6:
        fail(TASK, f"up to {on_padding:.3f} of an output step's attention goes to padding: mask "
                   "the scores of padded source positions (set them to -1e9) before the softmax")


def check_attention(attend: Callable) -> None:
    """Check ``attend(query, values, source_mask) -> (context, weights)`` on made-up arrays.

    ``query``: decoder states (batch, output steps, size); ``values``: encoder outputs
    (batch, source steps, size); ``source_mask``: (batch, source steps), True at real words.
    ``context`` (batch, output steps, size) must be the weighted sum of the values.
    """
    if not callable(attend):
        raise TypeError(f"check_attention needs your function, got {type(attend).__name__}")
    rng = np.random.default_rng(0)
    query = rng.normal(size=(2, 3, 4)).astype("float32")
    values = rng.normal(size=(2, 5, 4)).astype("float32")
    mask = np.array([[True] * 5, [True, True, True, False, False]])
    values[~mask] = 50.0  # a context that uses padding is far off
    try:
        context, weights = attend(query, values, mask)
    except Exception as error:
        fail(TASK, f"attend(query, values, source_mask) failed: {error}")
    weights = np.asarray(weights, dtype=float)
    if weights.shape == (2, 5, 3):
        fail(TASK, "the weights have shape (batch, source steps, output steps): transpose them "
                   "to (batch, output steps, source steps)")
    if weights.shape != (2, 3, 5):
        fail(TASK, f"for 2 sentences, 3 output steps and 5 source steps the weights must have "
                   f"shape (2, 3, 5), got {weights.shape}")
    _check_distribution(weights, mask)
    context = np.asarray(context, dtype=float)
    if context.shape != (2, 3, 4) or not np.allclose(context, weights @ values, atol=1e-4):
        fail(TASK, "the context is not the weighted sum of the encoder outputs: "
                   "c_i = sum_j a_ij h_j, that is weights @ values")
    if np.allclose(weights, weights[:, :1, :], atol=1e-6):
        fail(TASK, "every output step gets the same weights: the scores must depend on the "
                   "decoder state (the query) at each step")
    passed(TASK, ["weights: one softmax over the source positions per output step",
                  "padding gets zero weight; context = weights @ values"])


def check_attention_weights(weights: Any, source_ids: Any) -> None:
    """Check weights from a translator, (output steps, source steps) or with a batch axis.

    ``source_ids`` are the padded source sentence(s) the weights attend over (one row per
    sentence); positions with ``PAD_ID`` must get no weight.
    """
    array = _weights_array(weights)
    ids = np.asarray(source_ids)
    ids = ids[None] if ids.ndim == 1 else ids
    if ids.shape[0] != array.shape[0] or ids.shape[1] != array.shape[2]:
        fail(TASK, f"weights of shape {np.shape(weights)} do not match source ids of shape "
                   f"{np.shape(source_ids)}: one weight per source position at each output step")
    _check_distribution(array, ids != PAD_ID)
    passed(TASK, [f"{array.shape[1]} output steps: weights sum to 1, none on padding"])


def check_heatmap(axes: Any, source_tokens: Sequence[str], output_tokens: Sequence[str]) -> None:
    """Check that a heatmap's axes are labelled with the sentence's actual tokens.

    The source words go along the x axis and the output words down the y axis.
    """
    axes.figure.canvas.draw()
    x = [label.get_text() for label in axes.get_xticklabels()]
    y = [label.get_text() for label in axes.get_yticklabels()]
    source, output = list(source_tokens), list(output_tokens)
    if x == output and y == source:
        fail(TASK, "the axes are swapped: put the source words on the x axis and the output "
                   "words on the y axis (rows of the weights are output steps)")
    if x != source or y != output:
        fail(TASK, f"label the heatmap with the actual tokens: x ticks {x[:6]} should be the "
                   f"source words {source[:6]}, y ticks {y[:6]} the output words {output[:6]} "
                   "(ax.set_xticks(range(len(source)), source), the same for y)")
    if not axes.get_xlabel() or not axes.get_ylabel():
        fail(TASK, "name both axes (ax.set_xlabel('English'), ax.set_ylabel('French'))")
    passed(TASK, ["the heatmap's axes carry the source and output tokens, and their names"])
