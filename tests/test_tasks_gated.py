"""The task generators of Part II: the adding problem and the spike-interval timing task."""

from __future__ import annotations

import numpy as np
import pytest

from rnnbook.tasks.adding import BASELINE_MSE, make_adding_data
from rnnbook.tasks.spikes import make_interval_data


def test_adding_problem_marks_one_number_in_each_half_and_sums_them():
    x, y = make_adding_data(500, 20, np.random.default_rng(0))
    assert x.shape == (500, 20, 2) and y.shape == (500, 1)
    assert x.dtype == y.dtype == np.float32
    markers = x[:, :, 1]
    assert np.all(markers.sum(axis=1) == 2)
    assert np.all(markers[:, :10].sum(axis=1) == 1) and np.all(markers[:, 10:].sum(axis=1) == 1)
    np.testing.assert_allclose(y[:, 0], (x[:, :, 0] * markers).sum(axis=1), rtol=1e-6)
    assert np.all((x[:, :, 0] >= 0) & (x[:, :, 0] < 1))


def test_adding_problem_baseline_is_the_variance_of_the_sum():
    _, y = make_adding_data(20000, 10, np.random.default_rng(1))
    assert np.mean((y - 1.0) ** 2) == pytest.approx(BASELINE_MSE, rel=0.03)


def test_adding_problem_is_reproducible_and_validates():
    a = make_adding_data(5, 8, np.random.default_rng(3))
    b = make_adding_data(5, 8, np.random.default_rng(3))
    np.testing.assert_array_equal(a[0], b[0])
    with pytest.raises(ValueError, match="length"):
        make_adding_data(5, 1, np.random.default_rng(0))
    with pytest.raises(ValueError, match="count"):
        make_adding_data(0, 8, np.random.default_rng(0))
    with pytest.raises(TypeError, match="Generator"):
        make_adding_data(5, 8, 0)


def test_interval_task_has_two_spikes_gap_apart():
    x, y = make_interval_data(400, 30, 3, 20, np.random.default_rng(0))
    assert x.shape == (400, 30, 1) and y.shape == (400, 1)
    for row, target in zip(x[:, :, 0], y[:, 0], strict=True):
        spikes = np.flatnonzero(row)
        assert spikes.size == 2
        assert spikes[1] - spikes[0] == pytest.approx(target * 20)
    gaps = np.round(y[:, 0] * 20).astype(int)
    assert gaps.min() == 3 and gaps.max() == 20


def test_interval_task_validates():
    rng = np.random.default_rng(0)
    with pytest.raises(ValueError, match="min_gap"):
        make_interval_data(5, 30, 5, 4, rng)
    with pytest.raises(ValueError, match="above max_gap"):
        make_interval_data(5, 20, 3, 20, rng)
