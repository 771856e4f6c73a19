"""Person, number and gender of an entity, which agreement needs on both sides.

Entities are the plain tuples described in :mod:`rnnbook.corpus.generator.realise`
(``("N", ...)``, ``("P", name)``, ``("PRO", person, number, gender)``, ``("REF", entity)``,
``("AND", a, b)``...). These helpers read them with the lexicon alone; they are shared by
:mod:`~rnnbook.corpus.generator.verbs` (possessives), :mod:`~rnnbook.corpus.generator.realise`
(pronouns, agreement) and :mod:`~rnnbook.corpus.generator.grammar` (owners, ambiguous pasts),
and import neither those modules nor pyrealb.
"""

from __future__ import annotations

from rnnbook.corpus.generator.lexicon import NOUNS, PEOPLE

# English gender of person nouns, for "he"/"she" (others are not referred to by a pronoun).
EN_GENDER = {"man": "m", "boy": "m", "father": "m", "brother": "m", "son": "m",
             "woman": "f", "girl": "f", "mother": "f", "sister": "f", "daughter": "f"}


def fr_gender(ent) -> str:
    """French grammatical gender: m or f (a group is feminine only if all of it is)."""
    kind = ent[0]
    if kind in ("AND", "OR"):
        return "f" if fr_gender(ent[1]) == fr_gender(ent[2]) == "f" else "m"
    if kind == "N":
        return NOUNS[ent[1]].g
    if kind == "P":
        return PEOPLE[ent[1]][1]
    if kind == "PRO":
        return "m" if ent[3] == "n" else ent[3]
    if kind == "REF":
        return fr_gender(ent[1])
    return "m"


def number(ent) -> str:
    """Grammatical number: s or p."""
    kind = ent[0]
    if kind == "AND":
        return "p"
    if kind == "N":
        return ent[3]
    if kind == "PRO":
        return ent[2]
    if kind == "REF":
        return number(ent[1])
    return "s"


def person(ent) -> int:
    """Grammatical person: 1, 2 or 3 (anything but a pronoun is third person)."""
    return ent[1] if ent[0] == "PRO" else 3


def en_gender(ent) -> str:
    """English pronoun gender: m, f, or n (it)."""
    kind = ent[0]
    if kind == "AND":
        return "m"
    if kind == "N":
        return EN_GENDER.get(ent[1], "n") if NOUNS[ent[1]].cls == "person" else "n"
    if kind == "P":
        return PEOPLE[ent[1]][1]
    if kind == "PRO":
        return ent[3]
    if kind == "REF":
        return en_gender(ent[1])
    return "n"



def semantic_class(ent) -> str:
    """The semantic class of an entity's noun; names and pronouns are people."""
    if ent[0] == "N":
        return NOUNS[ent[1]].cls
    if ent[0] == "REF":
        return semantic_class(ent[1])
    return "person"


def possessor(ent) -> tuple[int, str, str]:
    """Person, number and English gender of an entity as the owner of something: "his" for a
    person whose sex English does not say ("The teacher did his homework"), never "its"."""
    g = en_gender(ent)
    if g == "n" and semantic_class(ent) == "person" and not (ent[0] == "N" and ent[1] == "family"):
        g = "m"
    return person(ent), number(ent), g
