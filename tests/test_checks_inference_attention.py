"""Self-checks of Task 5 (the greedy loop) and Task 6 (attention): the book's solutions pass,
and each planted mistake is caught with the message meant for it."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from rnnbook.checks import (  # noqa: E402
    SelfCheckError,
    check_attention,
    check_attention_weights,
    check_greedy,
    check_heatmap,
)
from rnnbook.seq2seq.decoding import greedy_decode  # noqa: E402
from rnnbook.text import END_ID, PAD_ID, START_ID  # noqa: E402


def book_greedy(encode, step, source_ids, max_length):
    """The book's loop (rnnbook.seq2seq.decoding.greedy_decode) for one sentence."""
    state = encode(np.asarray(source_ids)[None, :])
    return list(greedy_decode(step, state, 1, START_ID, END_ID, max_length)[0])


def student_greedy(mistake: str = ""):
    """The loop a student writes for Task 5, with one mistake switched on."""
    reference = [2, 11, 10, 4, 3] + [0] * 30  # a French sentence from the data, padded

    def greedy(encode, step, source_ids, max_length):
        batch = np.asarray(source_ids) if mistake == "unbatched" else [source_ids]
        state = encode(np.asarray(batch))
        first_state = state
        previous = {"no start": END_ID}.get(mistake, START_ID)
        output = []
        t = 0
        while mistake == "no limit" or t < max_length:
            fed = np.array(previous if mistake == "scalar fed" else [previous])
            probabilities, new_state = step(fed, state)
            state = first_state if mistake == "state dropped" else new_state
            word = int(np.argmax(probabilities[0]))
            if word == END_ID and mistake != "no stop at end":
                break
            output.append(word)
            previous = reference[t + 1] if mistake == "reference fed" else word
            t += 1
        return [START_ID, *output] if mistake == "start in output" else output

    return greedy


def test_the_books_loop_and_a_correct_student_loop_pass(capsys):
    check_greedy(book_greedy)
    check_greedy(student_greedy())
    out = capsys.readouterr().out
    assert out.count("Task 5 self-check passed") == 2 and "stops at <end>" in out


@pytest.mark.parametrize(
    ("mistake", "message"),
    [
        ("reference fed", r"at step 2 the decoder was fed id 11, but its own prediction at "
                          r"step 1 was id 5: at inference there is no reference"),
        ("no limit", r"called the decoder step more than 31 times with max_length=7"),
        ("no start", r"the first word fed to the decoder was id 3, not <start>"),
        ("state dropped", r"step 2 did not receive the state returned by step 1"),
        ("no stop at end", r"stop when the prediction is <end>"),
        ("start in output", r"without <start>"),
        ("unbatched", r"encode was given ids of shape \(3,\); it takes a batch"),
        ("scalar fed", r"step was given previous ids of shape \(\); it takes one id per"),
    ],
)
def test_each_broken_loop_is_caught(mistake, message):
    with pytest.raises(SelfCheckError, match=message):
        check_greedy(student_greedy(mistake))


# --- Attention (Task 6) ---


def numpy_attention(query, values, source_mask, axis=-1, mask=True, weighted=True):
    """Luong's dot attention, written out; the switches plant the mistakes."""
    scores = query @ values.transpose(0, 2, 1)  # (batch, out, source)
    if mask:
        scores = np.where(source_mask[:, None, :], scores, -1e9)
    scores = scores - scores.max(axis=axis, keepdims=True)
    weights = np.exp(scores) / np.exp(scores).sum(axis=axis, keepdims=True)
    context = weights @ values if weighted else values.mean(axis=1, keepdims=True) + 0 * query
    return context, weights


def test_the_attention_solutions_pass(capsys):
    check_attention(numpy_attention)
    out = capsys.readouterr().out
    assert "padding gets zero weight" in out


def test_the_books_attention_layer_passes(capsys):
    import rnnbook

    rnnbook.init()
    from rnnbook.seq2seq.attention import Attention

    layer = Attention(score="general")
    check_attention(lambda q, v, m: layer(q, v, source_mask=m))
    assert "Task 6 self-check passed" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("planted", "message"),
    [
        ({"axis": 1}, "sum to 1 over the output steps, not over the source positions"),
        ({"mask": False}, "goes to padding: mask the scores of padded source positions"),
        ({"weighted": False}, "the context is not the weighted sum of the encoder outputs"),
    ],
)
def test_each_broken_attention_is_caught(planted, message):
    with pytest.raises(SelfCheckError, match=message):
        check_attention(lambda q, v, m: numpy_attention(q, v, m, **planted))


def test_transposed_and_uniform_weights_are_caught():
    def transposed(query, values, source_mask):
        context, weights = numpy_attention(query, values, source_mask)
        return context, weights.transpose(0, 2, 1)

    with pytest.raises(SelfCheckError, match="transpose them"):
        check_attention(transposed)

    def uniform(query, values, source_mask):
        return numpy_attention(np.zeros_like(query), values, source_mask)

    with pytest.raises(SelfCheckError, match="every output step gets the same weights"):
        check_attention(uniform)


def test_weights_from_a_translation():
    source = np.array([[6, 7, 8, PAD_ID]])
    rng = np.random.default_rng(0)
    query, values = rng.normal(size=(1, 5, 3)), rng.normal(size=(1, 4, 3))
    _, weights = numpy_attention(query, values, source != PAD_ID)
    check_attention_weights(weights, source)
    check_attention_weights(weights[0], source[0])
    _, unmasked = numpy_attention(query, values, source != PAD_ID, mask=False)
    with pytest.raises(SelfCheckError, match="goes to padding"):
        check_attention_weights(unmasked, source)
    with pytest.raises(SelfCheckError, match="do not match source ids"):
        check_attention_weights(weights, source[:, :3])


def test_the_heatmap_check():
    source, output = ["the", "cat", "."], ["le", "chat", ".", "<end>"]
    weights = np.full((4, 3), 1 / 3)

    def heatmap(labelled=True, swapped=False):
        figure, axes = plt.subplots()
        axes.imshow(weights.T if swapped else weights)
        x, y = (output, source) if swapped else (source, output)
        if labelled:
            axes.set_xticks(range(len(x)), x)
            axes.set_yticks(range(len(y)), y)
        axes.set_xlabel("English")
        axes.set_ylabel("French")
        return axes

    check_heatmap(heatmap(), source, output)
    with pytest.raises(SelfCheckError, match="label the heatmap with the actual tokens"):
        check_heatmap(heatmap(labelled=False), source, output)
    with pytest.raises(SelfCheckError, match="the axes are swapped"):
        check_heatmap(heatmap(swapped=True), source, output)
    plt.close("all")
