"""Sort wrong translations by kind: what the first difference from the closest reference is.

:func:`classify_error` compares a model's output with every correct translation of the source,
picks the closest one (the most tokens in common, in order), finds the first place where
they differ (``difflib``'s alignment of the two token lists) and names that difference:

- ``"length cut-off"``: the decoder reached its length limit without writing ``<end>``;
- ``"unknown word"``: the source has a word the vocabulary lacks (it was read as ``<unk>``);
- ``"word order"``: the right words, in a wrong order;
- ``"omission"``: the output lacks words of the reference;
- ``"repetition"``: the output has extra words, or words in place of the reference's, that
  repeat what it already wrote (a word twice in a row, or a pair of words written before);
- ``"addition"``: the output has extra words that it did not write elsewhere;
- ``"agreement"``: a word in the wrong gender, number or person (*la* for *le*, *mangent* for
  *mange*), told by the lemma table of :func:`rnnbook.corpus.french_forms.french_analyses`; a
  determiner or pronoun whose form fits a different word after it is not one (*le chien* for
  *la vache* is a wrong word, the noun's);
- ``"tense"``: the right verb in a wrong tense (*mangeait* for *mange*, *a mangé* for
  *mangeait*);
- ``"wrong word"``: another word, or other words, in place of the reference's.

A sentence is classified by its *first* difference: later ones often follow from it (Chapter
11 measures how often). The classification is a heuristic; Chapter 11 checks it against a
hand-checked sample.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

ERROR_KINDS = (
    "length cut-off",
    "unknown word",
    "word order",
    "omission",
    "repetition",
    "addition",
    "agreement",
    "tense",
    "wrong word",
)
Analyses = Mapping[str, Any]  # French form -> its readings (lemma, kind, tense, ...)


@dataclass(frozen=True)
class ErrorClass:
    """The kind of a wrong translation and its first difference.

    For a determiner or pronoun in another form, judged by the words after it, the kind may be
    that of a later pair (the noun's in *le chien* for *la vache*); the position and the spans
    stay on the determiner or pronoun.
    """

    kind: str
    reference: list[str]  # the closest correct translation
    position: int  # where the first difference starts in the output (token index)
    output_span: list[str]  # the output's tokens there (empty for an omission)
    reference_span: list[str]  # the reference's tokens there (empty for an addition)


def word_relation(output_word: str, reference_word: str, analyses: Analyses) -> str | None:
    """``"agreement"``, ``"tense"`` or ``None``: how two different French words are related.

    Agreement: readings of the same lemma and kind (and, for verbs, tense) that differ only
    in gender, number or person (determiners and pronouns: gender or number only, since
    another person is another referent). Tense: readings of the same verb in different tenses (a
    participle counts as a tense of its verb). ``None``: different lemmas, or unknown words.
    """
    if output_word == reference_word:
        raise ValueError(f"the two words are the same ({output_word!r}): nothing to relate")
    pairs = [
        (a, b)
        for a in analyses.get(output_word, ())
        for b in analyses.get(reference_word, ())
        if a.lemma == b.lemma
    ]
    if any(a.kind == b.kind and a.tense == b.tense and _same_referent(a, b) for a, b in pairs):
        return "agreement"
    if any({a.kind, b.kind} <= {"verb", "participle"} for a, b in pairs):
        return "tense"
    return None


def _same_referent(a: Any, b: Any) -> bool:
    # A determiner or pronoun in another person names someone else ("me" for "leur", "son"
    # for "ta"): a wrong word, not an agreement error. Verbs agree in person.
    return a.kind not in ("determiner", "pronoun") or a.person == b.person


def is_truncation(output: Sequence[str], references: Sequence[Sequence[str]]) -> bool:
    """Whether ``output`` is a correct translation cut short: without its final punctuation
    mark, a proper beginning of one of ``references`` (without theirs).

    >>> is_truncation(["est-il", "?"], [["est-il", "prêt", "?"]])
    True
    >>> is_truncation(["est-il", "malade", "?"], [["est-il", "prêt", "?"]])
    False
    """
    if not references:
        raise ValueError("give at least one reference translation")
    body = _without_final_mark(list(output))
    return any(
        len(body) < len(reference) and reference[: len(body)] == body
        for reference in (_without_final_mark(list(r)) for r in references)
    )


def _without_final_mark(tokens: list[str]) -> list[str]:
    return tokens[:-1] if tokens and tokens[-1] in {".", "?", "!"} else tokens


def closest_reference(output: Sequence[str], references: Sequence[Sequence[str]]) -> list[str]:
    """The reference sharing the most tokens, in order, with ``output`` (the first on ties)."""
    if not references:
        raise ValueError("give at least one reference translation")
    return list(max(references, key=lambda ref: _matcher(output, ref).ratio()))


def classify_error(
    output: Sequence[str],
    references: Sequence[Sequence[str]],
    analyses: Analyses,
    *,
    cut_off: bool = False,
    unknown_source_words: Sequence[str] = (),
) -> ErrorClass | None:
    """The kind of error of a translation, or ``None`` if it equals one of the references.

    ``output`` and each reference are token lists (no ``<end>``); ``cut_off`` says the
    decoder stopped at its length limit; ``unknown_source_words`` are the source's words that
    the source vocabulary lacks. ``analyses`` maps French forms to their readings (from
    :func:`rnnbook.corpus.french_forms.french_analyses`).

    >>> table = {"la": [_Reading("le", "determiner")], "le": [_Reading("le", "determiner")]}
    >>> classify_error(["la", "chat"], [["le", "chat"]], table).kind
    'agreement'
    >>> classify_error(["le", "chat", "chat"], [["le", "chat"]], table).kind
    'repetition'
    >>> classify_error(["le", "chat", "?"], [["le", "chat", "noir", "."]], table).kind
    'omission'
    """
    output = list(output)
    if any(not isinstance(token, str) for token in output):
        raise TypeError("output must be a list of tokens (strings), not ids")
    if any(list(reference) == output for reference in references):
        return None
    reference = closest_reference(output, references)
    if cut_off or unknown_source_words:
        kind = "length cut-off" if cut_off else "unknown word"
        return ErrorClass(kind, reference, len(output) if cut_off else 0, [], [])
    if Counter(output) == Counter(reference):
        first = next(i for i, (a, b) in enumerate(zip(output, reference, strict=True)) if a != b)
        return ErrorClass("word order", reference, first, output[first:], reference[first:])
    tag, ref_start, ref_end, out_start, out_end = next(
        opcode
        for opcode in _matcher(reference, output).get_opcodes()
        if opcode[0] != "equal"
    )
    out_span, ref_span = output[out_start:out_end], reference[ref_start:ref_end]
    if tag == "replace" and out_end == len(output) and len(out_span) == 1 \
            and _without_final_mark(out_span) == [] and len(ref_span) > 1:
        # A correct beginning, then the wrong final mark ("cet ami va chez moi ?" for "... moi
        # aujourd'hui ."): the words are missing, as in is_truncation, not a wrong word.
        return ErrorClass("omission", reference, out_start, [], ref_span[:-1])
    if tag == "replace" and len(out_span) == len(ref_span):
        # Word for word: the first pair that differs is the first difference.
        k = next(k for k, (o, r) in enumerate(zip(out_span, ref_span, strict=True)) if o != r)
        out_start, out_span, ref_span = out_start + k, [out_span[k]], [ref_span[k]]
        ref_start += k
    if tag == "delete":
        kind = "omission"
    elif tag == "insert":
        written, expected = Counter(output), Counter(reference)
        repeated = all(written[token] > max(1, expected[token]) for token in out_span) or all(
            token in output[:out_start] for token in out_span
        )
        kind = "repetition" if repeated else "addition"
    else:
        kind = _replacement_kind(out_span, ref_span, analyses)
        if kind == "agreement" and _determiner_or_pronoun(output[out_start], analyses):
            kind = _what_it_agrees_with(output, out_start, reference, ref_start, analyses)
        if kind == "wrong word" and _repeats(output, out_start, out_start + len(out_span)):
            kind = "repetition"
    return ErrorClass(kind, reference, out_start, out_span, ref_span)


def _replacement_kind(out_span: list[str], ref_span: list[str], analyses: Analyses) -> str:
    # The first pair decides when its words are related: in "deux [beau beau vélos]" for
    # "deux [beaux billets]" the first difference is "beau" for "beaux", an agreement error.
    if out_span[0] != ref_span[0]:
        first = word_relation(out_span[0], ref_span[0], analyses)
        if first is not None or len(out_span) == len(ref_span) == 1:
            return first or "wrong word"
    # Otherwise a tense anywhere in the spans ("a mangé" for "mangeait"), or other words.
    relations = {
        word_relation(o, r, analyses) for o in out_span for r in ref_span if o != r
    }
    return "tense" if "tense" in relations else "wrong word"


def _determiner_or_pronoun(word: str, analyses: Analyses) -> bool:
    readings = analyses.get(word, ())
    return bool(readings) and all(r.kind in ("determiner", "pronoun") for r in readings)


def _what_it_agrees_with(
    output: list[str], out_start: int, reference: list[str], ref_start: int, analyses: Analyses
) -> str:
    """The kind of a determiner or pronoun in another form than the reference's, judged by
    the words after it: where they are the same, the form itself is wrong ("la chien" for "le
    chien": agreement); a chain of other forms is one agreement error ("les poissons" for "le
    poisson"). But a form that fits a different word after it is not the error: "le chien"
    for "la vache" is a wrong word, "je suis venu" for "j'étais venu" a tense."""
    for offset in range(1, min(len(output) - out_start, len(reference) - ref_start)):
        written, expected = output[out_start + offset], reference[ref_start + offset]
        if written == expected:
            return "agreement"
        relation = word_relation(written, expected, analyses)
        if relation != "agreement":
            return relation or "wrong word"
    return "agreement"


def _repeats(output: list[str], start: int, end: int) -> bool:
    """Whether output[start:end] repeats what the output just wrote: a word twice in a row,
    or a pair of words that the output already wrote before ``start``."""
    earlier = set(zip(output[: start], output[1:start], strict=False))
    for k in range(start, end):
        if k > 0 and output[k] == output[k - 1]:
            return True
        if k + 1 < len(output) and (output[k], output[k + 1]) in earlier:
            return True
    return False


def _matcher(a: Sequence[str], b: Sequence[str]) -> difflib.SequenceMatcher:
    return difflib.SequenceMatcher(None, list(a), list(b), autojunk=False)


@dataclass(frozen=True)
class _Reading:  # a minimal reading for the doctests
    lemma: str
    kind: str
    tense: str | None = None
    person: int | None = None
