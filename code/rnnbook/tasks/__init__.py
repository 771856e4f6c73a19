"""Synthetic sequence tasks with known answers, used to test what recurrent networks can learn.

One module per task, named after it; every generator takes a NumPy ``Generator`` (so the data
are the same on every run), checks its arguments with :mod:`rnnbook.arguments`, and returns
NumPy arrays only (no TensorFlow), ready for ``model.fit``.

- :mod:`~rnnbook.tasks.marker`, :mod:`~rnnbook.tasks.waves`, :mod:`~rnnbook.tasks.brackets`:
  Chapter 1;
- :mod:`~rnnbook.tasks.echo`: Chapter 2 (truncated BPTT);
- :mod:`~rnnbook.tasks.adding`: Chapters 2-4 (long-range memory);
- :mod:`~rnnbook.tasks.spikes`: Chapters 3-4 (timing, for peepholes);
- :mod:`~rnnbook.tasks.motifs`: Chapter 7 (local patterns and their order, for hybrids).
"""

from __future__ import annotations

from rnnbook.tasks.adding import BASELINE_MSE, make_adding_data
from rnnbook.tasks.brackets import BRACKET_CHARS, bracket_task
from rnnbook.tasks.echo import echo_stream
from rnnbook.tasks.marker import MARKER, MARKER_VOCAB, marker_task
from rnnbook.tasks.motifs import chirp, chirp_order_task
from rnnbook.tasks.spikes import make_interval_data
from rnnbook.tasks.waves import forecast_windows, noisy_waves

__all__ = [
    "BASELINE_MSE",
    "BRACKET_CHARS",
    "MARKER",
    "MARKER_VOCAB",
    "bracket_task",
    "chirp",
    "chirp_order_task",
    "echo_stream",
    "forecast_windows",
    "make_adding_data",
    "make_interval_data",
    "marker_task",
    "noisy_waves",
]
