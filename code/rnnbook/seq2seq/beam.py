"""Beam search over any decoder step function of :mod:`rnnbook.seq2seq.decoding`.

Greedy decoding keeps one hypothesis per sentence; beam search keeps the ``beam_width`` most
probable prefixes, extends each by every token, and keeps the best ``beam_width`` of those.
It uses the same step functions as greedy decoding: ``step(tokens, state)`` returns
``(scores, state)``, or ``(scores, state, weights)`` for an attention decoder (found from the
number of values it returns). All the beams of all the sentences still searching go through
one step call per position, as one batch (row ``i * width + j`` is beam ``j`` of sentence
``i``); a sentence whose search is over leaves the batch.

*Scores.* By default the step returns **probabilities** (a softmax output, as the book's
models do); ``scores="log_probabilities"`` or ``scores="logits"`` accept the others. A
hypothesis' score is the sum of the log-probabilities of its tokens (its ``<end>`` included).
A token of probability 0 has log-probability ``-inf`` and is never chosen.

*State.* Arrays (or TensorFlow tensors) with the batch on the first axis, or lists, tuples
and dicts of them, nested as deep as needed; the rows are reordered every time the beams are
re-ranked (:func:`select_rows`). Python scalars, ``None`` and 0-d arrays are shared by all
rows and passed through unchanged.

*Ending.* A hypothesis that ends with ``end_id`` among the ``beam_width`` best candidates of
its step is set aside as finished (so a width of 1 with ``alpha = 0`` is exactly greedy
decoding; with ``alpha > 0`` it can differ, as a longer live hypothesis may still win after
normalisation). A sentence's search stops when it has ``beam_width`` finished hypotheses and
no live one can still beat the worst of them (log-probabilities are at most 0, so a live
hypothesis's best possible score is its log-probability so far over the largest length
penalty, that of ``max_length``), or
at ``max_length`` tokens, where the live hypotheses compete too, cut off, as greedy decoding
returns them.

*Length normalisation.* Summed log-probabilities favour short outputs. Finished hypotheses
are ranked by ``log P(y) / lp(|y|)`` with the length penalty of Wu et al. (2016, GNMT)
``lp(n) = ((5 + n) / 6) ** alpha`` (:func:`length_penalty`); ``alpha = 0`` gives ``lp = 1``,
no normalisation; they compared values from 0 to 1. ``|y|`` counts ``<end>``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from rnnbook.arguments import check_positive_int
from rnnbook.seq2seq.decoding import AttentionStep, Step
from rnnbook.text import PAD_ID

SCORE_KINDS = ("probabilities", "log_probabilities", "logits")


def length_penalty(length: int | np.ndarray, alpha: float) -> float | np.ndarray:
    """The GNMT length penalty ``((5 + length) / 6) ** alpha`` (Wu et al., 2016).

    A hypothesis of ``length`` tokens is ranked by its log-probability divided by this;
    ``alpha = 0`` gives 1 (no normalisation), and a larger ``alpha`` favours longer outputs.

    >>> length_penalty(1, 0.6), round(length_penalty(7, 1.0), 3)
    (1.0, 2.0)
    """
    _check_alpha(alpha)
    if np.ndim(length):
        return ((5.0 + np.asarray(length, dtype=np.float64)) / 6.0) ** alpha
    return ((5.0 + float(length)) / 6.0) ** alpha  # type: ignore[arg-type]


def select_rows(state: Any, rows: np.ndarray, batch_size: int) -> Any:
    """Return ``state`` with its batch axis (the first) indexed by ``rows``.

    ``state`` is an array with the batch on its first axis, or a (nested) list, tuple or dict
    of them; every array must have ``batch_size`` rows. ``None``, Python numbers and 0-d
    arrays are shared by the whole batch and returned as they are.

    >>> select_rows([np.array([10, 11]), (np.array([[1], [2]]), 7)], np.array([1, 1, 0]), 2)
    [array([11, 11, 10]), (array([[2],
           [2],
           [1]]), 7)]
    """
    if state is None or isinstance(state, bool | int | float | str):
        return state
    if isinstance(state, tuple) and hasattr(state, "_fields"):  # a namedtuple
        return type(state)(*(select_rows(part, rows, batch_size) for part in state))
    if isinstance(state, list | tuple):
        return type(state)(select_rows(part, rows, batch_size) for part in state)
    if isinstance(state, dict):
        return {key: select_rows(part, rows, batch_size) for key, part in state.items()}
    array = np.asarray(state)
    if array.ndim == 0:
        return state
    if array.shape[0] != batch_size:
        raise ValueError(
            f"a state array of shape {array.shape} does not have the batch ({batch_size} rows) "
            "on its first axis; beam search must reorder every array of the state by row"
        )
    return array[rows]


@dataclass(frozen=True)
class Hypothesis:
    """One output of beam search: its ids, log-probability and ranking score.

    ``ids`` ends with ``end_id`` when ``finished``; otherwise it was cut off at the maximum
    length. ``score`` is ``log_probability / length_penalty(len(ids), alpha)``. ``weights``,
    shape (``len(ids)``, source steps), are the attention weights of each of its steps, or
    ``None`` when the step function returns none.
    """

    ids: np.ndarray
    log_probability: float
    score: float
    finished: bool
    weights: np.ndarray | None = None


@dataclass(frozen=True)
class BeamSearchResult:
    """What :func:`beam_search` returns for a batch of sentences.

    - ``ids``: the best hypothesis of each sentence, int32 (batch, longest), in
      ``greedy_decode``'s format: ``end_id`` kept, then ``PAD_ID``;
    - ``scores``: its log-probability (the sum over its tokens), float64 (batch,);
    - ``hypotheses``: for each sentence, its ``n_best`` best :class:`Hypothesis`, best first;
    - ``weights``: the best hypotheses' attention weights (batch, longest, source steps),
      0 after a row's ``end_id``, or ``None`` when the step returns no weights.
    """

    ids: np.ndarray
    scores: np.ndarray
    hypotheses: list[list[Hypothesis]]
    weights: np.ndarray | None = None


def beam_search(
    step: Step | AttentionStep,
    state: Any,
    batch_size: int,
    start_id: int,
    end_id: int,
    max_length: int,
    *,
    beam_width: int = 4,
    alpha: float = 0.0,
    banned_ids: Sequence[int] = (),
    n_best: int = 1,
    scores: str = "probabilities",
) -> BeamSearchResult:
    """Decode a batch with beam search; width 1 and ``alpha = 0`` give ``greedy_decode``'s ids.

    ``step``, ``state``, ``batch_size``, ``start_id``, ``end_id``, ``max_length`` and
    ``banned_ids`` mean what they mean for :func:`~rnnbook.seq2seq.decoding.greedy_decode`
    (tokens in ``banned_ids`` are never chosen). ``beam_width`` hypotheses are kept per
    sentence; ``alpha`` is the length-normalisation exponent (0: none, see
    :func:`length_penalty`); ``n_best`` (at most ``beam_width``) hypotheses per sentence are
    returned in ``hypotheses``; ``scores`` says what the step returns: ``"probabilities"``
    (the default: a softmax output), ``"log_probabilities"`` or ``"logits"``.

    A toy decoder whose greedy choice ("a", then <end>: 0.55 x 0.4 = 0.22) is not the most
    probable sentence ("b", then <end>: 0.45 x 0.9 = 0.405):

    >>> table = np.zeros((6, 6))  # next-token probabilities, one row per previous token
    >>> table[2, [4, 5]] = 0.55, 0.45  # after <start> (2): "a" (4) or "b" (5)
    >>> table[4, [3, 4, 5]] = 0.4, 0.3, 0.3  # after "a": <end> (3) is likely
    >>> table[5, [3, 4, 5]] = 0.9, 0.05, 0.05  # after "b": <end> is very likely
    >>> def step(tokens, state):
    ...     return table[tokens], state
    >>> result = beam_search(step, None, 1, start_id=2, end_id=3, max_length=5, beam_width=2)
    >>> result.ids, round(float(result.scores[0]), 4)
    (array([[5, 3]], dtype=int32), -0.9039)
    >>> beam_search(step, None, 1, start_id=2, end_id=3, max_length=5, beam_width=1).ids
    array([[4, 3]], dtype=int32)
    """
    banned = _check_arguments(step, batch_size, start_id, end_id, max_length, beam_width,
                              alpha, banned_ids, n_best, scores)
    final_penalty = length_penalty(max_length, alpha)
    active = np.arange(batch_size)  # the sentences still searching
    live = np.zeros((batch_size, 1))  # log-probability of each live hypothesis
    history = np.zeros((batch_size, 1, 0), dtype=np.int32)  # its tokens so far
    looked: np.ndarray | None = None  # its attention weights so far (or None)
    tokens = np.full(batch_size, start_id, dtype=np.int32)
    finished: list[list[Hypothesis]] = [[] for _ in range(batch_size)]
    attention: bool | None = None

    for position in range(max_length):
        count, beams = live.shape
        output = step(tokens, state)
        if attention is None:
            attention = _returns_weights(output)
        values, state, weights = _unpack(output, attention, count * beams, scores)
        vocabulary = values.shape[1]
        if position == 0:
            _check_ids_fit(vocabulary, start_id, end_id, banned)
        # Ranking by probability is ranking by log-probability: choose each row's best
        # tokens on the step's own scores, then take the log of those few only.
        normaliser = _log_normaliser(values, scores)
        if banned:
            values = values.copy()
            values[:, banned] = 0.0 if scores == "probabilities" else -np.inf
        per_beam = min(2 * beam_width, vocabulary)
        best_tokens = _top_k(values, per_beam)  # (rows, per_beam), best first
        best = _log_probabilities(
            np.take_along_axis(values, best_tokens, axis=1), scores, normaliser
        )
        candidates = (live[:, :, None] + best.reshape(count, beams, per_beam)).reshape(count, -1)
        order = np.argsort(-candidates, axis=1, kind="stable")  # ties: earlier beam, token
        cand_score = np.take_along_axis(candidates, order, axis=1)
        cand_beam = order // per_beam
        cand_token = np.take_along_axis(best_tokens.reshape(count, -1), order, axis=1)
        possible = np.isfinite(cand_score)
        ending = cand_token == end_id
        if weights is not None:  # the attention weights of this step, by hypothesis
            step_weights = weights.reshape(count, beams, 1, -1)
            if looked is None:
                looked = np.zeros((count, beams, 0, step_weights.shape[-1]))
            looked = np.concatenate([looked, step_weights], axis=2)
        length = position + 1

        # Endings among the beam_width best candidates are set aside as finished.
        rank = np.arange(cand_score.shape[1])
        for i, j in zip(*np.nonzero(ending & possible & (rank < beam_width)), strict=True):
            beam = cand_beam[i, j]
            ids = np.append(history[i, beam], np.int32(end_id)).astype(np.int32)
            total = float(cand_score[i, j])
            finished[active[i]].append(
                Hypothesis(ids, total, total / length_penalty(length, alpha), True,
                           None if looked is None else looked[i, beam].copy())
            )
            kept = sorted(finished[active[i]], key=lambda h: -h.score)  # stable
            finished[active[i]] = kept[:beam_width]

        # The beam_width best candidates that do not end are the next live hypotheses.
        going_on = possible & ~ending
        pick = np.argsort(~going_on, axis=1, kind="stable")[:, :beam_width]
        valid = np.take_along_axis(going_on, pick, axis=1)
        live = np.where(valid, np.take_along_axis(cand_score, pick, axis=1), -np.inf)
        parent = np.take_along_axis(cand_beam, pick, axis=1)
        new_tokens = np.take_along_axis(cand_token, pick, axis=1).astype(np.int32)
        # An empty slot (too few possible tokens) is fed end_id, never a banned or padding id.
        new_tokens[~valid] = end_id
        rows = np.arange(count)[:, None]
        history = np.concatenate([history[rows, parent], new_tokens[:, :, None]], axis=2)
        if looked is not None:
            looked = looked[rows, parent]

        if length == max_length:  # cut off: the live hypotheses compete as they are
            for i, j in zip(*np.nonzero(valid), strict=True):
                total = float(live[i, j])
                finished[active[i]].append(
                    Hypothesis(history[i, j].copy(), total, total / final_penalty, False,
                               None if looked is None else looked[i, j].copy())
                )
            break
        # A sentence is done when nothing is live, or when it has beam_width finished
        # hypotheses and the best live one, even grown to max_length, cannot beat them.
        bound = live.max(axis=1) / final_penalty  # lp = 1 when alpha = 0
        worst = np.array(
            [
                finished[s][-1].score if len(finished[s]) >= beam_width else -np.inf
                for s in active
            ]
        )
        searching = valid.any(axis=1) & (bound > worst)
        if not searching.any():
            break
        keep = np.nonzero(searching)[0]
        row_index = (keep[:, None] * beams + parent[keep]).ravel()
        state = select_rows(state, row_index, count * beams)
        active, live, history = active[keep], live[keep], history[keep]
        looked = None if looked is None else looked[keep]
        tokens = new_tokens[keep].ravel()

    return _result(finished, n_best, bool(attention))


def _result(finished: list[list[Hypothesis]], n_best: int, attention: bool) -> BeamSearchResult:
    """Each sentence's n_best hypotheses, and the best one's ids and weights as arrays."""
    hypotheses = []
    for found in finished:
        ranked = sorted(found, key=lambda h: -h.score)[:n_best]  # stable: finished first
        if not ranked:  # every continuation had probability 0
            ranked = [Hypothesis(np.zeros(0, np.int32), -math.inf, -math.inf, False,
                                 np.zeros((0, 0)) if attention else None)]
        hypotheses.append(ranked)
    best = [ranked[0] for ranked in hypotheses]
    longest = max(len(h.ids) for h in best)
    ids = np.full((len(best), longest), PAD_ID, dtype=np.int32)
    for row, hypothesis in zip(ids, best, strict=True):
        row[: len(hypothesis.ids)] = hypothesis.ids
    weights = None
    if attention:
        source = max(h.weights.shape[1] for h in best)
        weights = np.zeros((len(best), longest, source))
        for row, hypothesis in zip(weights, best, strict=True):
            row[: len(hypothesis.ids), : hypothesis.weights.shape[1]] = hypothesis.weights
    scores = np.array([h.log_probability for h in best], dtype=np.float64)
    return BeamSearchResult(ids, scores, hypotheses, weights)


def _top_k(values: np.ndarray, k: int) -> np.ndarray:
    """The indices of each row's k largest values, largest first, ties by lowest index."""
    if k >= values.shape[1]:
        return np.argsort(-values, axis=1, kind="stable")
    cut = values.shape[1] - k
    part = np.argpartition(values, cut, axis=1)  # the k largest at positions cut and after
    index = np.sort(part[:, cut:], axis=1)
    kth = np.take_along_axis(values, part[:, cut : cut + 1], axis=1)  # the k-th largest
    ties = values == kth
    # argpartition may pick any of the values tied with the k-th largest: where the row has
    # ties that did not all get in, pick the lowest indices among them, as argmax would.
    unsure = np.nonzero(ties.sum(axis=1) > np.take_along_axis(ties, index, axis=1).sum(axis=1))[0]
    for row in unsure:
        above = np.nonzero(values[row] > kth[row])[0]
        tied = np.nonzero(ties[row])[0][: k - len(above)]
        index[row] = np.sort(np.concatenate([above, tied]))
    order = np.argsort(-np.take_along_axis(values, index, axis=1), axis=1, kind="stable")
    return np.take_along_axis(index, order, axis=1)


def _returns_weights(output: Any) -> bool:
    if not isinstance(output, tuple | list) or len(output) not in (2, 3):
        raise ValueError(
            "step must return (scores, state), or (scores, state, attention weights); "
            f"it returned {type(output).__name__}"
            + (f" of {len(output)} values" if isinstance(output, tuple | list) else "")
        )
    return len(output) == 3


def _unpack(
    output: Any, attention: bool, rows: int, kind: str
) -> tuple[np.ndarray, Any, np.ndarray | None]:
    """The step's scores (checked, rows x vocabulary), its new state and its weights."""
    if not isinstance(output, tuple | list) or len(output) != 2 + attention:
        raise ValueError("step returned a different number of values than at its first call")
    values = np.asarray(output[0])
    if values.ndim == 3:  # (batch, 1, vocabulary) from a one-step sequence model
        values = values[:, -1, :]
    if values.ndim != 2 or values.shape[0] != rows:
        raise ValueError(
            f"step returned scores of shape {values.shape}; expected (batch={rows}, vocabulary)"
        )
    _check_scores(values, kind)
    weights = None
    if attention:
        weights = np.asarray(output[2], dtype=np.float64)
        if weights.ndim != 2 or weights.shape[0] != rows:
            raise ValueError(
                f"step returned weights of shape {weights.shape}; expected "
                f"(batch={rows}, source steps)"
            )
    return values, output[1], weights


def _check_scores(values: np.ndarray, kind: str) -> None:
    largest = values.max()
    if np.isnan(largest):
        raise ValueError("step returned NaN scores: the model's outputs are not numbers")
    if kind == "log_probabilities" and largest > 1e-6:
        raise ValueError(
            f"log-probabilities are at most 0, but step returned {largest:.3g}; "
            "if the step returns logits, pass scores='logits'"
        )
    if kind == "probabilities" and (values.min() < 0.0 or largest > 1.0 + 1e-6):
        raise ValueError(
            f"probabilities are between 0 and 1, but step returned values in "
            f"[{values.min():.3g}, {largest:.3g}]; pass scores='logits' or "
            "scores='log_probabilities' if that is what the step returns"
        )


def _log_normaliser(values: np.ndarray, kind: str) -> np.ndarray | None:
    """For logits, each row's log of the softmax denominator (log-sum-exp); else None."""
    if kind != "logits":
        return None
    values = values.astype(np.float64)
    largest = values.max(axis=1, keepdims=True)
    return largest + np.log(np.exp(values - largest).sum(axis=1, keepdims=True))


def _log_probabilities(
    chosen: np.ndarray, kind: str, normaliser: np.ndarray | None
) -> np.ndarray:
    """Log-probabilities (float64) of chosen scores; log(0) is -inf, with no warning."""
    chosen = chosen.astype(np.float64)
    if kind == "logits":
        return chosen - normaliser
    if kind == "log_probabilities":
        return chosen
    with np.errstate(divide="ignore"):  # log(0) = -inf: a token that is never chosen
        return np.log(chosen)


def _check_alpha(alpha: object) -> None:
    if isinstance(alpha, bool) or not isinstance(alpha, int | float | np.integer | np.floating):
        raise TypeError(f"alpha must be a number, got {type(alpha).__name__}")
    if not (math.isfinite(alpha) and alpha >= 0):
        raise ValueError(f"alpha must be a finite number >= 0 (0: no normalisation), got {alpha}")


def _check_arguments(
    step: object,
    batch_size: object,
    start_id: object,
    end_id: object,
    max_length: object,
    beam_width: object,
    alpha: object,
    banned_ids: object,
    n_best: object,
    scores: object,
) -> list[int]:
    """Check beam_search's arguments; return the banned ids, sorted."""
    if not callable(step):
        raise TypeError(f"step must be a function (tokens, state) -> (scores, state), got "
                        f"{type(step).__name__}")
    for name, value in (("batch_size", batch_size), ("max_length", max_length),
                        ("beam_width", beam_width), ("n_best", n_best)):
        check_positive_int(name, value)
    if n_best > beam_width:  # type: ignore[operator]
        raise ValueError(f"n_best ({n_best}) cannot be larger than beam_width ({beam_width}): "
                         "beam search keeps only beam_width hypotheses")
    for name, value in (("start_id", start_id), ("end_id", end_id)):
        if isinstance(value, bool) or not isinstance(value, int | np.integer) or value < 0:
            raise ValueError(f"{name} must be a token id (an int >= 0), got {value!r}")
    _check_alpha(alpha)
    if isinstance(banned_ids, str | bytes) or not isinstance(banned_ids, Iterable):
        raise TypeError(f"banned_ids must be a sequence of token ids, got {banned_ids!r}")
    banned = list(banned_ids)
    for token in banned:
        if isinstance(token, bool) or not isinstance(token, int | np.integer) or token < 0:
            raise ValueError(f"banned_ids must hold token ids (ints >= 0), got {token!r}")
    if end_id in banned:
        raise ValueError(f"end_id ({end_id}) cannot be banned: no hypothesis could finish")
    if scores not in SCORE_KINDS:
        raise ValueError(f"scores must be one of {SCORE_KINDS}, got {scores!r}")
    return sorted({int(token) for token in banned})


def _check_ids_fit(vocabulary: int, start_id: int, end_id: int, banned: list[int]) -> None:
    for name, value in (("start_id", start_id), ("end_id", end_id)):
        if value >= vocabulary:
            raise ValueError(f"{name} {value} is not an id of the step's {vocabulary} scores")
    if banned and banned[-1] >= vocabulary:
        raise ValueError(f"banned id {banned[-1]} is not an id of the step's {vocabulary} scores")
