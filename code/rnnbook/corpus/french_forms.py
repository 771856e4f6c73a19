"""What each French word of the corpus can be: its lemma and its tense, person, number, gender.

The corpus is generated from a bilingual lexicon and realised by pyrealb, so every inflected
French form it contains can be produced again from the lexicon's lemmas: each noun in both
numbers (and both genders where it has them), each adjective (attributive or predicative) in
both genders and numbers, each verb in every person and number of its simple tenses, and each
past participle in both genders and numbers (a compound tense is an auxiliary, itself a verb
of the table, and a participle). The determiners and pronouns, a closed list, are written out
here. Chapter 11 uses the table to tell an agreement error (*la* for *le*, *mangent* for
*mange*) from a tense error (*mangeait* for *mange*) and from a wrong word.
"""

from __future__ import annotations

import contextlib
import io
from functools import lru_cache
from typing import NamedTuple

# pyrealb's codes of the simple tenses, the imperative and the infinitive ("b")
VERB_TENSES = ("p", "i", "f", "c", "s", "ip", "b")
PERSONS, NUMBERS, GENDERS = (1, 2, 3), ("s", "p"), ("m", "f")
AUXILIARIES = ("avoir", "être", "aller", "pouvoir", "devoir", "vouloir")


class Analysis(NamedTuple):
    """One reading of a French word form. ``None`` marks a feature the word does not have."""

    lemma: str
    kind: str  # "noun", "adjective", "verb", "participle", "determiner", "pronoun"
    tense: str | None = None  # verbs: pyrealb's tense code ("p" present, "i" imperfect...)
    person: int | None = None
    number: str | None = None  # "s" or "p"
    gender: str | None = None  # "m" or "f"


# Closed-class words: (form, lemma, kind, person, number, gender); lemma groups the forms
# that differ only in agreement ("le"/"la"/"les" are one determiner).
_CLOSED = """
le le determiner - s m
la le determiner - s f
l' le determiner - s -
les le determiner - p -
un un determiner - s m
une un determiner - s f
des un determiner - p -
du du determiner - s m
ce ce determiner - s m
cet ce determiner - s m
cette ce determiner - s f
ces ce determiner - p -
mon mon determiner 1 s m
ma mon determiner 1 s f
mes mon determiner 1 p -
ton mon determiner 2 s m
ta mon determiner 2 s f
tes mon determiner 2 p -
son mon determiner 3 s m
sa mon determiner 3 s f
ses mon determiner 3 p -
notre notre determiner 1 s -
nos notre determiner 1 p -
votre notre determiner 2 s -
vos notre determiner 2 p -
leur notre determiner 3 s -
leurs notre determiner 3 p -
je je pronoun 1 s -
j' je pronoun 1 s -
tu je pronoun 2 s -
il je pronoun 3 s m
elle je pronoun 3 s f
on je pronoun 3 s -
nous je pronoun 1 p -
vous je pronoun 2 p -
ils je pronoun 3 p m
elles je pronoun 3 p f
me me pronoun 1 s -
m' me pronoun 1 s -
te me pronoun 2 s -
t' me pronoun 2 s -
lui me pronoun 3 s -
leur me pronoun 3 p -
moi moi pronoun 1 s -
toi moi pronoun 2 s -
eux moi pronoun 3 p m
"""


def _closed_class() -> dict[str, set[Analysis]]:
    table: dict[str, set[Analysis]] = {}
    for line in _CLOSED.strip().splitlines():
        form, lemma, kind, person, number, gender = line.split()
        table.setdefault(form, set()).add(
            Analysis(lemma, kind, None, None if person == "-" else int(person),
                     None if number == "-" else number, None if gender == "-" else gender)
        )
    return table


def _last_words(phrase: str) -> list[str]:
    """The words of a realised phrase, elided forms split off ("l'homme" -> "l'", "homme")."""
    return phrase.lower().replace("'", "' ").replace("-", " ").split()


@lru_cache(maxsize=1)
def french_analyses() -> dict[str, frozenset[Analysis]]:
    """Every French word form of the lexicon, with all its readings (built once, ~10 s).

    >>> table = french_analyses()
    >>> sorted({a.tense for a in table["mangeait"]})
    ['i']
    >>> {(a.number, a.gender) for a in table["parties"] if a.kind == "participle"}
    {('p', 'f')}
    """
    from pyrealb import A, N, V, loadFr

    from rnnbook.corpus.generator.lexicon import (
        ADJS,
        NOUNS,
        STATES,
        THING_STATES,
        extend_pyrealb,
    )
    from rnnbook.corpus.generator.verbs import VERBS

    extend_pyrealb()
    loadFr()
    table = _closed_class()

    def add(form: str, analysis: Analysis) -> None:
        table.setdefault(form, set()).add(analysis)

    quiet = (contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()))
    with quiet[0], quiet[1]:
        for noun in NOUNS.values():
            for number in ("s",) if noun.mass else NUMBERS:
                # Both genders where the noun has them (étudiant, étudiante); pyrealb
                # writes "[[...]]" for a form that does not exist.
                for gender in GENDERS:
                    phrase = N(noun.fr).g(gender).n(number).realize()
                    words = _last_words(phrase)
                    if words and "[[" not in phrase:
                        add(words[-1], Analysis(noun.fr, "noun", number=number,
                                                gender=gender))
        # Attributive adjectives ("a red car") and predicative ones ("Tom is ready",
        # "the door is open"): the lexicon lists them apart, and French needs both.
        adjectives = {adjective.fr for adjective in ADJS.values()} | set(STATES.values())
        adjectives |= {french for french, _ in THING_STATES.values()}
        for adjective in sorted(adjectives):
            for gender in GENDERS:
                for number in NUMBERS:
                    words = _last_words(A(adjective).g(gender).n(number).realize())
                    if words:
                        add(words[-1], Analysis(adjective, "adjective", number=number,
                                                gender=gender))
        lemmas = {verb.fr_lemma for verb in VERBS.values()} | set(AUXILIARIES)
        for lemma in sorted(lemmas):
            for gender in GENDERS:
                for number in NUMBERS:
                    words = _last_words(V(lemma).t("pp").g(gender).n(number).realize())
                    if words:
                        add(words[-1], Analysis(lemma, "participle", number=number,
                                                gender=gender))
                    for person in PERSONS:
                        for tense in VERB_TENSES:
                            if tense == "ip" and person == 3:
                                continue  # the imperative has no third person
                            verb = V(lemma).t(tense).pe(person).n(number).g(gender)
                            words = _last_words(verb.realize())
                            if not words:
                                continue
                            # The verb is the last word ("me lave" -> "lave"), but an
                            # imperative comes first ("souvenons-nous" -> "souvenons").
                            form = words[0] if tense == "ip" else words[-1]
                            add(form, Analysis(lemma, "verb", tense, person, number))
    return {form: frozenset(readings) for form, readings in table.items()}
