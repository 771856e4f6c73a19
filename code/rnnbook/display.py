"""``glue``: myst-nb's glue where it is installed, and a plain display of the value elsewhere.

The chapters put computed numbers into their prose with myst-nb's ``glue``. myst-nb is only
needed to *build* the book, so a reader running a chapter in Colab or a bare Jupyter may not
have it; there ``glue`` shows the value instead (the prose's ``{glue:}`` roles are not rendered
outside the book anyway), and the chapter runs to the end.
"""

from __future__ import annotations

import numbers
from typing import Any


def _myst_nb_glue():
    """myst-nb's ``glue`` function, or None when myst-nb is not installed."""
    try:
        from myst_nb import glue as myst_glue
    except ImportError:
        return None
    return myst_glue


def glue(name: str, variable: Any, display: bool = True) -> None:
    """Store ``variable`` under ``name`` for the book's prose (``{glue:}``), as myst-nb does.

    With myst-nb installed this is ``myst_nb.glue(name, variable, display)``, so the stored
    outputs are the ones the book is built from; a NumPy scalar is first turned into the Python
    number it holds, so that the prose's format specifications apply to it. Without myst-nb,
    the value is displayed: the object itself when ``display`` is true (a figure, a table),
    otherwise one short line ``name = value`` (floats to 4 significant digits), so the reader
    still sees the number the text quotes.
    """
    if not isinstance(name, str) or not name:
        raise ValueError(f"glue needs a non-empty str name, got {name!r}")
    if not isinstance(display, bool):
        raise TypeError(f"display must be True or False, got {display!r}")
    variable = _plain(variable)
    myst_glue = _myst_nb_glue()
    if myst_glue is not None:
        myst_glue(name, variable, display=display)
        return
    if display:
        from IPython.display import display as show

        show(variable)
    else:
        print(f"{name} = {_short(variable)}")


def _plain(value: Any) -> Any:
    """A NumPy scalar as the Python number it holds; anything else unchanged.

    myst-nb stores a value by its ``repr``, and since NumPy 2 that of ``np.float64(3.7)`` is
    ``"np.float64(3.7)"``, which the book's ``{glue:text}`name:.1f``` roles cannot format.
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Number):
        return value
    item = getattr(value, "item", None)
    if callable(item) and type(value).__module__ == "numpy":
        return item()
    return value


def _short(value: Any) -> str:
    """A value as one short line: floats to 4 significant digits, like the book's prose."""
    if isinstance(value, bool):
        return repr(value)
    if isinstance(value, numbers.Integral):
        return str(int(value))  # np.int64(38) -> 38
    if isinstance(value, numbers.Real):
        return f"{float(value):.4g}"
    return repr(value)
