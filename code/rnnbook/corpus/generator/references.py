"""Other correct French translations of a sentence, for validation and test references.

English "you" is French "tu" in the corpus's targets, but "vous" (one person, polite) and
"vous" (several people) translate it as well; "they" is "ils", but "elles" if they are all
women; "live" is "habiter", but "vivre" is right too; "the fish" is "le poisson" or "les
poissons"; a yes/no question can be asked by inversion ("Est-il riche?") or with "est-ce que"
("Est-ce qu'il est riche?"). :func:`other_translations` realises the variants of a spec that
keep its English word for word, and returns their French.
"""

from __future__ import annotations

from functools import cache

from rnnbook.corpus.generator.grammar import plural_you
from rnnbook.corpus.generator.realise import realise_pair


def _replace(value, old, new):
    """``value`` with every entity tuple equal to ``old`` replaced by ``new`` (recursively)."""
    if value == old:
        return new
    if isinstance(value, dict):
        return {k: _replace(v, old, new) for k, v in value.items()}
    if isinstance(value, tuple):
        return tuple(_replace(v, old, new) for v in value)
    if isinstance(value, list):
        return [_replace(v, old, new) for v in value]
    return value


def _contains(value, target) -> bool:
    if value == target:
        return True
    if isinstance(value, dict):
        return any(_contains(v, target) for v in value.values())
    if isinstance(value, (tuple, list)):
        return any(_contains(v, target) for v in value)
    return False


def _imperative(spec) -> bool:
    main = spec.get("main")
    return isinstance(main, dict) and bool(main.get("imp"))


def _yes_no_question(spec) -> bool:
    main = spec.get("main")
    return spec.get("kind") == "simple" and isinstance(main, dict) and main.get("int") == "yon"


@cache
def _same_in_plural() -> frozenset[str]:
    """Noun keys whose English plural is their singular ("fish")."""
    from pyrealb import N, loadEn

    from rnnbook.corpus.generator.lexicon import NOUNS, extend_pyrealb

    extend_pyrealb()
    loadEn()
    return frozenset(key for key, noun in NOUNS.items() if not noun.mass
                     and N(noun.en).n("p").realize() == N(noun.en).n("s").realize())


# Determiners after which "fish" is correct French in either number: "le poisson" / "les
# poissons", "son poisson" / "ses poissons". Not "some fish" (a singular count noun makes "un
# poisson", "de beau poisson"), "a"/"bare" (the same), "every" ("chaque poissons") or numbers.
EITHER_NUMBER = frozenset({"the", "poss", "gen", "generic", "no"})


def _number_ambiguous(value, out: list) -> list:
    """The noun entities of ``value`` whose English might be singular or plural, with a
    determiner that lets French say either."""
    if isinstance(value, tuple) and len(value) == 7 and value[0] == "N" \
            and value[1] in _same_in_plural() and value[3] in ("s", "p") \
            and value[2] in EITHER_NUMBER and value not in out:
        out.append(value)
    if isinstance(value, dict):
        for v in value.values():
            _number_ambiguous(v, out)
    elif isinstance(value, (tuple, list)):
        for v in value:
            _number_ambiguous(v, out)
    return out


def _with_verb(value, old: str, new: str):
    if isinstance(value, dict):
        out = {k: _with_verb(v, old, new) for k, v in value.items()}
        if out.get("verb") == old:
            out["verb"] = new
        return out
    if isinstance(value, tuple):
        return tuple(_with_verb(v, old, new) for v in value)
    if isinstance(value, list):
        return [_with_verb(v, old, new) for v in value]
    return value


def variant_specs(spec) -> list[dict]:
    """Specs whose English is the same as ``spec``'s and whose French is another correct
    translation (tu -> vous, ils -> elles, habiter -> vivre, le poisson <-> les poissons,
    inversion -> est-ce que); realised, some may coincide."""
    out = []
    you = [("PRO", 2, "s", g) for g in ("m", "f") if _contains(spec, ("PRO", 2, "s", g))]
    informal = not spec.get("formal") and not spec.get("plural_you") and spec.get(
        "prefix") not in ("sir", "madam", "children")
    if informal and (you or _imperative(spec)):
        out.append(dict(spec, formal=True))  # "vous" to one person
        plural = plural_you(dict(spec, plural_you=True))
        if _imperative(plural):
            plural["main"] = dict(plural["main"], plural_you=True)
        out.append(plural)  # "vous" to several people
    for g in ("m",):
        they = ("PRO", 3, "p", g)
        if _contains(spec, they):
            out.append(_replace(spec, they, ("PRO", 3, "p", "f")))
    if _contains(spec, "live"):
        live = _with_verb(spec, "live", "live_vivre")
        out.append(live)
        out += [_with_verb(v, "live", "live_vivre") for v in list(out[:-1])]
    for ent in _number_ambiguous(spec, []):  # "the fish": one fish or several
        other = ent[:3] + ("p" if ent[3] == "s" else "s",) + ent[4:]
        out += [_replace(v, ent, other) for v in [spec, *out]]
    if _yes_no_question(spec):
        out += [dict(v, est_ce_que=True) for v in [spec, *out]]
    return out


_FIRST_SINGULAR = {"je", "j'", "me", "m'", "moi", "mon", "ma", "mes", "-moi"}
_FIRST_PLURAL = {"nous", "notre", "nos", "-nous"}


def _same_speakers(french: str, other: str) -> bool:
    """Does the variant keep every "je" and "nous" of the target (pyrealb's polite "vous"
    can turn a "je" into "nous")?"""
    from rnnbook.text import tokenize

    def count(text, words):
        return sum(t in words for t in tokenize(text, "fr"))

    return all(count(french, w) == count(other, w) for w in (_FIRST_SINGULAR, _FIRST_PLURAL))


_TU = {"tu", "t'", "te", "toi", "ton", "ta", "tes", "-toi"}
_VOUS = {"vous", "votre", "vos", "-vous"}


def _mixes_address(french: str) -> bool:
    """Does a variant say both "tu" and "vous" to its one addressee? (Version 2.4's polite
    variant of a comparison kept "Tu es plus fatigué que votre frère"; one reference.)"""
    from rnnbook.text import tokenize

    words = set(tokenize(french, "fr"))
    return bool(words & _TU and words & _VOUS)


def other_translations(spec, english: str, french: str) -> list[str]:
    """The French of each variant whose English is ``english`` and whose French differs from
    ``french`` and from the others, in a fixed order."""
    seen = {french}
    out = []
    for variant in variant_specs(spec):
        try:
            en, fr = realise_pair(dict(variant, contract=None))
        except Exception:  # noqa: BLE001 - a variant pyrealb cannot realise is just skipped
            continue
        if spec.get("contract") == "only":
            from rnnbook.corpus.generator.realise import contract

            en = contract(en)
        if en == english and fr not in seen and "[[" not in fr and _same_speakers(french, fr) \
                and not _mixes_address(fr):
            seen.add(fr)
            out.append(fr)
    return out
