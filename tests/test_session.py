"""rnnbook.init and rnnbook.reset: quiet, seeded, reproducible start-up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run_python(code: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TF_", "KERAS_"))}
    env["PYTHONPATH"] = str(ROOT / "code")
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300
    )


def test_importing_rnnbook_does_not_import_tensorflow():
    result = run_python(
        "import sys, rnnbook; print('tensorflow' in sys.modules, 'keras' in sys.modules)"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False False"


def test_init_sets_environment_threads_seeds_and_is_quiet():
    result = run_python(
        "import os, rnnbook, numpy as np\n"
        "rnnbook.init(seed=3)\n"
        "import tensorflow as tf, matplotlib as mpl\n"
        "print(os.environ['TF_CPP_MIN_LOG_LEVEL'], os.environ['TF_ENABLE_ONEDNN_OPTS'])\n"
        "print(tf.config.threading.get_intra_op_parallelism_threads(),"
        " tf.config.threading.get_inter_op_parallelism_threads())\n"
        "a = np.random.rand(); b = float(tf.random.uniform(()))\n"
        "rnnbook.init(seed=3)\n"
        "print(a == np.random.rand(), b == float(tf.random.uniform(())))\n"
        "print(mpl.rcParams['axes.grid'])\n"
        "x = tf.random.normal((4, 5)); print(float(tf.reduce_sum(x @ tf.transpose(x))) > 0)\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:5] == ["3 0", "2 2", "True True", "True", "True"]
    # Nothing at all on stderr: no C++ logs, no oneDNN notice, no warnings.
    assert result.stderr == ""


TRAIN_A_BIDIRECTIONAL_LSTM = """
import sys
import rnnbook
rnnbook.init(seed=0, inter_op_threads=int(sys.argv[1]))
import keras, numpy as np, tensorflow as tf
print(tf.config.threading.get_inter_op_parallelism_threads())
x = np.random.default_rng(0).integers(1, 30, size=(64, 9))
y = (x % 3).astype('int32')
inputs = keras.Input((None,), dtype='int32')
h = keras.layers.Embedding(30, 8, mask_zero=True)(inputs)
# Dropout inside the LSTM: both directions draw their masks while running side by side.
h = keras.layers.Bidirectional(keras.layers.LSTM(8, dropout=0.2, return_sequences=True))(h)
h = keras.layers.Dropout(0.2)(h)
model = keras.Model(inputs, keras.layers.Dense(3, activation='softmax')(h))
model.compile(optimizer='adam', loss='sparse_categorical_crossentropy')
model.fit(x, y, batch_size=16, epochs=2, verbose=0)
print(np.concatenate([w.ravel() for w in model.get_weights()]).tobytes().hex())
"""


@pytest.mark.slow
def test_inter_op_threads_do_not_change_training_results():
    """Running independent ops at the same time must give bit-identical weights; this is
    why INTER_OP_THREADS may be above one while the book's outputs stay reproducible."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TF_", "KERAS_"))}
    env["PYTHONPATH"] = str(ROOT / "code")
    weights = []
    for threads in ("1", "2", "2"):
        result = subprocess.run(
            [sys.executable, "-c", TRAIN_A_BIDIRECTIONAL_LSTM, threads],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        assert result.stderr == "", "no warning: the thread count took effect"
        used, weights_hex = result.stdout.split()
        assert used == threads
        weights.append(weights_hex)
    assert weights[0] and weights[0] == weights[1] == weights[2]


def test_init_can_ask_for_one_inter_op_thread():
    result = run_python(
        "import rnnbook; rnnbook.init(seed=0, inter_op_threads=1)\n"
        "import tensorflow as tf\n"
        "print(tf.config.threading.get_inter_op_parallelism_threads())\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"


def test_init_after_tensorflow_import_warns_clearly():
    result = run_python(
        "import warnings, tensorflow, rnnbook\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    rnnbook.init()\n"
        "print(any('before importing tensorflow' in str(w.message) for w in caught))\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "True"


def test_reset_clears_session_and_reseeds():
    result = run_python(
        "import rnnbook; rnnbook.init()\n"
        "import keras\n"
        "def build():\n"
        "    rnnbook.reset(7)\n"
        "    layer = keras.layers.Dense(3)\n"
        "    layer.build((None, 2))\n"
        "    return layer.name, layer.kernel.numpy().tolist()\n"
        "first, second = build(), build()\n"
        "print(first[0] == second[0] == 'dense', first[1] == second[1])\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True True"


@pytest.mark.parametrize(
    ("bad", "error", "message"),
    [
        (0, ValueError, "must be at least 1"),
        (-1, ValueError, "must be at least 1"),
        (1.5, TypeError, "must be an int"),
        ("2", TypeError, "must be an int"),
        (True, TypeError, "must be an int"),
        (None, TypeError, "must be an int"),
    ],
)
def test_bad_inter_op_threads_are_rejected_with_a_clear_message(bad, error, message):
    import rnnbook

    with pytest.raises(error, match=f"inter_op_threads {message}"):
        rnnbook.init(seed=0, inter_op_threads=bad)


@pytest.mark.parametrize("bad", [-1, 2**32, 1.5, "0", True, None])
def test_bad_seed_is_rejected_with_a_clear_message(bad):
    import rnnbook

    with pytest.raises((TypeError, ValueError), match="seed must be"):
        rnnbook.init(bad)
    with pytest.raises((TypeError, ValueError), match="seed must be"):
        rnnbook.reset(bad)
