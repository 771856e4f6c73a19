"""Task 5 and Task 7 self-checks on scores: corpus BLEU and token accuracy."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np

from rnnbook.checks.report import fail, passed, require_filled
from rnnbook.seq2seq.evaluation import corpus_bleu

_IDS_AS_TEXT = re.compile(r"\d+( \d+)*")
_SPECIALS = ("<start>", "<end>", "<pad>")


def _check_sentences(task: str, name: str, texts: Sequence[Any]) -> None:
    for i, text in enumerate(texts):
        if isinstance(text, str):
            if _IDS_AS_TEXT.fullmatch(text.strip()):
                fail(task, f"{name}[{i}] is {text[:40]!r}: token ids written as text. BLEU "
                           "compares words: decode the ids (target_vocab.decode) and join them "
                           "with rnnbook.text.detokenize(tokens, 'fr')")
            if any(special in text for special in _SPECIALS):
                fail(task, f"{name}[{i}] contains a special token ({text[:50]!r}): decode with "
                           "target_vocab.decode, which drops <start>, <end> and <pad>")
            continue
        kind = type(text).__name__
        if isinstance(text, int | np.integer) or (
            not isinstance(text, str)
            and np.asarray(text).dtype.kind in "iu"
        ):
            fail(task, f"{name}[{i}] is a {kind} of token ids: BLEU is computed on sentences. "
                       "Decode the ids (target_vocab.decode) and detokenize them "
                       "(rnnbook.text.detokenize(tokens, 'fr'))")
        fail(task, f"{name}[{i}] is a {kind}, not a sentence: give strings, for a token list "
                   "rnnbook.text.detokenize(tokens, 'fr')")


def check_bleu(
    hypotheses: Sequence[Any],
    references: Sequence[Any],
    training_references: Iterable[str] = (),
    score: Any = None,
    task: str = "Task 5",
) -> None:
    """Check what a corpus BLEU score was computed on, and (if given) the score itself.

    ``hypotheses``: the model's translations of the test sentences; ``references``: the test
    split's French sentences; ``training_references``: the training split's French sentences
    (to catch a score on training data); ``score``: the student's BLEU (0-100).
    """
    require_filled(task, hypotheses=hypotheses, references=references, score=score)
    hypotheses, references = list(hypotheses), list(references)
    if not hypotheses or len(hypotheses) != len(references):
        fail(task, f"give one hypothesis per reference, got {len(hypotheses)} hypotheses and "
                   f"{len(references)} references")
    _check_sentences(task, "hypotheses", hypotheses)
    _check_sentences(task, "references", references)
    checked = ["BLEU compares detokenised sentences, not token ids"]
    seen = set(training_references)
    if seen:
        in_training = np.mean([reference in seen for reference in references])
        if in_training > 0.5:
            fail(task, f"{in_training:.0%} of the references are training sentences: score the "
                       "test split (sentences the model never saw), not the training data")
        checked.append("the references are not training sentences")
    if np.mean([h == r for h, r in zip(hypotheses, references, strict=True)]) == 1.0:
        fail(task, "every hypothesis equals its reference: did you pass the references twice? "
                   "The hypotheses are the model's translations")
    if score is not None:
        expected = corpus_bleu(hypotheses, references).score
        value = float(score)
        if 0 < value <= 1 and expected > 1:
            fail(task, f"your score {value:.3f} is on a 0-1 scale; sacreBLEU (and the book) "
                       f"report BLEU from 0 to 100: {expected:.1f} here")
        if abs(value - expected) > 0.05:
            fail(task, f"your score {value:.2f} differs from corpus BLEU on these sentences "
                       f"({expected:.2f}): use one corpus-level score (rnnbook.seq2seq."
                       "evaluation.corpus_bleu or sacrebleu.corpus_bleu), not an average of "
                       "sentence scores, on detokenised text")
        checked.append(f"the score ({expected:.1f}) is sacreBLEU's corpus BLEU of these sentences")
    passed(task, checked)


def check_token_accuracy(accuracy: Callable, task: str = "Task 7") -> None:
    """Check ``accuracy(targets, probabilities) -> float``, the share of real tokens right.

    ``targets``: ids (batch, steps) with ``PAD_ID`` padding; ``probabilities``: (batch, steps,
    vocabulary). Padding positions must not count.
    """
    if not callable(accuracy):
        raise TypeError(f"check_token_accuracy needs your function, got {type(accuracy)}")
    targets = np.array([[5, 6, 3, 0, 0, 0], [7, 3, 0, 0, 0, 0]])
    guesses = np.array([[5, 4, 3, 0, 0, 0], [4, 4, 0, 0, 0, 0]])  # 2 of the 5 real right
    probabilities = np.eye(8)[guesses] * 0.8 + 0.2 / 8
    value = float(accuracy(targets, probabilities))
    if np.isclose(value, 9 / 12):
        fail(task, f"your accuracy is {value:.3f} where the right answer is 0.400: it counts "
                   "the padding positions (which the model gets right for free). Count only "
                   "positions where targets != PAD_ID")
    if not np.isclose(value, 2 / 5):
        fail(task, f"your accuracy is {value:.3f} where the right answer is 0.400 (2 of the 5 "
                   "real tokens): compare the argmax over the vocabulary with the targets, at "
                   "positions where targets != PAD_ID")
    passed(task, ["accuracy counts real tokens only (padding left out)"])
