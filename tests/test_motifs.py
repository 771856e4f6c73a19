"""The chirp-order signal task of Chapter 7: shapes, labels, placement and argument checks."""

from __future__ import annotations

import numpy as np
import pytest

from rnnbook import tasks
from rnnbook.tasks.motifs import chirp, chirp_order_task


def test_chirps_are_mirror_images_with_rising_and_falling_frequency():
    up, down = chirp(24), chirp(24, rising=False)
    assert up.shape == (24,) and up.dtype == np.float32
    np.testing.assert_array_equal(down, up[::-1])
    assert np.isclose(np.abs(up).max(), 1.0)
    # Zero crossings come closer together as the frequency rises.
    crossings = np.flatnonzero(np.diff(np.sign(up[1:-1])) != 0)
    gaps = np.diff(crossings)
    assert gaps[: len(gaps) // 2].mean() > gaps[len(gaps) // 2 :].mean()
    with pytest.raises(ValueError, match="at least 4"):
        chirp(3)
    with pytest.raises(TypeError, match="rising"):
        chirp(12, rising="yes")


def test_each_sequence_holds_both_chirps_where_the_starts_say():
    x, y, starts = chirp_order_task(300, 80, np.random.default_rng(0), 10, 30, noise=0.0)
    assert x.shape == (300, 80, 1) and x.dtype == np.float32
    assert y.shape == (300,) and set(np.unique(y)) == {0.0, 1.0} and 0.4 < y.mean() < 0.6
    assert starts.shape == (300, 2)
    assert np.all(np.abs(starts[:, 0] - starts[:, 1]) >= 30)
    assert starts.min() >= 0 and starts.max() <= 80 - 10
    np.testing.assert_array_equal(y == 1, starts[:, 0] < starts[:, 1])
    up, down = chirp(10), chirp(10, rising=False)
    for row, (u, d) in zip(x[:, :, 0], starts, strict=True):
        np.testing.assert_allclose(row[u : u + 10], up)
        np.testing.assert_allclose(row[d : d + 10], down)
        rest = np.ones(80, dtype=bool)
        rest[u : u + 10] = rest[d : d + 10] = False
        assert not row[rest].any()  # no noise: zero outside the chirps


def test_both_orders_and_many_places_occur_and_noise_is_added():
    x, y, starts = chirp_order_task(2000, 100, np.random.default_rng(1), noise=0.5)
    first = starts.min(axis=1)
    assert first.min() == 0 and starts.max() == 100 - 12
    assert 0.45 < x[y == 1].std() / 0.5 < 1.3
    far = np.abs(starts[:, 0] - starts[:, 1])
    assert far.min() >= 40 and far.max() > 70


def test_chirp_order_task_is_reproducible_and_exported():
    a = tasks.chirp_order_task(5, 60, np.random.default_rng(3), 8, 20)
    b = tasks.chirp_order_task(5, 60, np.random.default_rng(3), 8, 20)
    for left, right in zip(a, b, strict=True):
        np.testing.assert_array_equal(left, right)
    assert tasks.chirp is chirp


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"count": 0}, ValueError, "count"),
        ({"length": 50}, ValueError, "at least min_gap"),
        ({"min_gap": 5}, ValueError, "overlap"),
        ({"noise": -1.0}, ValueError, "noise"),
        ({"rng": 0}, TypeError, "Generator"),
    ],
)
def test_chirp_order_task_checks_its_arguments(kwargs, error, match):
    arguments = {"count": 4, "length": 100, "rng": np.random.default_rng(0)} | kwargs
    with pytest.raises(error, match=match):
        chirp_order_task(**arguments)
