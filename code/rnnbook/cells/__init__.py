"""Recurrent cells, written twice where the book checks one against the other.

- ``numpy_*``: NumPy reference steps written from the chapters' equations, in the weight layout
  Keras uses, so that a chapter can prove its equations equal what Keras computes:
  :mod:`~rnnbook.cells.numpy_lstm` (LSTM, peephole LSTM; Chapter 3),
  :mod:`~rnnbook.cells.numpy_gru` (GRU; Chapter 4), :mod:`~rnnbook.cells.numpy_unroll` (run a
  step over whole sequences) and :mod:`~rnnbook.cells.numpy_common` (``sigmoid``, and
  ``split_gates`` and ``check_state`` for Keras-shaped weights).
- ``keras_*``: Keras cells that Keras does not ship: :mod:`~rnnbook.cells.keras_peephole`
  (the peephole LSTM of Chapter 3).

This package's ``__init__`` imports nothing, so the NumPy modules never import TensorFlow.
"""
