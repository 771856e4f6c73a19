"""Train a model once, load it afterwards: a cache of trained weights outside the repository.

Training in this book is deterministic, so a model is fully described by its configuration,
its training data and the software that trained it. :func:`train_or_load` hashes those into a
key; the first call trains and stores the weights and the training history under that key,
later calls (in any chapter, any process) load exactly the weights a retraining would give.

The cache lives in ``$RNNBOOK_CACHE`` if set, else ``$XDG_CACHE_HOME/rnnbook``, else
``~/.cache/rnnbook``; ``make clean-cache`` empties it. Nothing in the book needs it to be
correct: an empty cache only means training again.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import shutil
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import keras

CACHE_ENVIRONMENT = "RNNBOOK_CACHE"
_WEIGHTS = "model.weights.h5"
_RECORD = "record.json"


def cache_dir() -> Path:
    """The folder of the cache (not created here)."""
    if os.environ.get(CACHE_ENVIRONMENT):
        return Path(os.environ[CACHE_ENVIRONMENT]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "rnnbook"


def file_sha256(path: str | Path) -> str:
    """The sha256 of a file's bytes, to put the training data into a key."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def cache_key(
    name: str,
    config: Mapping[str, Any],
    data_sha256: str,
    code: Sequence[Callable[..., Any]] = (),
) -> str:
    """The key of a trained model: its name, configuration, data, code and software versions.

    ``config`` must hold everything that changes the trained weights (sizes, learning rate,
    epochs, batch size, seed, data selection); values must be JSON-serialisable. ``code``
    lists the functions that build and train the model: their source text is part of the key,
    so that editing them (in the package or in a notebook) trains anew.
    """
    import keras
    import tensorflow as tf

    import rnnbook

    if not isinstance(name, str) or not name.replace("-", "").replace("_", "").isalnum():
        raise ValueError(f"name must be letters, digits, '-' or '_', got {name!r}")
    if not isinstance(config, Mapping):
        raise TypeError(f"config must be a mapping of settings, got {type(config).__name__}")
    try:
        settings = json.dumps(dict(config), sort_keys=True)
    except TypeError as error:
        raise TypeError(f"config values must be JSON-serialisable: {error}") from None
    identity = {
        "code": [inspect.getsource(function) for function in code],
        "name": name,
        "config": settings,
        "data_sha256": data_sha256,
        "rnnbook": rnnbook.__version__,
        "tensorflow": tf.__version__,
        "keras": keras.__version__,
        # the CPU kernels TensorFlow may use (rnnbook.init() fixes both): other kernels sum
        # in another order, so they train other weights
        "cpu_kernels": [
            os.environ.get("TF_ENABLE_ONEDNN_OPTS", ""),
            os.environ.get("ONEDNN_MAX_CPU_ISA", ""),
        ],
    }
    digest = hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).hexdigest()
    return f"{name}-{digest[:16]}"


@dataclass(frozen=True)
class CachedTraining:
    """What :func:`train_or_load` returns: the model, its history, and where it came from."""

    model: keras.Model
    history: dict[str, list[float]]  # as Keras' ``History.history``
    loaded: bool  # True: weights loaded from the cache; False: trained now
    seconds: float  # time spent training now, or training when it was first stored
    path: Path


def train_or_load(
    name: str,
    config: Mapping[str, Any],
    data_sha256: str,
    build: Callable[[], keras.Model],
    train: Callable[[keras.Model], Any],
    code: Sequence[Callable[..., Any]] = (),
    use_cache: bool = True,
) -> CachedTraining:
    """Load the model of this key from the cache, or build, train and store it.

    ``build()`` returns a new compiled model (seeded: call ``rnnbook.reset`` inside it);
    ``train(model)`` trains it and returns its Keras ``History`` (or the history dict). On a
    hit, ``build()`` is called and the stored weights are loaded into it, so the layers and
    their names are the same as after training. ``code`` is passed to :func:`cache_key`.
    ``use_cache=False`` trains and stores anyway.
    """
    folder = cache_dir() / cache_key(name, config, data_sha256, code)
    weights, record = folder / _WEIGHTS, folder / _RECORD
    if use_cache and weights.is_file() and record.is_file():
        stored = json.loads(record.read_text(encoding="utf-8"))
        model = build()
        if model.optimizer is not None:
            # The stored file holds the optimizer's state too (Adam's moments); building it
            # first lets it load, so that training on from a loaded model is also exact.
            model.optimizer.build(model.trainable_variables)
        model.load_weights(weights)
        return CachedTraining(model, stored["history"], True, stored["seconds"], folder)
    model = build()
    start = time.perf_counter()
    result = train(model)
    seconds = time.perf_counter() - start
    history = dict(getattr(result, "history", result) or {})
    history = {key: [float(v) for v in values] for key, values in history.items()}
    # Write to a temporary folder, then rename: an interrupted run leaves no half entry.
    partial = folder.with_name(folder.name + f".partial-{os.getpid()}")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    model.save_weights(partial / _WEIGHTS)
    (partial / _RECORD).write_text(
        json.dumps({"config": dict(config), "history": history, "seconds": seconds},
                   indent=1, sort_keys=True),
        encoding="utf-8",
    )
    shutil.rmtree(folder, ignore_errors=True)
    partial.rename(folder)
    return CachedTraining(model, history, False, seconds, folder)
