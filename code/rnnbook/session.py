"""Reproducible, quiet start-up for notebooks: environment, threads, seeds and plot style."""

from __future__ import annotations

import os
import random
import sys
import warnings

import numpy as np

# Environment variables TensorFlow reads once, when it is first imported. The same values are
# exported by binder/start, so a Binder session behaves like a local run.
TF_ENVIRONMENT = {
    "TF_CPP_MIN_LOG_LEVEL": "3",  # no C++ info/warning logs on stderr
    "TF_ENABLE_ONEDNN_OPTS": "0",  # no oneDNN notice, and no reordering of float sums
    # TensorFlow's matmuls still call oneDNN's sgemm, which picks its kernel for the CPU it
    # finds: an AVX-512 CPU sums in another order than an AVX2 one, so trained weights, and
    # in time printed numbers, differ from one CPU model to another. Capping oneDNN at AVX2
    # (which every x86-64 CPU of the last ten years has) should give every such CPU the same
    # kernels; that an AVX-512 CPU then matches bit for bit was not checked (README).
    "ONEDNN_MAX_CPU_ISA": "AVX2",
    "KERAS_BACKEND": "tensorflow",
}
# Fixed thread counts. INTRA_OP_THREADS splits the work inside one op (a matmul's sums), so
# it is fixed for the sums to be split the same way on every machine. INTER_OP_THREADS runs
# independent ops at the same time (the two directions of a Bidirectional LSTM, the branches
# of a backward pass); it changes no op's arithmetic, so the results are the same as with one
# (tests/test_session.py checks it). Two made Chapter 9's model train 1.34x faster (`make
# bench-threads`), but a single recurrent layer over 100 steps of small products 1.1-1.4x
# slower (probably because each step's few ops are handed between threads), so the chapters
# built on such layers (3 and 4) pass init(inter_op_threads=1).
INTRA_OP_THREADS = 2
INTER_OP_THREADS = 2

_initialised = False  # set by the first init() of this process

_PLOT_STYLE = {
    "figure.figsize": (6.4, 3.6),
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "legend.frameon": False,
    "font.size": 10,
}


def _check_seed(seed: int) -> None:
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise TypeError(f"seed must be an int, got {type(seed).__name__}: {seed!r}")
    if not 0 <= seed < 2**32:
        raise ValueError(f"seed must be between 0 and 2**32 - 1, got {seed}")


def init(seed: int = 0, inter_op_threads: int = INTER_OP_THREADS) -> None:
    """Prepare a notebook for quiet, reproducible runs. Call it before importing TensorFlow.

    It sets the environment variables that keep TensorFlow's C++ logs and oneDNN notices off
    stderr, fixes TensorFlow's thread counts, makes TensorFlow's ops deterministic, seeds
    Python, NumPy and TensorFlow with ``seed``, and sets the book's matplotlib style.
    ``inter_op_threads`` (default 2): how many independent ops may run at once, such as a
    bidirectional layer's two directions. It changes speed, not results. Chapters 3 and 4 pass
    1, which is faster for a single recurrent layer looping over small steps. Like the other
    thread count, it is fixed by the first call in a process.
    """
    global _initialised
    _check_seed(seed)
    if isinstance(inter_op_threads, bool) or not isinstance(inter_op_threads, int):
        raise TypeError(
            f"inter_op_threads must be an int, got {type(inter_op_threads).__name__}: "
            f"{inter_op_threads!r}"
        )
    if inter_op_threads < 1:
        raise ValueError(f"inter_op_threads must be at least 1, got {inter_op_threads}")
    if "tensorflow" in sys.modules and not _initialised:
        warnings.warn(
            "rnnbook.init() was called after TensorFlow had been imported, so its logging and "
            "thread settings may not take effect. Restart the kernel and call rnnbook.init() "
            "in the first cell, before importing tensorflow or keras.",
            RuntimeWarning,
            stacklevel=2,
        )
    for key, value in TF_ENVIRONMENT.items():
        os.environ[key] = value

    import tensorflow as tf

    tf.get_logger().setLevel("ERROR")
    if _initialised:  # a re-run of the first cell: only reseed
        _seed_everything(seed)
        return
    try:
        tf.config.threading.set_intra_op_parallelism_threads(INTRA_OP_THREADS)
        tf.config.threading.set_inter_op_parallelism_threads(inter_op_threads)
    except RuntimeError:
        # TensorFlow's runtime had already started; the counts can no longer change.
        warnings.warn(
            "TensorFlow's thread counts could not be fixed because its runtime had already "
            "started; results may differ slightly from the book's stored outputs.",
            RuntimeWarning,
            stacklevel=2,
        )
    tf.config.experimental.enable_op_determinism()
    _seed_everything(seed)
    _set_plot_style()
    _initialised = True


def reset(seed: int = 0) -> None:
    """Start a model cell from a clean state: clear the Keras session and reseed everything."""
    _check_seed(seed)
    import keras

    keras.backend.clear_session()
    _seed_everything(seed)


def _seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    if "keras" in sys.modules or "tensorflow" in sys.modules:
        import keras

        keras.utils.set_random_seed(seed)  # seeds Python, NumPy and the backend


def _set_plot_style() -> None:
    import matplotlib as mpl

    mpl.rcParams.update(_PLOT_STYLE)
    # In a notebook, figures are stored as "retina" PNGs: drawn at twice figure.dpi (200 dpi),
    # shown at their 100-dpi size, so they stay sharp on high-density screens. Their text
    # form (e.g. "<Figure size 640x360 with 1 Axes>", which nbval compares) is unchanged.
    try:
        from IPython import get_ipython
        from matplotlib_inline.backend_inline import set_matplotlib_formats
    except ImportError:  # plain Python: no inline figures
        return
    if get_ipython() is not None:
        set_matplotlib_formats("retina")
