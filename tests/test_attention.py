"""The attention layer against a NumPy reference written from the equations, masking included."""

from __future__ import annotations

import numpy as np
import pytest

import rnnbook

rnnbook.init(seed=0)

from rnnbook.seq2seq.attention import Attention  # noqa: E402

BATCH, TARGET, SOURCE, QUERY, VALUE, UNITS = 3, 4, 6, 5, 7, 8


def numpy_attention(query, values, mask, score, weights):
    """e_ij, a_ij = softmax_j(e_ij) over the real positions j, c_i = sum_j a_ij h_j."""
    batch, target, source = query.shape[0], query.shape[1], values.shape[1]
    scores = np.zeros((batch, target, source))
    for b in range(batch):
        for i in range(target):
            s = query[b, i]
            for j in range(source):
                h = values[b, j]
                if score == "additive":
                    w, u, v = weights  # W, U and v of the equation
                    scores[b, i, j] = v @ np.tanh(s @ w + h @ u)
                elif score == "general":
                    (w_a,) = weights
                    scores[b, i, j] = s @ w_a @ h
                else:
                    scores[b, i, j] = s @ h
    alignment = np.zeros_like(scores)
    for b in range(batch):
        real = mask[b]
        e = np.exp(scores[b][:, real] - scores[b][:, real].max(axis=1, keepdims=True))
        alignment[b][:, real] = e / e.sum(axis=1, keepdims=True)
    return alignment @ values, alignment


def inputs(query_size=QUERY, seed=0):
    rng = np.random.default_rng(seed)
    query = rng.normal(size=(BATCH, TARGET, query_size)).astype("float32")
    values = rng.normal(size=(BATCH, SOURCE, VALUE)).astype("float32")
    lengths = np.array([6, 3, 1])  # a full row, a padded row, a single real position
    mask = np.arange(SOURCE)[None, :] < lengths[:, None]
    return query, values, mask


@pytest.mark.parametrize("score", ["additive", "general", "dot"])
def test_layer_matches_the_numpy_reference_and_padding_gets_exactly_zero(score):
    query_size = VALUE if score == "dot" else QUERY
    query, values, mask = inputs(query_size)
    layer = Attention(score, UNITS if score == "additive" else None)
    context, weights = layer(query, values, source_mask=mask)
    expected_context, expected_weights = numpy_attention(
        query, values, mask, score, [w.numpy() for w in layer.weights]
    )
    np.testing.assert_allclose(weights, expected_weights, atol=1e-5)
    np.testing.assert_allclose(context, expected_context, atol=1e-5)
    weights = np.asarray(weights)
    assert np.all(weights[~np.broadcast_to(mask[:, None, :], weights.shape)] == 0.0)
    np.testing.assert_allclose(weights.sum(axis=-1), 1.0, atol=1e-6)
    np.testing.assert_allclose(weights[2, :, 0], 1.0)  # one real position takes it all


def test_additive_attention_learns_w_u_and_v():
    layer = Attention("additive", UNITS)
    query, values, mask = inputs()
    layer(query, values, source_mask=mask)
    shapes = {w.name: tuple(w.shape) for w in layer.weights}
    assert shapes == {"W": (QUERY, UNITS), "U": (VALUE, UNITS), "v": (UNITS,)}


def test_padding_values_do_not_change_the_context():
    query, values, mask = inputs()
    layer = Attention("general")
    context, _ = layer(query, values, source_mask=mask)
    noisy = values.copy()
    noisy[~mask] = 1e3  # whatever sits at padded positions
    context_noisy, _ = layer(query, noisy, source_mask=mask)
    np.testing.assert_array_equal(np.asarray(context), np.asarray(context_noisy))


def test_without_a_mask_every_position_counts():
    query, values, _ = inputs()
    _, weights = Attention("general")(query, values)
    assert np.all(np.asarray(weights) > 0)


@pytest.mark.parametrize(
    ("score", "units", "message"),
    [
        ("cosine", None, "score must be one of"),
        ("additive", None, "needs units"),
        ("additive", 0, "units"),
        ("general", 8, "has no units"),
    ],
)
def test_bad_settings_are_refused(score, units, message):
    with pytest.raises(ValueError, match=message):
        Attention(score, units)


def test_dot_attention_needs_equal_sizes():
    query, values, mask = inputs(QUERY)
    with pytest.raises(ValueError, match="one size"):
        Attention("dot")(query, values, source_mask=mask)
