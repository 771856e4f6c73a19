"""A signal task that needs local patterns and their order (Chapter 7): which chirp comes first?

Each sequence is Gaussian noise holding two short *chirps*, oscillations whose frequency rises
(an up-chirp) or falls (a down-chirp), at random positions at least ``min_gap`` steps apart.
The label says whether the up-chirp comes first. The two chirps are mirror images of each
other, with the same energy and the same values in another order, so telling them apart
needs a local pattern detector; the label then depends on where the two are, which may be
far apart.
"""

from __future__ import annotations

import numpy as np

from rnnbook.arguments import check_positive_int, check_rng


def chirp(length: int, rising: bool = True) -> np.ndarray:
    """A chirp of ``length`` steps (float32, peak about 1): a sine whose frequency goes from
    0.1 to 0.4 cycles per step (``rising``) or back, under a smooth (Hann) window."""
    check_positive_int("length", length)
    if length < 4:
        raise ValueError(f"a chirp needs at least 4 steps, got length={length}")
    if not isinstance(rising, bool):
        raise TypeError(f"rising must be True or False, got {rising!r}")
    t = np.arange(length) / (length - 1)  # 0 .. 1
    # Frequency 0.1 -> 0.4 cycles per step: phase is 2 pi times its running sum.
    phase = 2 * np.pi * (length - 1) * (0.1 * t + 0.15 * t**2)
    wave = np.sin(phase) * np.hanning(length + 2)[1:-1]
    wave = wave / np.abs(wave).max()
    return (wave if rising else wave[::-1]).astype(np.float32)


def chirp_order_task(
    count: int,
    length: int,
    rng: np.random.Generator,
    motif_length: int = 12,
    min_gap: int = 40,
    noise: float = 0.5,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``count`` noisy sequences of ``length`` steps, each with one up-chirp and one
    down-chirp of ``motif_length`` steps; the label is 1 if the up-chirp comes first.

    The two chirps start at least ``min_gap`` steps apart (so they never overlap when
    ``min_gap >= motif_length``), in random places and in a random order (half the labels are
    1, about); the noise is Gaussian with standard deviation ``noise``.

    Returns ``(inputs, labels, starts)``: float32 of shape (count, length, 1), float32 0/1 of
    shape (count,), and int of shape (count, 2), the start of the up-chirp and of the
    down-chirp.
    """
    check_rng(rng)
    for name, value in (("count", count), ("length", length), ("motif_length", motif_length)):
        check_positive_int(name, value)
    check_positive_int("min_gap", min_gap)
    if min_gap < motif_length:
        raise ValueError(
            f"min_gap ({min_gap}) must be at least motif_length ({motif_length}) so that the "
            "two chirps never overlap"
        )
    if length < min_gap + motif_length:
        raise ValueError(
            f"length must be at least min_gap + motif_length = {min_gap + motif_length} to fit "
            f"both chirps, got {length}"
        )
    if isinstance(noise, bool) or not isinstance(noise, int | float) or noise < 0:
        raise ValueError(f"noise must be a number >= 0, got {noise!r}")
    # The first start is uniform over the places that leave room for the gap and the second
    # chirp; the second starts at least min_gap later, uniform over what is left.
    last = length - motif_length  # the latest start of a chirp
    first = (rng.uniform(size=count) * (last - min_gap + 1)).astype(int)
    second = first + min_gap + (rng.uniform(size=count) * (last - first - min_gap + 1)).astype(int)
    labels = rng.integers(0, 2, size=count).astype(np.float32)
    up_first = labels == 1
    starts = np.stack([np.where(up_first, first, second), np.where(up_first, second, first)], 1)
    inputs = (noise * rng.normal(size=(count, length))).astype(np.float32)
    steps = np.arange(motif_length)
    rows = np.arange(count)[:, None]
    inputs[rows, starts[:, :1] + steps] += chirp(motif_length, rising=True)
    inputs[rows, starts[:, 1:] + steps] += chirp(motif_length, rising=False)
    return inputs[..., None], labels, starts
