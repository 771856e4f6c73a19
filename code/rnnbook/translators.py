"""The book's two trained translators, for the chapters that come after them.

Chapter 9 trains an LSTM encoder-decoder and Chapter 10 an attention encoder-decoder, both on
the corpus' training pairs of at most :data:`MAX_TRAIN_TOKENS` French tokens, and both store
the trained weights in the model cache (:mod:`rnnbook.model_cache`). Later chapters and the
assignment kit load them here with the same configuration, so they get exactly the weights the
two chapters trained; with an empty cache they train them anew (several minutes each) and say
so. Import after ``rnnbook.init()``: it imports Keras.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import keras
import numpy as np

from rnnbook.corpus import load_split
from rnnbook.corpus.loading import PairList, load_references
from rnnbook.model_cache import CachedTraining, cache_dir, cache_key, train_or_load
from rnnbook.seq2seq.attention_model import AttentionInference, build_attention_translator
from rnnbook.seq2seq.data import Seq2SeqData, build_vocabularies, prepare, within_target_length
from rnnbook.seq2seq.lstm_model import LSTMInference, build_lstm_translator, train_translator
from rnnbook.session import reset
from rnnbook.text import Vocabulary

MAX_TRAIN_TOKENS = 14  # the longest French sentence (in tokens) the two models train on
VALIDATION_CURVE_PAIRS = 1500  # validation pairs scored after every epoch
# Everything that decides the trained weights, as Chapters 9 and 10 write it: a change in
# either chapter must be made here too (a test compares the cache keys they print).
CHAPTER9_CONFIG = {
    "embedding_size": 64,
    "units": 192,
    "batch_size": 128,
    "epochs": 10,
    "learning_rate": 5e-3,
    "max_train_tokens": MAX_TRAIN_TOKENS,
    "seed": 0,
}
CHAPTER10_CONFIG = {
    "embedding_size": 64,
    "units": 192,
    "score": "general",
    "attention_units": None,
    "learning_rate": 5e-3,
    "batch_size": 128,
    "epochs": 4,
    "max_train_tokens": MAX_TRAIN_TOKENS,
    "seed": 2,  # chosen on corpus 2.7's validation split among seeds 0-2 (Chapter 10)
}
CHAPTER9_NAME, CHAPTER10_NAME = "ch09-lstm-translator", "ch10-attention-translator"
# Training time of each model on the book's 2-core machine, rounded up, for the message a
# chapter prints when it has to train.
TRAINING_MINUTES = {CHAPTER9_NAME: 4, CHAPTER10_NAME: 3}
InferencePair = LSTMInference | AttentionInference


@dataclass(frozen=True)
class TranslationData:
    """The corpus' splits as Chapters 9 and 10 prepare them, and the vocabularies."""

    train_pairs: PairList
    validation_pairs: PairList
    test_pairs: PairList
    source_vocab: Vocabulary
    target_vocab: Vocabulary
    train: Seq2SeqData  # the training pairs of at most MAX_TRAIN_TOKENS French tokens
    validation: Seq2SeqData
    validation_curve: Seq2SeqData  # the first VALIDATION_CURVE_PAIRS validation pairs
    test: Seq2SeqData
    validation_references: list[list[str]]  # every correct French text of each pair
    test_references: list[list[str]]
    max_length: int  # the decoding limit: the longest training target + 5 tokens
    train_sha256: str  # the training pairs, hashed: part of the models' cache keys


def load_translation_data() -> TranslationData:
    """Load the corpus and prepare it exactly as Chapters 9 and 10 do."""
    train_pairs, validation_pairs, test_pairs = (
        load_split(split) for split in ("train", "validation", "test")
    )
    source_vocab, target_vocab = build_vocabularies(train_pairs)

    def prepared(pairs: list) -> Seq2SeqData:
        return prepare(pairs, source_vocab, target_vocab)

    train = prepared(within_target_length(train_pairs, MAX_TRAIN_TOKENS))
    train_sha256 = hashlib.sha256(
        "\n".join(f"{pair.english}\t{pair.french}" for pair in train_pairs).encode()
    ).hexdigest()
    return TranslationData(
        train_pairs,
        validation_pairs,
        test_pairs,
        source_vocab,
        target_vocab,
        train,
        prepared(validation_pairs),
        prepared(validation_pairs[:VALIDATION_CURVE_PAIRS]),
        prepared(test_pairs),
        load_references("validation"),
        load_references("test"),
        prepared(train_pairs).target_tensor.shape[1] + 5,
        train_sha256,
    )


def chapter9_translator(data: TranslationData, use_cache: bool = True) -> CachedTraining:
    """Chapter 9's LSTM encoder-decoder: loaded from the model cache, or trained now."""

    def build() -> keras.Model:
        reset(seed=CHAPTER9_CONFIG["seed"])
        return build_lstm_translator(
            len(data.source_vocab),
            len(data.target_vocab),
            CHAPTER9_CONFIG["embedding_size"],
            CHAPTER9_CONFIG["units"],
            CHAPTER9_CONFIG["learning_rate"],
        )

    return _train_or_load(CHAPTER9_NAME, CHAPTER9_CONFIG, data, build, use_cache,
                          [build_lstm_translator, train_translator])


def chapter10_translator(data: TranslationData, use_cache: bool = True) -> CachedTraining:
    """Chapter 10's attention encoder-decoder: loaded from the model cache, or trained now."""

    def build() -> keras.Model:
        reset(seed=CHAPTER10_CONFIG["seed"])
        return build_attention_translator(
            len(data.source_vocab),
            len(data.target_vocab),
            CHAPTER10_CONFIG["embedding_size"],
            CHAPTER10_CONFIG["units"],
            CHAPTER10_CONFIG["score"],
            CHAPTER10_CONFIG["attention_units"],
            CHAPTER10_CONFIG["learning_rate"],
        )

    return _train_or_load(CHAPTER10_NAME, CHAPTER10_CONFIG, data, build, use_cache,
                          [build_attention_translator, train_translator])


def _train_or_load(
    name: str,
    config: dict,
    data: TranslationData,
    build: Callable[[], keras.Model],
    use_cache: bool,
    code: list[Callable],
) -> CachedTraining:
    if not isinstance(data, TranslationData):
        raise TypeError(
            f"data must come from load_translation_data(), got {type(data).__name__}"
        )

    def train(model: keras.Model) -> keras.callbacks.History:
        reset(seed=config["seed"])
        return train_translator(model, data.train, data.validation_curve,
                                config["batch_size"], config["epochs"], seed=config["seed"])

    key = cache_key(name, config, data.train_sha256, code)
    if not use_cache or not (cache_dir() / key).is_dir():
        print(f"{name} is not in the model cache: training it now "
              f"(about {TRAINING_MINUTES[name]} minutes on a 2-core CPU)")
    return train_or_load(name, config, data.train_sha256, build, train, code, use_cache)


def compiled(inference: InferencePair) -> LSTMInference | CompiledAttention:
    """The same inference pair, faster: its step model runs as a TensorFlow graph.

    ``lstm_inference`` and ``attention_inference`` call their one-step decoder model eagerly,
    which costs more time in Python than in arithmetic at the book's sizes. Run as a
    ``tf.function`` (traced again only for new kinds of shapes), a step is about 3x faster on
    a 2-core CPU; the probabilities are the same up to float32 rounding. For an attention
    pair, the encoder's outputs also stay in TensorFlow (:class:`CompiledAttention`). The
    result has the same ``encode`` and ``step`` functions, for greedy decoding and beam
    search (Chapter 11).
    """
    import tensorflow as tf

    if isinstance(inference, LSTMInference):
        step = tf.function(inference.decoder_step, reduce_retracing=True)
        return dataclasses.replace(inference, decoder_step=step)
    if isinstance(inference, AttentionInference):
        return CompiledAttention(inference)
    raise TypeError(
        "compiled needs what lstm_inference or attention_inference returns, got "
        f"{type(inference).__name__}"
    )


class SharedRows:
    """Arrays that all rows of a decoding batch share; a decoder's state can carry it.

    Beam search reorders every array of a state by row, and passes other objects through
    unchanged (``rnnbook.seq2seq.beam.select_rows``): this keeps the encoder's outputs out of
    that reordering. Each row finds its own sentence through an index array in the state.
    """

    __slots__ = ("values",)

    def __init__(self, *values: Any) -> None:
        self.values = values


class CompiledAttention:
    """An attention inference pair whose step runs as one TensorFlow graph.

    The state is ``[h, c, sentence of each row, SharedRows(encoder outputs, source mask)]``:
    the step gathers each row's encoder outputs inside the graph, so the large (rows, source
    steps, units) array is never copied or converted in Python at each step.
    """

    def __init__(self, inference: AttentionInference) -> None:
        import tensorflow as tf

        self.inference = inference
        step_model = inference.decoder_step

        def run(previous, h, c, rows, outputs, mask):
            return step_model(
                [previous, h, c, tf.gather(outputs, rows), tf.gather(mask, rows)],
                training=False,
            )

        self._run = tf.function(run, reduce_retracing=True)

    def encode(self, input_tensor: np.ndarray) -> list[Any]:
        """English ids (batch, steps) -> the decoder's first state (see the class)."""
        import tensorflow as tf

        h, c, outputs, mask = self.inference.encode(input_tensor)
        shared = SharedRows(tf.constant(outputs), tf.constant(mask))
        return [h, c, np.arange(len(h), dtype=np.int32), shared]

    def step(
        self, previous_ids: np.ndarray, state: list[Any]
    ) -> tuple[np.ndarray, list[Any], np.ndarray]:
        """One step: previous ids (batch,) and the state -> probabilities, state, weights."""
        h, c, rows, shared = state
        probabilities, h, c, weights = self._run(
            np.asarray(previous_ids)[:, None], h, c, rows, *shared.values
        )
        new_state = [h.numpy(), c.numpy(), rows, shared]
        return probabilities.numpy()[:, 0, :], new_state, weights.numpy()[:, 0, :]
