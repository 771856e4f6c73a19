"""``make bench``: how fast Chapter 9's model trains, against what this machine's matmuls can do.

Prints, from one run on this machine:

1. float32 matmul throughput (GFLOP/s) at the shapes the model uses (one LSTM step: batch x
   (input + hidden) x 4*hidden; the output layer: batch*time x hidden x vocabulary) and at one
   large square shape, the practical peak;
2. the training throughput of Chapter 9's model (target tokens per second, and achieved GFLOP/s
   counting the forward and backward FLOPs of its matmuls) with today's configuration (the
   baseline) and with each speed-up lever;
3. each lever's speed-up over the baseline and its GFLOP/s as a fraction of the large matmul.

Every configuration trains on the same 4,096 training pairs (one "epoch" of them) and is timed
over 3 repetitions, interleaved (all configurations once, then again, ...) so that the machine's
slow moments hit all of them alike; the table gives medians. oneDNN can only be switched when
TensorFlow is first imported, so the oneDNN configurations run in a second process, interleaved
among themselves; the ratios between the two processes are then measured at different moments.

TensorFlow's thread counts are also fixed at its start. ``--threads`` compares the book's two
inter-op threads with one, for the baseline configuration, in processes that alternate (one
thread, two threads, one, two, ...), so that both settings meet the machine's slow moments
alike; it takes about 2.5 minutes (``make bench-threads``).

Run ``make bench`` (or ``PYTHONPATH=code python tools/bench.py``); it takes about 3.5 minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

EMBEDDING, UNITS, MAX_TRAIN_TOKENS = 64, 192, 14
SUBSET, REPETITIONS = 4096, 3
# name -> (oneDNN, mixed bfloat16, XLA on padded shapes, batch size, inter-op threads,
#          input projection of all time steps as one matmul)
CONFIGS = {
    "baseline (Chapter 9)": (False, False, False, 128, 2, False),
    "input projection once": (False, False, False, 128, 2, True),
    "XLA, lengths padded to x4": (False, False, True, 128, 2, False),
    "batch 512": (False, False, False, 512, 2, False),
    "XLA + batch 512": (False, False, True, 512, 2, False),
    "oneDNN": (True, False, False, 128, 2, False),
    "oneDNN + bfloat16": (True, True, False, 128, 2, False),
    "oneDNN + XLA": (True, False, True, 128, 2, False),
    "oneDNN + XLA + batch 512": (True, False, True, 512, 2, False),
    "oneDNN + XLA + projection": (True, False, True, 128, 2, True),
}
# The processes, each with the settings that only take effect at TensorFlow's start:
# (oneDNN, inter-op threads). The first also measures the matmuls.
PROCESSES = sorted(
    {(config[0], config[4]) for config in CONFIGS.values()}, key=lambda p: (p[0], -p[1])
)


def matmul_rates(tf) -> dict[str, float]:
    """GFLOP/s of float32 matmuls at the model's shapes and at a large square shape."""
    vocabulary = 1227

    def rate(m: int, k: int, n: int) -> float:
        a, b = tf.random.normal((m, k)), tf.random.normal((k, n))
        product = tf.function(lambda a, b: tf.matmul(a, b))
        product(a, b)
        flops = 2 * m * k * n
        repeats = max(3, int(1e10 / flops))
        times = []
        for _ in range(REPETITIONS):
            start = time.perf_counter()
            for _ in range(repeats):
                result = product(a, b)
            result.numpy()
            times.append((time.perf_counter() - start) / repeats)
        return flops / statistics.median(times) / 1e9

    return {
        f"LSTM step 128x{EMBEDDING + UNITS}x{4 * UNITS}": rate(
            128, EMBEDDING + UNITS, 4 * UNITS
        ),
        f"output layer 1536x{UNITS}x{vocabulary}": rate(1536, UNITS, vocabulary),
        "large square 2048x2048x2048": rate(2048, 2048, 2048),
    }


def build_projected_translator(
    source_vocab_size: int, target_vocab_size: int, embedding_size: int, units: int,
    learning_rate: float,
):
    """Chapter 9's model, but each LSTM's input product is one matmul over all time steps.

    Keras' LSTM multiplies each step's input by its kernel inside the loop over time (on the
    CPU there is no fused kernel): a (batch x embedding) product per step. Here a Dense layer
    computes x_t W + b for every t at once, a (batch*time x embedding) product, and the loop
    adds only h_{t-1} U. Same equations, same initialisers; the sums run in another order, so
    the numbers differ in the last bits from the baseline's.
    """
    import keras

    from rnnbook.seq2seq.token_metrics import TokenAccuracy, TokenCrossEntropy

    class RecurrentPart(keras.layers.Layer):
        """The LSTM cell without its input product: inputs are x_t W + b, 4*units wide."""

        def __init__(self, units: int, **kwargs):
            super().__init__(**kwargs)
            self.units = units
            self.state_size = [units, units]
            self.output_size = units

        def build(self, input_shape):
            self.recurrent_kernel = self.add_weight(
                shape=(self.units, 4 * self.units), initializer="orthogonal",
                name="recurrent_kernel",
            )

        def call(self, inputs, states):
            h, c = states
            z = inputs + keras.ops.matmul(h, self.recurrent_kernel)
            i, f, g, o = keras.ops.split(z, 4, axis=-1)
            c = keras.ops.sigmoid(f) * c + keras.ops.sigmoid(i) * keras.ops.tanh(g)
            h = keras.ops.sigmoid(o) * keras.ops.tanh(c)
            return h, [h, c]

    def forget_bias_one(shape, dtype=None):
        # Keras' unit_forget_bias: zeros, but ones for the forget gate.
        return keras.ops.concatenate(
            [keras.ops.zeros(units), keras.ops.ones(units), keras.ops.zeros(2 * units)]
        )

    def projected_lstm(embedded, name, initial_state=None, **options):
        projected = keras.layers.Dense(
            4 * units, bias_initializer=forget_bias_one, name=f"{name}_input_product"
        )(embedded)
        layer = keras.layers.RNN(RecurrentPart(units), name=name, **options)
        return layer(projected, initial_state=initial_state)

    english = keras.Input(shape=(None,), dtype="int32")
    french = keras.Input(shape=(None,), dtype="int32")
    embedded_english = keras.layers.Embedding(
        source_vocab_size, embedding_size, mask_zero=True
    )(english)
    _, h, c = projected_lstm(
        embedded_english, "encoder", return_state=True, go_backwards=True
    )
    embedded_french = keras.layers.Embedding(
        target_vocab_size, embedding_size, mask_zero=True
    )(french)
    outputs, _, _ = projected_lstm(
        embedded_french, "decoder", initial_state=[h, c], return_sequences=True,
        return_state=True,
    )
    probabilities = keras.layers.Dense(target_vocab_size, activation="softmax")(outputs)
    model = keras.Model([english, french], probabilities)
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate, clipnorm=1.0),
        loss="sparse_categorical_crossentropy",
        metrics=[TokenAccuracy(), TokenCrossEntropy()],
    )
    return model


def measure_training(names: list[str]) -> dict[str, dict]:
    """Median seconds, tokens/s and GFLOP/s of one pass over the subset, per configuration."""
    import keras
    import numpy as np
    import tensorflow as tf

    from rnnbook import reset
    from rnnbook.corpus import load_split
    from rnnbook.seq2seq.data import (
        bucketed_batches,
        build_vocabularies,
        prepare,
        within_target_length,
    )
    from rnnbook.seq2seq.lstm_model import build_lstm_translator

    train_pairs = load_split("train")
    source_vocab, target_vocab = build_vocabularies(train_pairs)
    used = within_target_length(train_pairs, MAX_TRAIN_TOKENS)
    chosen = np.random.default_rng(0).choice(len(used), SUBSET, replace=False)
    data = prepare([used[i] for i in sorted(chosen)], source_vocab, target_vocab)
    source_tokens = int((data.input_tensor != 0).sum())
    target_tokens = int((data.decoder_target != 0).sum())
    e, h, v = EMBEDDING, UNITS, len(target_vocab)
    # Forward FLOPs of the matmuls per token (the LSTMs' input and recurrent products, the
    # output layer); the backward pass costs about twice the forward one.
    flops = 3 * (
        source_tokens * 2 * (e + h) * 4 * h + target_tokens * (2 * (e + h) * 4 * h + 2 * h * v)
    )

    runs = {}
    for name in names:
        _, bfloat16, xla, batch, _, projection = CONFIGS[name]
        # For XLA, lengths rounded up to multiples of 4: few shapes, each compiled once.
        batches = list(bucketed_batches(data, batch, seed=0, length_multiple=4 if xla else 1))
        reset(seed=0)
        if bfloat16:
            keras.mixed_precision.set_global_policy("mixed_bfloat16")
        build = build_projected_translator if projection else build_lstm_translator
        model = build(len(source_vocab), len(target_vocab), EMBEDDING, UNITS, 5e-3)
        if xla:
            # Keras turns XLA off whenever TensorFlow's op determinism is on (it is, for the
            # book's reproducibility); XLA on the CPU is deterministic, so force it here.
            model._jit_compile = True
        matrix = tf.TensorSpec(shape=(None, None), dtype=tf.int32)
        dataset = tf.data.Dataset.from_generator(
            lambda batches=batches: iter(batches),
            output_signature=((matrix, matrix), matrix),
        )
        start = time.perf_counter()
        model.fit(dataset, epochs=1, verbose=0)  # traces (and for XLA compiles) each shape
        runs[name] = {"model": model, "dataset": dataset, "warm-up": time.perf_counter() - start,
                      "times": []}
    for _ in range(REPETITIONS):
        for name in names:
            run = runs[name]
            start = time.perf_counter()
            history = run["model"].fit(run["dataset"], epochs=1, verbose=0)
            run["times"].append(time.perf_counter() - start)
            run["loss"] = float(history.history["loss"][0])
    results = {}
    for name, run in runs.items():
        seconds = statistics.median(run["times"])
        results[name] = {
            "seconds": seconds,
            "spread": [min(run["times"]), max(run["times"])],
            "warm_up": run["warm-up"],
            "tokens_per_second": target_tokens / seconds,
            "gflops": flops / seconds / 1e9,
            "loss_after_4_passes": run["loss"],
        }
    return results


def worker(onednn: bool, inter_op_threads: int) -> dict:
    """Measure in this process, with the start-up settings given: the configurations that
    share them, and (in the first process) the matmuls."""
    import rnnbook
    import rnnbook.session

    rnnbook.session.TF_ENVIRONMENT["TF_ENABLE_ONEDNN_OPTS"] = "1" if onednn else "0"
    rnnbook.init(seed=0, inter_op_threads=inter_op_threads)
    import tensorflow as tf

    names = [
        name
        for name, config in CONFIGS.items()
        if (config[0], config[4]) == (onednn, inter_op_threads)
    ]
    result = {"training": measure_training(names)}
    if (onednn, inter_op_threads) == PROCESSES[0]:
        result["matmul"] = matmul_rates(tf)
    return result


def thread_worker(inter_op_threads: int) -> dict:
    """The baseline configuration, trained in this process with the given inter-op threads."""
    import rnnbook

    rnnbook.init(seed=0, inter_op_threads=inter_op_threads)
    return measure_training(["baseline (Chapter 9)"])["baseline (Chapter 9)"]


def run_worker(flag: str, value: int, environment: dict[str, str]) -> dict | int:
    """Run this script as a worker process; its JSON result, or its exit code if it failed."""
    done = subprocess.run(
        [sys.executable, __file__, flag, str(value)],
        capture_output=True, text=True, env=environment, check=False,
    )
    if done.returncode:
        sys.stderr.write(done.stderr)
        return done.returncode
    return json.loads(done.stdout.strip().splitlines()[-1])


def compare_threads(environment: dict[str, str], processes_each: int = 3) -> int:
    """Alternate processes with one and two inter-op threads; print the per-pass medians."""
    passes: dict[int, list[float]] = {1: [], 2: []}
    losses: dict[int, set[float]] = {1: set(), 2: set()}
    for _ in range(processes_each):
        for threads in (1, 2):
            run = run_worker("--thread-worker", threads, environment)
            if isinstance(run, int):
                return run
            passes[threads].append(run["seconds"])
            losses[threads].add(run["loss_after_4_passes"])
    print(f"Chapter 9's baseline on {SUBSET} pairs, {processes_each} alternating processes per "
          "setting\n(each value: the median of its process' 3 timed passes):")
    one = statistics.median(passes[1])
    for threads in (1, 2):
        seconds = statistics.median(passes[threads])
        times = " ".join(f"{t:.2f}" for t in passes[threads])
        loss = " ".join(f"{value:.6f}" for value in sorted(losses[threads]))
        print(f"  {threads} inter-op thread{'s' if threads > 1 else ' '}: {seconds:5.2f} s/pass "
              f"(processes: {times}), speed-up {one / seconds:4.2f}x, loss {loss}")
    print("same loss in every process:", losses[1] == losses[2] and len(losses[1]) == 1)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", action="store_true",
                        help="compare one and two inter-op threads instead (about 2.5 minutes)")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)  # an index of PROCESSES
    parser.add_argument("--thread-worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker is not None:
        print(json.dumps(worker(*PROCESSES[args.worker])))
        return 0
    if args.thread_worker is not None:
        print(json.dumps(thread_worker(args.thread_worker)))
        return 0
    start = time.perf_counter()
    environment = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3")
    if args.threads:
        return compare_threads(environment)
    results: dict = {"training": {}}
    for index in range(len(PROCESSES)):
        part = run_worker("--worker", index, environment)
        if isinstance(part, int):
            return part
        results["training"].update(part["training"])
        results.setdefault("matmul", part.get("matmul"))
    peak = results["matmul"]["large square 2048x2048x2048"]
    print("Matmul throughput, float32, 2 threads (median of 3):")
    for shape, gflops in results["matmul"].items():
        print(f"  {shape:34s} {gflops:7.1f} GFLOP/s  ({gflops / peak:4.0%} of the large one)")
    baseline = results["training"]["baseline (Chapter 9)"]
    print(f"\nTraining Chapter 9's model on {SUBSET} pairs (median of {REPETITIONS} passes):")
    print(f"  {'configuration':26s} {'warm-up':>7s} {'s/pass':>6s} {'range':>11s} "
          f"{'tokens/s':>8s} {'GFLOP/s':>7s} {'speed-up':>8s} {'of peak':>7s} {'loss':>5s}")
    for name, run in results["training"].items():
        low, high = run["spread"]
        print(f"  {name:26s} {run['warm_up']:6.1f}s {run['seconds']:6.2f} "
              f"{low:5.2f}-{high:<5.2f} {run['tokens_per_second']:8.0f} {run['gflops']:7.1f} "
              f"{run['tokens_per_second'] / baseline['tokens_per_second']:7.2f}x "
              f"{run['gflops'] / peak:7.0%} {run['loss_after_4_passes']:5.3f}")
    print("\nwarm-up: the first pass, which traces (and for XLA compiles) every batch shape.")
    print("loss: the training loss of the 4th pass over the subset, a first sign of whether a "
          "lever\nchanges what the model learns (not a validation result).")
    print(f"bench took {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
