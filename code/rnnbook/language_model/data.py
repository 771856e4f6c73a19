"""Next-token prediction data: the targets are the inputs shifted by one step.

A sentence ``w_1 ... w_n`` becomes the input ``<start> w_1 ... w_n`` and the target
``w_1 ... w_n <end>``: at each position the model reads the tokens so far and predicts the next
one. No label is needed beyond the text itself. Padding (id 0) fills both to a fixed width and
is masked out of the loss.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from rnnbook.arguments import check_positive_int
from rnnbook.text import END_ID, START_ID, Vocabulary, pad_sequences


def _check_token_lists(token_lists: Sequence[Sequence[str]]) -> list[list[str]]:
    if isinstance(token_lists, str):
        raise TypeError("expected a list of token lists, got a single string; tokenize it first")
    checked = []
    for number, tokens in enumerate(token_lists):
        if isinstance(tokens, str):
            raise TypeError(f"sentence {number} is a string; give each sentence as a token list")
        checked.append(list(tokens))
    if not checked:
        raise ValueError("no sentences given")
    return checked


def next_token_arrays(
    token_lists: Sequence[Sequence[str]], vocabulary: Vocabulary, length: int | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(inputs, targets), int32 arrays of shape (sentences, length) for a language model.

    ``inputs[i]`` is ``<start> w_1 ... w_n`` and ``targets[i]`` is ``w_1 ... w_n <end>``, both
    padded with 0; tokens outside ``vocabulary`` become ``<unk>`` (id 1). ``length`` defaults
    to the longest sentence plus one; longer sentences are an error.
    """
    sentences = _check_token_lists(token_lists)
    if not isinstance(vocabulary, Vocabulary):
        raise TypeError(f"vocabulary must be a rnnbook.text.Vocabulary, got {type(vocabulary)}")
    if length is not None:
        check_positive_int("length", length)
    encoded = [vocabulary.encode(tokens) for tokens in sentences]
    longest = max(len(ids) for ids in encoded) + 1
    if length is not None and longest > length:
        raise ValueError(
            f"a sentence needs {longest} positions (its tokens and <end>), more than "
            f"length={length}"
        )
    inputs = pad_sequences([[START_ID, *ids] for ids in encoded], length or longest)
    targets = pad_sequences([[*ids, END_ID] for ids in encoded], length or longest)
    return inputs, targets


def target_log_probs(probabilities: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """The natural log-probability a model gave each real (non-padding) target token.

    ``probabilities`` has shape (sentences, positions, vocabulary) and ``targets`` shape
    (sentences, positions); the result is a flat array, one value per target that is not 0.
    """
    probabilities = np.asarray(probabilities, dtype=np.float64)
    targets = np.asarray(targets)
    if probabilities.ndim != 3 or targets.shape != probabilities.shape[:2]:
        raise ValueError(
            "probabilities must have shape (sentences, positions, vocabulary) and targets "
            f"(sentences, positions); got {probabilities.shape} and {targets.shape}"
        )
    if targets.size and (targets.min() < 0 or targets.max() >= probabilities.shape[2]):
        raise ValueError("a target id is outside the vocabulary of the probabilities")
    chosen = np.take_along_axis(probabilities, targets[..., None], axis=2)[..., 0]
    return np.log(np.maximum(chosen[targets != 0], 1e-300))


def length_batches(
    inputs: np.ndarray,
    targets: np.ndarray,
    batch_size: int,
    seed: int = 0,
    shuffle: bool = True,
):
    """A ``tf.data.Dataset`` of (inputs, targets) batches of similar-length sentences, each
    cut to its own longest row, so the recurrent layer does not run through mostly padding.

    With ``shuffle`` the batches are recomposed (ties broken at random) and visited in a new
    order every epoch, from a generator seeded once with ``seed``; pass ``shuffle=False`` to
    ``fit``, since the dataset shuffles itself. Works for any pair of (rows, steps) int arrays
    padded with 0 at the end, such as those of :func:`next_token_arrays`.
    """
    import tensorflow as tf

    inputs, targets = np.asarray(inputs), np.asarray(targets)
    if inputs.ndim != 2 or inputs.shape[0] != targets.shape[0] or targets.ndim < 2:
        raise ValueError(
            f"inputs and targets must be arrays with the same number of rows, got shapes "
            f"{inputs.shape} and {targets.shape}"
        )
    check_positive_int("batch_size", batch_size)
    lengths = np.maximum((inputs != 0).sum(axis=1), 1)
    rng = np.random.default_rng(seed)

    def batches():
        jitter = rng.uniform(0.0, 0.5, size=len(lengths)) if shuffle else 0.0
        order = np.argsort(lengths + jitter, kind="stable")
        groups = [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
        for g in rng.permutation(len(groups)) if shuffle else range(len(groups)):
            rows = np.sort(groups[g])
            steps = int(lengths[rows].max())
            yield inputs[rows, :steps], targets[rows, :steps]

    def spec(array: np.ndarray):
        return tf.TensorSpec(shape=(None, None, *array.shape[2:]), dtype=tf.as_dtype(array.dtype))

    dataset = tf.data.Dataset.from_generator(
        batches, output_signature=(spec(inputs), spec(targets))
    )
    count = -(-len(lengths) // batch_size)
    return dataset.apply(tf.data.experimental.assert_cardinality(count)).prefetch(2)
