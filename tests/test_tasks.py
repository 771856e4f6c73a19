"""The synthetic tasks have the properties the chapters rely on."""

from __future__ import annotations

import numpy as np
import pytest

from rnnbook import tasks


def test_marker_is_never_in_the_window_and_labels_match():
    tokens, labels, lengths = tasks.marker_task(500, 12, 40, 8, np.random.default_rng(0))
    assert tokens.shape == (500, 40) and labels.shape == (500,) and tokens.dtype == np.int32
    assert np.all((tokens == tasks.MARKER).any(axis=1) == (labels == 1))
    assert not np.any(tokens[:, -8:] == tasks.MARKER)
    assert np.all((tokens > 0).sum(axis=1) == lengths)
    assert lengths.min() >= 12 and lengths.max() <= 40
    assert 0.4 < labels.mean() < 0.6
    # Padding is at the front only.
    for row, length in zip(tokens, lengths, strict=True):
        assert np.all(row[: 40 - length] == 0) and np.all(row[40 - length :] > 0)


def test_marker_task_is_reproducible_and_validates():
    a = tasks.marker_task(10, 12, 20, 4, np.random.default_rng(5))
    b = tasks.marker_task(10, 12, 20, 4, np.random.default_rng(5))
    for left, right in zip(a, b, strict=True):
        np.testing.assert_array_equal(left, right)
    with pytest.raises(ValueError, match="window < min_length"):
        tasks.marker_task(10, 8, 20, 8, np.random.default_rng(0))
    with pytest.raises(TypeError, match="Generator"):
        tasks.marker_task(10, 12, 20, 4, 0)


def test_forecast_windows_pair_past_and_next_value():
    series = np.arange(10, dtype=np.float32)
    x, y = tasks.forecast_windows(series, 3)
    assert x.shape == (7, 3, 1) and y.shape == (7,)
    np.testing.assert_array_equal(x[2, :, 0], [2, 3, 4])
    assert y[2] == 5
    with pytest.raises(ValueError, match="longer"):
        tasks.forecast_windows(series, 10)
    wave = tasks.noisy_waves(100, np.random.default_rng(0), noise=0.0)
    assert wave.shape == (100,) and abs(wave[0]) < 1e-6


def test_bracket_labels_mark_spans():
    ids, labels = tasks.bracket_task(50, 30, np.random.default_rng(0))
    assert ids.shape == labels.shape == (50, 30)
    for row, lab in zip(ids, labels, strict=True):
        inside = False
        for char, label in zip(row, lab, strict=True):
            if tasks.BRACKET_CHARS[char] == "(":
                assert not inside
                inside = True
                assert label == 1
            elif tasks.BRACKET_CHARS[char] == ")":
                assert inside
                inside = False
                assert label == 1
            else:
                assert label == float(inside)


def test_echo_targets_are_delayed_inputs():
    x, y = tasks.echo_stream(3, 20, 4, np.random.default_rng(0))
    assert x.shape == (3, 20, 1) and y.shape == (3, 20)
    np.testing.assert_array_equal(y[:, 4:], (x[:, :-4, 0] > 0).astype(np.float32))
    assert np.all(y[:, :4] == 0)
    with pytest.raises(ValueError, match="shorter"):
        tasks.echo_stream(3, 4, 4, np.random.default_rng(0))


def test_adding_problem_targets_are_the_marked_sums():
    x, y = tasks.adding_problem(200, 15, np.random.default_rng(0))
    assert x.shape == (200, 15, 2) and y.shape == (200,)
    assert np.all(x[..., 1].sum(axis=1) == 2)
    np.testing.assert_allclose(y, (x[..., 0] * x[..., 1]).sum(axis=1), rtol=1e-6)
    assert abs(np.mean((y - 1.0) ** 2) - 1 / 6) < 0.03
    with pytest.raises(ValueError, match="at least 2"):
        tasks.adding_problem(3, 1, np.random.default_rng(0))
