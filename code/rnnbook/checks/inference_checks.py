"""Task 5 self-checks: the greedy loop, and the inference models it runs.

:func:`check_greedy` runs the student's loop on a made-up encoder and decoder whose answers
are known in advance, and records what the loop feeds them: so it sees a loop that feeds the
reference instead of its own prediction, forgets the state, or never stops.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from rnnbook.arguments import check_positive_int
from rnnbook.checks.report import describe_row, fail, passed, require_filled
from rnnbook.text import END_ID, PAD_ID, START_ID

TASK = "Task 5"
_VOCAB = 12
# The made-up decoder's next word after each word: a sentence of four words, then <end>.
_ENDING = {START_ID: 5, 5: 7, 7: 4, 4: 9, 9: END_ID}
# A decoder that never writes <end>: it alternates between two words.
_ENDLESS = {START_ID: 5, 5: 6, 6: 5}


class _RunawayError(Exception):
    """Raised by the made-up decoder when a loop runs far past its length limit."""


class _FakeDecoder:
    """An encoder and a step function that record how a greedy loop calls them."""

    def __init__(self, following: dict[int, int], max_calls: int) -> None:
        self.following, self.max_calls = following, max_calls
        self.fed: list[int] = []  # the previous-word id given at every step
        self.predicted: list[int] = []  # the id each step made most likely
        self.states_ok: list[bool] = []  # did the step get the latest state?
        self.latest: object = None

    def encode(self, source_ids: Any) -> list[np.ndarray]:
        if np.ndim(source_ids) != 2:
            fail(TASK, f"encode was given ids of shape {np.shape(source_ids)}; it takes a "
                       "batch (sentences, steps): pass np.array([source_ids]) for one sentence")
        # An LSTM-like state [h, c] whose values tell the states apart.
        self.latest = [np.full((1, 2), 0.0), np.full((1, 2), -1.0)]
        return self.latest

    def _is_latest(self, state: Any) -> bool:
        try:
            return len(state) == 2 and all(
                np.array_equal(np.asarray(got), want)
                for got, want in zip(state, self.latest, strict=True)
            )
        except TypeError:
            return False

    def step(self, previous_ids: Any, state: Any) -> tuple[np.ndarray, list[np.ndarray]]:
        if len(self.fed) >= self.max_calls:
            raise _RunawayError
        if np.shape(previous_ids) != (1,):
            fail(TASK, f"step was given previous ids of shape {np.shape(previous_ids)}; it "
                       "takes one id per sentence of the batch, shape (1,): np.array([word])")
        previous = int(np.asarray(previous_ids)[0])
        self.fed.append(previous)
        self.states_ok.append(self._is_latest(state))
        following = self.following.get(previous, 8)
        self.predicted.append(following)
        scores = np.full((1, _VOCAB), 0.1 / (_VOCAB - 1))
        scores[0, following] = 0.9
        count = float(len(self.fed))
        self.latest = [np.full((1, 2), count), np.full((1, 2), 100.0 + count)]
        return scores, self.latest


def _output_ids(task_output: Any) -> list[int]:
    ids = np.asarray(task_output)
    if ids.dtype.kind not in "iu" or ids.ndim > 2 or (ids.ndim == 2 and len(ids) != 1):
        fail(TASK, "the loop must return the predicted ids of the sentence (a list of ints), "
                   f"got {type(task_output).__name__} of shape {ids.shape}")
    return [int(i) for i in ids.reshape(-1)]


def _run(greedy: Callable, decoder: _FakeDecoder, max_length: int) -> list[int]:
    try:
        output = greedy(decoder.encode, decoder.step, np.array([6, 7, 8]), max_length)
    except _RunawayError:
        fail(TASK, f"the loop called the decoder step more than {decoder.max_calls} times with "
                   f"max_length={max_length}: a decoder that never writes <end> makes it run "
                   f"forever. Stop after max_length steps (for _ in range(max_length))")
    return _output_ids(output)


def check_greedy(greedy: Callable) -> None:
    """Check ``greedy(encode, step, source_ids, max_length) -> predicted ids``.

    ``encode(ids of shape (1, steps))`` gives the decoder's first state; ``step(previous ids
    of shape (1,), state)`` gives the next word's probabilities (1, vocabulary) and the new
    state. The loop must start from ``<start>``, feed back its own argmax, carry the state,
    and stop at ``<end>`` or after ``max_length`` words.
    """
    if not callable(greedy):
        raise TypeError(f"check_greedy needs your loop function, got {type(greedy).__name__}")
    decoder = _FakeDecoder(_ENDING, max_calls=50)
    output = _run(greedy, decoder, max_length=20)
    if not decoder.fed:
        fail(TASK, "the loop never called the decoder step function")
    if decoder.fed[0] != START_ID:
        fail(TASK, f"the first word fed to the decoder was id {decoder.fed[0]}, not <start> "
                   f"(id {START_ID}): decoding starts from <start>, as in training")
    for t in range(1, len(decoder.fed)):
        if decoder.fed[t] != decoder.predicted[t - 1]:
            fail(TASK, f"at step {t + 1} the decoder was fed id {decoder.fed[t]}, but its own "
                       f"prediction at step {t} was id {decoder.predicted[t - 1]}: at inference "
                       "there is no reference; feed back the argmax of the previous step "
                       "(feeding the reference is teacher forcing, for training only)")
    if not decoder.states_ok[0]:
        fail(TASK, "the first decoder step did not receive the state that encode returned: "
                   "start the decoder from the encoder's states")
    if not all(decoder.states_ok):
        t = decoder.states_ok.index(False) + 1
        fail(TASK, f"step {t} did not receive the state returned by step {t - 1}: keep the "
                   "new state (probabilities, state = step(previous, state))")
    if len(decoder.fed) > len(_ENDING):
        fail(TASK, f"the loop ran {len(decoder.fed)} steps although the decoder wrote <end> "
                   f"at step {len(_ENDING)}: stop when the prediction is <end>")
    words = [i for i in output if i != PAD_ID]
    expected = [_ENDING[i] for i in decoder.fed if _ENDING[i] != END_ID]
    if words and words[-1] == END_ID:
        words = words[:-1]
    if words != expected:
        fail(TASK, f"the loop returned {describe_row(output)}; the decoder predicted "
                   f"{describe_row(expected)} then <end>. Return the predicted ids in order, "
                   "without <start> (the argmax of each step's probabilities)")
    checked = ["starts from <start> and the encoder's state; feeds back its own prediction",
               "carries the state from step to step; stops at <end>"]

    endless = _FakeDecoder(_ENDLESS, max_calls=3 * 7 + 10)
    output = _run(greedy, endless, max_length=7)
    if len(endless.fed) > 7 or len([i for i in output if i != PAD_ID]) > 7:
        fail(TASK, f"with max_length=7 and a decoder that never writes <end>, the loop ran "
                   f"{len(endless.fed)} steps and returned {len(output)} ids: stop after "
                   "max_length words")
    checked.append("stops after max_length words when <end> never comes")
    passed(TASK, checked)


def check_inference_models(
    model: Any,
    encode: Callable,
    step: Callable,
    input_tensor: np.ndarray,
    decoder_input: np.ndarray,
    sentences: int = 4,
) -> None:
    """Check that ``encode`` and ``step`` compute what the trained ``model`` computes.

    Feeding the reference words one step at a time (teacher forcing by hand) through the
    inference pair must give the training model's probabilities: otherwise the inference
    models do not share the trained layers, or lose part of the state.
    """
    check_positive_int("sentences", sentences)
    require_filled(TASK, model=model, encode=encode, step=step)
    source = np.asarray(input_tensor)[:sentences]
    words = np.asarray(decoder_input)[:sentences, :6]
    whole = np.asarray(model([source, words], training=False))
    state = encode(source)
    if isinstance(state, list | tuple) and len(state) == 2:
        probabilities, _ = step(words[:, 0], state)
        nudged = [state[0], np.asarray(state[1]) + 0.5]
        moved, _ = step(words[:, 0], nudged)
        if np.abs(np.asarray(moved) - np.asarray(probabilities)).max() < 1e-7:
            fail(TASK, "the decoder step ignores the cell state c it is given: call the "
                       "decoder LSTM with initial_state=[h_in, c_in] and return both new states")
    by_step = []
    for t in range(words.shape[1]):
        probabilities, state = step(words[:, t], state)
        by_step.append(np.asarray(probabilities).reshape(len(source), -1))
    gap = float(np.abs(np.stack(by_step, axis=1) - whole).max())
    if gap > 1e-4:
        fail(TASK, f"step by step, the inference models' probabilities differ from the training "
                   f"model's by up to {gap:.3f}: build them from the trained layers "
                   "(model.get_layer(...)), not new ones, and pass the whole state (h, c) from "
                   "the encoder to the first step and from each step to the next")
    passed(TASK, ["step by step, the inference models give the training model's probabilities"])
