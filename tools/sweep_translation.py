"""Train Chapter 9's (or 10's) encoder-decoder with one setting; print epoch times and BLEU.

This is how the table of sizes in Chapter 9 is measured, one run per setting::

    PYTHONPATH=code python tools/sweep_translation.py --units 192 --batch 128 --lr 5e-3 \\
        --epochs 10

(``--seed 1`` repeats a setting with another seed, to see how far one run is from another;
``--attention`` trains Chapter 10's attention translator instead, with the general score.)
The model, its training and its greedy decoder are the package's own
(``rnnbook.seq2seq.lstm_model``, the code Chapter 9 shows), trained on the same pairs with the
same seed by default, and decoded through ``rnnbook.translators.compiled`` (the same outputs,
faster). Settings are compared by BLEU on the validation split (the default), against every
correct translation the corpus lists, as Chapter 9 scores; the test split is for the chapter's
one final report, so ``--split test`` is there only to reproduce it. A run takes minutes; run
one at a time on a quiet machine if the epoch times matter.
"""

from __future__ import annotations

import argparse
import hashlib
import time

import rnnbook
import rnnbook.session


def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--embedding", type=int, default=64, help="word vector size")
    parser.add_argument("--units", type=int, default=192, help="LSTM units")
    parser.add_argument("--batch", type=int, default=128, help="sentences per update")
    parser.add_argument("--lr", type=float, default=5e-3, help="Adam's learning rate")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--cosine", action="store_true", help="cosine decay to 5%% of --lr")
    parser.add_argument("--dropout", type=float, default=0.0, help="dropout before the softmax")
    parser.add_argument("--max-train-tokens", type=int, default=14)
    parser.add_argument("--xla", action="store_true",
                        help="compile the training step with XLA (lengths padded to x4)")
    parser.add_argument("--onednn", action="store_true",
                        help="TensorFlow with oneDNN's kernels (off in the book)")
    parser.add_argument("--split", choices=("validation", "test"), default="validation",
                        help="the split to translate and score (default: validation)")
    parser.add_argument("--attention", action="store_true",
                        help="train Chapter 10's attention translator (general score) instead")
    parser.add_argument("--seed", type=int, default=0,
                        help="seed of the initial weights and the batch order (default: 0)")
    options = parser.parse_args()
    if options.attention and (options.dropout or options.xla):
        parser.error("--dropout and --xla apply to Chapter 9's model only, not with --attention")
    return options


def main() -> None:
    options = parse_arguments()
    if options.onednn:  # read by TensorFlow when init() imports it
        rnnbook.session.TF_ENVIRONMENT["TF_ENABLE_ONEDNN_OPTS"] = "1"
    rnnbook.init(seed=options.seed)
    import keras
    import numpy as np

    from rnnbook.corpus import load_split
    from rnnbook.corpus.loading import load_references
    from rnnbook.seq2seq.attention_model import attention_inference, build_attention_translator
    from rnnbook.seq2seq.data import (
        bucketed_batches,
        build_vocabularies,
        prepare,
        within_target_length,
    )
    from rnnbook.seq2seq.decoding import Translator
    from rnnbook.seq2seq.evaluation import corpus_bleu
    from rnnbook.seq2seq.lstm_model import build_lstm_translator, lstm_inference, train_translator
    from rnnbook.text import detokenize
    from rnnbook.translators import compiled

    train_pairs, validation_pairs = load_split("train"), load_split("validation")
    source_vocab, target_vocab = build_vocabularies(train_pairs)
    all_train = prepare(train_pairs, source_vocab, target_vocab)
    used = within_target_length(train_pairs, options.max_train_tokens)
    train_data = prepare(used, source_vocab, target_vocab)
    curve_data = prepare(validation_pairs[:1500], source_vocab, target_vocab)
    scored_pairs = load_split(options.split)
    scored = prepare(scored_pairs, source_vocab, target_vocab)

    rnnbook.reset(seed=options.seed)
    learning_rate = options.lr
    if options.cosine:
        steps = -(-len(train_data) // options.batch) * options.epochs
        learning_rate = keras.optimizers.schedules.CosineDecay(options.lr, steps, alpha=0.05)
    if options.attention:
        model = build_attention_translator(
            len(source_vocab), len(target_vocab), options.embedding, options.units,
            "general", None, learning_rate,
        )
    else:
        model = build_lstm_translator(
            len(source_vocab), len(target_vocab), options.embedding, options.units,
            learning_rate, options.dropout,
        )

    class EpochTimer(keras.callbacks.Callback):
        def on_epoch_begin(self, epoch, logs=None):
            self.start = time.perf_counter()

        def on_epoch_end(self, epoch, logs=None):
            print(f"epoch {epoch + 1}: {time.perf_counter() - self.start:.1f} s, "
                  f"loss {logs['loss']:.3f}, val_loss {logs['val_loss']:.3f}", flush=True)

    start = time.perf_counter()
    if options.xla:
        # Keras turns XLA off while TensorFlow's op determinism is on; XLA on the CPU is
        # deterministic, so force it. Lengths padded to multiples of 4: fewer shapes to compile.
        model._jit_compile = True
        model.fit(
            bucketed_batches(train_data, options.batch, seed=options.seed, length_multiple=4),
            validation_data=bucketed_batches(curve_data, 500, shuffle=False, length_multiple=4),
            epochs=options.epochs, shuffle=False, verbose=0, callbacks=[EpochTimer()],
        )
    else:
        train_translator(model, train_data, curve_data, options.batch, options.epochs,
                         callbacks=[EpochTimer()], seed=options.seed)
    print(f"training: {time.perf_counter() - start:.0f} s on {len(train_data)} pairs")
    digest = hashlib.sha256(b"".join(w.tobytes() for w in model.get_weights()))
    print(f"weights sha256: {digest.hexdigest()[:16]}")

    # A graph step: the same ids as the eager one, faster.
    inference = compiled((attention_inference if options.attention else lstm_inference)(model))
    translator = Translator(inference.encode, inference.step, source_vocab, target_vocab,
                            max_length=all_train.target_tensor.shape[1] + 5,
                            attention=options.attention)
    outputs = translator.translate_ids(scored.input_tensor)
    # Every correct French text of each pair, as Chapter 9 scores its test split.
    bleu = corpus_bleu([detokenize(tokens, "fr") for tokens in outputs],
                       load_references(options.split))
    exact = np.array([o == r for o, r in zip(outputs, scored.target_tokens, strict=True)])
    short = np.array([len(tokens) <= 10 for tokens in scored.target_tokens])
    print(f"{options.split} {bleu!s}; exactly right: {exact.mean():.1%} of all, "
          f"{exact[short].mean():.1%} of those of <= 10 tokens")


if __name__ == "__main__":
    main()
