"""rnnbook.display.glue stores NumPy scalars as plain Python numbers."""

from __future__ import annotations

import numpy as np
import pytest

from rnnbook import display


def test_glue_passes_numpy_scalars_to_myst_nb_as_python_numbers(monkeypatch):
    stored = {}
    monkeypatch.setattr(
        display, "_myst_nb_glue", lambda: lambda name, value, display: stored.update({name: value})
    )
    display.glue("ratio", np.float64(3.25), display=False)
    display.glue("count", np.int64(7), display=False)
    display.glue("flag", np.bool_(True), display=False)
    display.glue("text", "a", display=False)
    assert type(stored["ratio"]) is float and stored["ratio"] == 3.25
    assert type(stored["count"]) is int and stored["count"] == 7
    assert stored["text"] == "a"
    assert repr(stored["ratio"]) == "3.25"  # what myst-nb stores and the roles format


def test_glue_without_myst_nb_prints_a_short_line(monkeypatch, capsys):
    monkeypatch.setattr(display, "_myst_nb_glue", lambda: None)
    display.glue("bleu", np.float64(46.8765), display=False)
    assert capsys.readouterr().out == "bleu = 46.88\n"


def test_glue_rejects_a_bad_name():
    with pytest.raises(ValueError, match="non-empty str name"):
        display.glue("", 1.0)
