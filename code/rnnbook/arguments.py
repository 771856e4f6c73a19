"""The argument checks the package's public functions share, with messages a learner understands."""

from __future__ import annotations

import numpy as np


def check_positive_int(name: str, value: object) -> None:
    """Raise ``ValueError`` unless ``value`` is an int (not a bool) of at least 1."""
    if isinstance(value, bool) or not isinstance(value, int | np.integer) or value < 1:
        raise ValueError(f"{name} must be a positive int, got {value!r}")


def check_rng(rng: object) -> None:
    """Raise ``TypeError`` unless ``rng`` is a NumPy random ``Generator``."""
    if not isinstance(rng, np.random.Generator):
        raise TypeError(
            f"rng must be a numpy Generator (np.random.default_rng(seed)), got {type(rng).__name__}"
        )
