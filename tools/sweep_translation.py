"""Train Chapter 9's encoder-decoder with one setting and print its epoch times and test BLEU.

This is how the table of sizes in Chapter 9 was measured, one run per setting::

    PYTHONPATH=code python tools/sweep_translation.py --units 192 --batch 128 --lr 5e-3 \\
        --epochs 10

The model is the one of Chapter 9 (Embedding -> LSTM reading backwards; Embedding -> LSTM ->
Dense softmax), trained on the same pairs with the same seed, and scored with the same greedy
decoder and corpus BLEU. A run takes minutes; run one at a time on a quiet machine, because
epoch times are the point of the exercise.
"""

from __future__ import annotations

import argparse
import time

import rnnbook


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
    return parser.parse_args()


def main() -> None:
    options = parse_arguments()
    rnnbook.init(seed=0)
    import keras
    import numpy as np

    from rnnbook.corpus import load_split
    from rnnbook.decoding import Translator
    from rnnbook.evaluation import corpus_bleu
    from rnnbook.seq2seq_data import bucketed_batches, build_vocabularies, prepare
    from rnnbook.text import detokenize

    train_pairs, validation_pairs, test_pairs = (
        load_split(split) for split in ("train", "validation", "test")
    )
    source_vocab, target_vocab = build_vocabularies(train_pairs)
    all_train = prepare(train_pairs, source_vocab, target_vocab)
    used = [
        pair for pair, tokens in zip(train_pairs, all_train.target_tokens, strict=True)
        if len(tokens) <= options.max_train_tokens
    ]
    train_data = prepare(used, source_vocab, target_vocab)
    validation_data = prepare(validation_pairs[:1500], source_vocab, target_vocab)
    test_data = prepare(test_pairs, source_vocab, target_vocab)

    rnnbook.reset(seed=0)
    english = keras.Input(shape=(None,), dtype="int32")
    source_embedding = keras.layers.Embedding(len(source_vocab), options.embedding, mask_zero=True)
    encoder = keras.layers.LSTM(options.units, return_state=True, go_backwards=True)
    _, state_h, state_c = encoder(source_embedding(english))
    french = keras.Input(shape=(None,), dtype="int32")
    target_embedding = keras.layers.Embedding(len(target_vocab), options.embedding, mask_zero=True)
    decoder = keras.layers.LSTM(options.units, return_sequences=True, return_state=True)
    outputs, _, _ = decoder(target_embedding(french), initial_state=[state_h, state_c])
    softmax = keras.layers.Dense(len(target_vocab), activation="softmax")
    if options.dropout:
        outputs = keras.layers.Dropout(options.dropout)(outputs)
    model = keras.Model([english, french], softmax(outputs))
    learning_rate = options.lr
    if options.cosine:
        steps = -(-len(train_data) // options.batch) * options.epochs
        learning_rate = keras.optimizers.schedules.CosineDecay(options.lr, steps, alpha=0.05)
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate, clipnorm=1.0),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )

    class EpochTimer(keras.callbacks.Callback):
        def on_epoch_begin(self, epoch, logs=None):
            self.start = time.perf_counter()

        def on_epoch_end(self, epoch, logs=None):
            print(f"epoch {epoch + 1}: {time.perf_counter() - self.start:.1f} s, "
                  f"loss {logs['loss']:.3f}, val_loss {logs['val_loss']:.3f}", flush=True)

    start = time.perf_counter()
    model.fit(
        bucketed_batches(train_data, options.batch, seed=0),
        validation_data=bucketed_batches(validation_data, 500, shuffle=False),
        epochs=options.epochs, shuffle=False, verbose=0, callbacks=[EpochTimer()],
    )
    print(f"training: {time.perf_counter() - start:.0f} s on {len(train_data)} pairs")

    encoder_model = keras.Model(english, [state_h, state_c])
    previous = keras.Input(shape=(1,), dtype="int32")
    states_in = [keras.Input(shape=(options.units,)), keras.Input(shape=(options.units,))]
    step_outputs, step_h, step_c = decoder(target_embedding(previous), initial_state=states_in)
    step_model = keras.Model([previous, *states_in], [softmax(step_outputs), step_h, step_c])

    def encode(input_tensor):
        return [state.numpy() for state in encoder_model(input_tensor, training=False)]

    def step(previous_ids, state):
        scores, h, c = step_model([previous_ids[:, None], *state], training=False)
        return scores.numpy()[:, 0, :], [h.numpy(), c.numpy()]

    translator = Translator(
        encode, step, source_vocab, target_vocab, max_length=all_train.target_tensor.shape[1] + 5
    )
    outputs = translator.translate_ids(test_data.input_tensor)
    hypotheses = [detokenize(tokens, "fr") for tokens in outputs]
    references = [detokenize(tokens, "fr") for tokens in test_data.target_tokens]
    exact = np.array([h == r for h, r in zip(hypotheses, references, strict=True)])
    short = np.array([len(tokens) <= 10 for tokens in test_data.target_tokens])
    print(f"test BLEU {corpus_bleu(hypotheses, references):.1f}; exactly right: "
          f"{exact.mean():.1%} of all, {exact[short].mean():.1%} of those of <= 10 tokens")


if __name__ == "__main__":
    main()
