"""Scores of translations: corpus BLEU (sacreBLEU) and token accuracy over real tokens."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from rnnbook.text import PAD_ID


@dataclass(frozen=True)
class BleuScore:
    """A corpus BLEU score (0-100) with sacreBLEU's signature, which says how it was computed.

    Formats like its score: ``f"{bleu:.1f}"`` gives ``"48.6"``.
    """

    score: float
    signature: str

    def __float__(self) -> float:
        return self.score

    def __format__(self, spec: str) -> str:
        return format(self.score, spec)

    def __str__(self) -> str:
        return f"BLEU {self.score:.1f} ({self.signature})"


def corpus_bleu(
    hypotheses: Sequence[str],
    references: Sequence[str] | Sequence[Sequence[str]],
    lowercase: bool = True,
) -> BleuScore:
    """Corpus BLEU of detokenised translations against the raw references.

    Give ordinary sentences on both sides: the model's output detokenised (as
    ``rnnbook.text.detokenize`` writes it) and the references exactly as the corpus holds
    them. Each reference is a string, or a list of strings when a sentence has several correct
    translations (``rnnbook.corpus.load_references`` gives them; sentences may have different
    numbers of references): sacreBLEU then counts an n-gram as right if any reference has it.
    sacreBLEU applies its own standard tokenisation (13a), so scores are comparable across
    systems. ``lowercase=True`` (the default) compares without case, because the book's models
    write lower case; the signature records it (``case:lc``).
    """
    import sacrebleu

    hypotheses, references = list(hypotheses), list(references)
    if len(hypotheses) != len(references):
        raise ValueError(
            f"{len(hypotheses)} hypotheses but {len(references)} references: give one each"
        )
    if not hypotheses:
        raise ValueError("no sentences to score")
    bad = next((t for t in hypotheses if not isinstance(t, str)), None)
    if bad is not None:
        raise TypeError(f"hypotheses must be strings (detokenised sentences), found {bad!r}")
    sets = []
    for ref in references:
        options = [ref] if isinstance(ref, str) else list(ref) if isinstance(
            ref, (list, tuple)) else None
        if not options or not all(isinstance(r, str) for r in options):
            raise TypeError(
                "references must be strings (detokenised sentences) or non-empty lists of "
                f"strings, found {ref!r}"
            )
        sets.append(options)
    # sacreBLEU takes one stream per reference "slot"; a sentence with fewer references
    # leaves its later slots None, which sacreBLEU ignores.
    slots = max(len(options) for options in sets)
    streams = [[options[k] if k < len(options) else None for options in sets]
               for k in range(slots)]
    metric = sacrebleu.metrics.BLEU(lowercase=lowercase)
    result = metric.corpus_score(hypotheses, streams)
    return BleuScore(float(result.score), str(metric.get_signature()))


def masked_token_accuracy(
    targets: np.ndarray, predictions: np.ndarray, pad_id: int = PAD_ID
) -> float:
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
