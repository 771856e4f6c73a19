"""Scores of translations: corpus BLEU (sacreBLEU), paired bootstrap comparisons of two
systems, and token accuracy over real tokens."""

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

    hypotheses, streams = _checked(hypotheses, references)
    metric = sacrebleu.metrics.BLEU(lowercase=lowercase)
    result = metric.corpus_score(hypotheses, streams)
    return BleuScore(float(result.score), str(metric.get_signature()))


def _checked(
    hypotheses: Sequence[str], references: Sequence[str] | Sequence[Sequence[str]]
) -> tuple[list[str], list[list[str | None]]]:
    """The hypotheses as a list, and the references as sacreBLEU's reference streams."""
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
    return hypotheses, streams


@dataclass(frozen=True)
class BootstrapComparison:
    """Two systems' corpus BLEU on the same sentences, compared by paired bootstrap.

    ``baseline`` and ``system`` are the scores on all the sentences; ``baseline_margin`` and
    ``system_margin`` the half-widths of their 95% intervals over the resamples (a score is
    then ``system ± system_margin``); ``p_value`` the probability, if the two systems were
    equally good, of a difference at least as large as the one seen (small: the difference
    is unlikely to be chance in the choice of sentences); ``samples`` the number of resamples.
    """

    baseline: float
    system: float
    baseline_margin: float
    system_margin: float
    p_value: float
    samples: int

    @property
    def difference(self) -> float:
        return self.system - self.baseline


def paired_bootstrap(
    baseline: Sequence[str],
    system: Sequence[str],
    references: Sequence[str] | Sequence[Sequence[str]],
    samples: int = 1000,
    lowercase: bool = True,
) -> BootstrapComparison:
    """Compare two systems' translations of the same sentences by paired bootstrap.

    sacreBLEU's paired bootstrap resampling test (Koehn, 2004) draws ``samples`` sets of
    sentences with replacement, the same draws for both systems, and scores both on each; the
    spread of the scores says how much BLEU would move with another sample of sentences of
    this kind. Inputs are as for ``corpus_bleu`` (detokenised text; one string or a list of
    strings per reference). The draws are seeded (sacreBLEU's seed, 12345, unless the
    ``SACREBLEU_SEED`` environment variable sets another), so a run repeats exactly.
    """
    from sacrebleu.metrics import BLEU
    from sacrebleu.significance import PairedTest

    if not isinstance(samples, int) or samples < 100:
        raise ValueError(f"samples must be a whole number of at least 100, got {samples!r}")
    baseline, streams = _checked(baseline, references)
    system, _ = _checked(system, references)
    test = PairedTest(
        [("baseline", baseline), ("system", system)],
        {"BLEU": BLEU(lowercase=lowercase)},
        streams,
        test_type="bs",
        n_samples=samples,
    )
    _, results = test()
    (first, second), = [v for k, v in results.items() if k != "System"]
    # sacreBLEU's test gives two identical systems its smallest p-value (1 / (samples + 1)),
    # because no resample differs by more than their difference of 0: identical outputs are
    # no evidence of a difference, so their p-value is 1.
    same = baseline == system
    return BootstrapComparison(
        baseline=float(first.score),
        system=float(second.score),
        baseline_margin=float(first.ci),
        system_margin=float(second.ci),
        p_value=1.0 if same else float(second.p_value),
        samples=samples,
    )


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
