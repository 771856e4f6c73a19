"""rnnbook: the shared code of the rnnbook course book on recurrent neural networks.

Importing this package does not import TensorFlow. Call :func:`init` first in every notebook,
before anything imports TensorFlow, then :func:`reset` at the top of every cell that builds a
model. Modules that need Keras (``rnnbook.training`` and later ones) import it themselves.
"""

from __future__ import annotations

from rnnbook.setup import init, reset

__all__ = ["EpochLogger", "init", "reset"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # EpochLogger subclasses a Keras class, so it is imported only when first asked for.
    if name == "EpochLogger":
        from rnnbook.training import EpochLogger

        return EpochLogger
    raise AttributeError(f"module 'rnnbook' has no attribute {name!r}")
