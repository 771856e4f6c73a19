"""Scores of translations: corpus BLEU (sacreBLEU) and token accuracy over real tokens."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def corpus_bleu(hypotheses: Sequence[str], references: Sequence[str]) -> float:
    """Corpus BLEU on sacreBLEU's 0-100 scale, one reference per sentence.

    Give detokenised text (ordinary sentences, as ``rnnbook.text.detokenize`` writes them):
    sacreBLEU applies its own standard tokenisation, so scores are comparable across systems.
    """
    import sacrebleu

    hypotheses, references = list(hypotheses), list(references)
    if len(hypotheses) != len(references):
        raise ValueError(
            f"{len(hypotheses)} hypotheses but {len(references)} references: give one each"
        )
    if not hypotheses:
        raise ValueError("no sentences to score")
    for name, texts in (("hypotheses", hypotheses), ("references", references)):
        bad = next((t for t in texts if not isinstance(t, str)), None)
        if bad is not None:
            raise TypeError(f"{name} must be strings (detokenised sentences), found {bad!r}")
    return float(sacrebleu.corpus_bleu(hypotheses, [references]).score)


def masked_token_accuracy(targets: np.ndarray, predictions: np.ndarray, pad_id: int = 0) -> float:
    """The fraction of real (non-padding) target tokens that the predictions get right.

    ``targets`` holds ids (batch, steps); ``predictions`` holds either ids of the same shape or
    scores (batch, steps, vocabulary), whose argmax is taken. Padding positions are ignored.
    """
    targets = np.asarray(targets)
    predictions = np.asarray(predictions)
    if predictions.ndim == targets.ndim + 1:
        predictions = predictions.argmax(axis=-1)
    if predictions.shape != targets.shape:
        raise ValueError(f"targets {targets.shape} and predictions {predictions.shape} differ")
    real = targets != pad_id
    if not real.any():
        raise ValueError("the targets hold only padding")
    return float((predictions[real] == targets[real]).mean())
