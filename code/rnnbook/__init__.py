"""rnnbook: the shared code of the rnnbook course book on recurrent neural networks.

Start every notebook with :func:`init` (before anything imports TensorFlow), and every cell that
builds a model with :func:`reset`. Importing this package does not import TensorFlow; the
modules that need Keras import it themselves.

The package is grouped by what the code is for; a chapter's imports lead to its code in one hop:

- ``session``: :func:`init` and :func:`reset` (environment, threads, seeds, plot style);
  ``training``: :class:`EpochLogger`, one rounded line per epoch; ``plots``: learning curves.
- ``arguments``: the argument checks the public functions share.
- ``text``: tokenise, detokenise, ``Vocabulary``, padding, and the special token ids
  ``PAD_ID``, ``UNK_ID``, ``START_ID``, ``END_ID``.
- ``cells``: the cells written twice, as NumPy reference steps from the equations
  (``numpy_lstm``, ``numpy_gru``, ...) and as Keras cells Keras lacks (``keras_peephole``).
- ``tasks``: the synthetic tasks (marker, waves, brackets, echo, adding, spikes), one module
  each, sharing the argument checks of ``arguments``.
- ``diagnostics``: gradient norms through time and peak memory.
- ``corpus``: loading the English-French corpus (``load_split``, ``load_tagged``); its
  generator, which only maintainers run, is the sub-package ``corpus.generator``.
- ``tagging``: POS-tagged sentences to arrays, the most-frequent-tag baseline and per-token
  accuracy (Chapter 5, reused by Chapters 6 and 7).
- ``language_model``: next-token data, count-based baselines and perplexity, sampling with
  temperature and top-k, sample measures (Chapter 6).
- ``hybrid``: characters of words, held-out word types, word + character batches (Chapter 7).
- ``seq2seq``: translation: ``data`` (pairs to arrays), ``lstm_model`` (Chapter 9's
  encoder-decoder), ``attention`` and ``attention_model`` (Chapter 10), ``token_metrics``
  (per-token curves), ``decoding`` (greedy, ``Translator``), ``beam`` (beam search),
  ``evaluation`` (BLEU, accuracy).
- ``checks``: the assignment's self-checks, one call after each task.
- ``display``: ``glue`` that works without myst-nb (Colab, a bare Jupyter).
- ``model_cache``: train a model once and load it afterwards, keyed by its configuration,
  data, code and software versions.

Layers, from the bottom: ``arguments``, ``text``, ``session``, ``training``, ``plots``,
``display`` and ``model_cache`` import nothing else of the package (``model_cache`` reads its
version); ``tasks`` imports ``arguments``; ``cells`` and ``diagnostics`` import nothing outside
themselves; ``corpus`` imports ``text``; ``tagging`` imports ``arguments``, ``text`` and
``corpus``; ``language_model``, ``hybrid`` and ``seq2seq`` import ``arguments`` and ``text``;
``checks`` imports those and ``seq2seq``.
Nothing imports a module above it, and there is no import cycle (``tests/test_layout.py``
checks both). Build helpers live in ``tools/``.
"""

from __future__ import annotations

from rnnbook.session import init, reset

__all__ = ["EpochLogger", "init", "reset"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # EpochLogger subclasses a Keras class, so it is imported only when first asked for.
    if name == "EpochLogger":
        from rnnbook.training import EpochLogger

        return EpochLogger
    raise AttributeError(f"module 'rnnbook' has no attribute {name!r}")
