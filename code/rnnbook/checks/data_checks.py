"""Task 3 self-check: the four arrays a teacher-forced encoder-decoder trains on."""

from __future__ import annotations

import numpy as np

from rnnbook.checks.report import describe_row, fail, passed, require_filled
from rnnbook.text import END_ID, PAD_ID, START_ID

TASK = "Task 3"


def _as_id_matrix(name: str, array: object) -> np.ndarray:
    try:
        matrix = np.asarray(array)
    except ValueError:  # a ragged list of lists
        fail(TASK, f"{name} must be one padded array, not a {type(array).__name__} of rows of "
                   "different lengths: pad the id lists to one length")
    if matrix.ndim != 2:
        fail(TASK, f"{name} must be 2-D (sentences, steps), got shape {matrix.shape}; pad the "
                   "id lists to one length (rnnbook.text.pad_sequences)")
    if not np.issubdtype(matrix.dtype, np.integer):
        fail(TASK, f"{name} must hold integer ids, got dtype {matrix.dtype}")
    return matrix


def _real(row: np.ndarray) -> np.ndarray:
    return row[row != PAD_ID]


def _check_padding(name: str, matrix: np.ndarray) -> None:
    """Padding comes after the words, and every row has at least one real id."""
    real = matrix != PAD_ID
    # After padding has started, a real id means the row was padded at the front.
    late = real[:, 1:] & ~real[:, :-1]
    if late.any():
        i = int(np.flatnonzero(late.any(axis=1))[0])
        fail(TASK, f"row {i} of {name} has padding before its words {describe_row(matrix[i])}: "
                   "pad at the end (keras.utils.pad_sequences pads at the front unless you "
                   "pass padding='post'; rnnbook.text.pad_sequences pads at the end)")
    if not real.any(axis=1).all():
        i = int(np.flatnonzero(~real.any(axis=1))[0])
        fail(TASK, f"row {i} of {name} holds only padding: every sentence needs its ids")


def _unshifted_rows(inputs: np.ndarray, targets: np.ndarray, target: np.ndarray) -> np.ndarray:
    """The rows (padded at the end) whose target is not the input shifted left and ended by
    <end>, or whose input is not the row of target_tensor without its <end>."""
    rows = np.arange(len(inputs))
    length = (inputs != PAD_ID).sum(axis=1)
    inside = np.arange(inputs.shape[1] - 1) < (length - 1)[:, None]
    shifted = ((inputs[:, 1:] == targets[:, :-1]) | ~inside).all(axis=1)
    ended = (length == (targets != PAD_ID).sum(axis=1)) & (targets[rows, length - 1] == END_ID)
    width = min(inputs.shape[1], target.shape[1])
    inside = np.arange(width) < length[:, None]
    same = ((target[:, :width] == inputs[:, :width]) | ~inside).all(axis=1)
    same &= (target != PAD_ID).sum(axis=1) == length + 1
    return np.flatnonzero(~(shifted & ended & same))


def check_data(
    input_tensor: object,
    target_tensor: object,
    decoder_input: object,
    decoder_target: object,
) -> None:
    """Check the arrays of Task 3: raise :class:`SelfCheckError` at the first mistake found.

    ``target_tensor`` holds ``<start> y_1 ... y_n <end>`` padded with 0; the decoder reads
    ``decoder_input`` (``<start> y_1 ... y_n``, no ``<end>``) and learns ``decoder_target``
    (``y_1 ... y_n <end>``), the same words shifted one step to the left.
    """
    require_filled(TASK, input_tensor=input_tensor, target_tensor=target_tensor,
                   decoder_input=decoder_input, decoder_target=decoder_target)
    arrays = {
        "input_tensor": _as_id_matrix("input_tensor", input_tensor),
        "target_tensor": _as_id_matrix("target_tensor", target_tensor),
        "decoder_input": _as_id_matrix("decoder_input", decoder_input),
        "decoder_target": _as_id_matrix("decoder_target", decoder_target),
    }
    rows = {name: len(matrix) for name, matrix in arrays.items()}
    if len(set(rows.values())) != 1:
        fail(TASK, f"the arrays must have one row per sentence pair, got {rows}")
    target = arrays["target_tensor"]
    inputs, targets = arrays["decoder_input"], arrays["decoder_target"]
    if inputs.shape != targets.shape:
        fail(TASK, f"decoder_input {inputs.shape} and decoder_target {targets.shape} must have "
                   "the same shape: the decoder predicts one target id per input step")
    for name, matrix in arrays.items():
        _check_padding(name, matrix)
    checked = ["one row per sentence pair; padding (0) at the end of every row"]

    if not (target[:, 0] == START_ID).all():
        i = int(np.flatnonzero(target[:, 0] != START_ID)[0])
        fail(TASK, f"target_tensor row {i} is {describe_row(target[i])}: every French sentence "
                   f"must start with <start> (id {START_ID}); encode it with add_start=True")
    lengths = (target != PAD_ID).sum(axis=1)
    ends = target[np.arange(len(target)), lengths - 1] == END_ID
    suspects = np.flatnonzero(~ends | ((target == END_ID).sum(axis=1) != 1))
    for i in suspects:  # the loop only words the message of the first row found
        row = target[i]
        real = _real(row)
        if real[-1] != END_ID or (real == END_ID).sum() != 1:
            fail(TASK, f"target_tensor row {i} is {describe_row(row)}: every French sentence "
                       f"must end with one <end> (id {END_ID}) before its padding; encode it "
                       "with add_end=True")
    checked.append("target_tensor: <start> y_1 ... y_n <end>, then padding")

    if not (inputs[:, 0] == START_ID).all():
        i = int(np.flatnonzero(inputs[:, 0] != START_ID)[0])
        fail(TASK, f"decoder_input row {i} starts with id {inputs[i, 0]}, not <start> (id "
                   f"{START_ID}): the decoder's first input is <start>, so that it can predict "
                   "the first French word")
    if (inputs == END_ID).any():
        i = int(np.flatnonzero((inputs == END_ID).any(axis=1))[0])
        fail(TASK, f"decoder_input row {i} still contains <end> (id {END_ID}): "
                   f"{describe_row(inputs[i])}. The decoder never reads <end>; take "
                   "target_tensor[:, :-1] and replace <end> by padding "
                   "(np.where(x == END_ID, PAD_ID, x))")
    checked.append("decoder_input: starts with <start>, holds no <end>")

    if np.array_equal(inputs, targets):
        fail(TASK, "decoder_target equals decoder_input: the target must be the input shifted "
                   "one step to the left (at step t the decoder predicts the word after the "
                   "one it reads); use target_tensor[:, 1:]")
    for i in _unshifted_rows(inputs, targets, target):
        row_in, row_out = inputs[i], targets[i]
        real_in, real_out = _real(row_in), _real(row_out)
        if not np.array_equal(real_in[1:], real_out[:-1]) or real_out[-1] != END_ID:
            fail(TASK, f"decoder_target row {i} {describe_row(row_out)} is not decoder_input "
                       f"row {i} {describe_row(row_in)} shifted one step to the left and ended "
                       "by <end>: the targets are target_tensor[:, 1:]")
        if len(real_in) != len(real_out):
            fail(TASK, f"row {i}: decoder_input has {len(real_in)} real ids but decoder_target "
                       f"has {len(real_out)}: each input step needs exactly one target")
        if not np.array_equal(np.append(real_in, END_ID), _real(target[i])):
            fail(TASK, f"decoder_input row {i} is not target_tensor row {i} without its <end>")
    checked.append("decoder_target: decoder_input shifted one step left, ending with <end>")
    passed(TASK, checked)
