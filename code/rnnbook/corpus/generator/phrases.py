"""Everyday sentence kinds of corpus version 2, realised in English and French with pyrealb.

Each function takes a :class:`~rnnbook.corpus.generator.realise.Realiser` (for its noun
phrases and places, in the realiser's language) and a spec, and returns a pyrealb sentence
or a finished string:

- ``"beq"``: questions with *be*: "Where is the station?" -> "Où est la gare?", "Who is that
  man?" -> "Qui est cet homme?", "What is in the bag?" -> "Qu'est-ce qu'il y a dans le sac?";
- ``"job"``: noun predicates, French without article: "Alice is a doctor." -> "Alice est
  médecin.";
- ``"this_is"``: "This is my key." -> "C'est ma clé.", "These are not my shoes." -> "Ce ne
  sont pas mes chaussures.";
- ``"there"``: "There is a cat in the garden." -> "Il y a un chat dans le jardin.";
- ``"compare"``: "Tom is older than Mary." -> "Tom est plus âgé que Marie.".

The caller (``Realiser.sentence``) dispatches on ``spec["kind"]``; this module imports no
other module of the generator but the lexicon and the features.
"""

from __future__ import annotations

from pyrealb import NP, VP, A, N, Pro, Q, S, V

from rnnbook.corpus.generator.features import fr_gender, number, person

# Professions: English noun, French masculine and feminine (no article after "être").
JOBS = {"doctor": ("médecin", "médecin"), "teacher": ("professeur", "professeure"),
        "student": ("étudiant", "étudiante"), "nurse": ("infirmier", "infirmière")}
# Comparatives: English adjective, French adjective (people: "âgé" for "old").
COMPARE_PEOPLE = {"old": "âgé", "young": "jeune", "rich": "riche", "tired": "fatigué",
                  "happy": "heureux"}
COMPARE_THINGS = {"big": "grand", "small": "petit", "old": "vieux", "long": "long",
                  "short": "court", "beautiful": "beau"}


def _tense(r, tense: str) -> str:
    if tense == "past":
        return "ps" if r.en else "i"
    return tense


def _text(constituent) -> str:
    return constituent.realize().strip()


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _be(r, ent, tense: str) -> str:
    """The conjugated copula for a subject: is/are/was/were/will be, est/sont/était/sera."""
    verb = V("be" if r.en else "être").pe(person(ent)).n(number(ent)).t(_tense(r, tense))
    return _text(verb)


def be_question(r, spec) -> str:
    """"Where is the station?", "Who is that man?", "What is in the bag?"."""
    wh, tense = spec["wh"], spec.get("tense", "p")
    if wh == "what_in":
        place = " ".join(_text(p) for p in r.place(*spec["place"][1:]))
        if r.en:
            return f"What {'was' if tense == 'past' else 'is'} {place}?"
        there = "avait" if tense == "past" else "a"
        return f"Qu'est-ce qu'il y {there} {place}?"
    subj = spec["subj"]
    if subj[0] == "PRO":  # "Where are you?" -> "Où es-tu?"
        s = S(r.np(subj), VP(V("be" if r.en else "être"))).t(_tense(r, tense))
        return _text(s.typ({"int": "whe"}))
    np = _text(r.np(subj))
    be = _be(r, subj, tense)
    word = {"where": ("Where", "Où"), "who": ("Who", "Qui")}[wh][0 if r.en else 1]
    return f"{word} {be} {np}?"


def job(r, spec):
    """"Alice is a doctor." -> "Alice est médecin." (no article in French)."""
    subj, key = spec["subj"], spec["job"]
    plural = number(subj) == "p"
    if r.en:
        pred = NP(N(key)).n("p") if plural else NP(Q("an" if key[0] in "aeiou" else "a"),
                                                    N(key))
        verb = V("be")
    else:
        masc, fem = JOBS[key]
        word = fem if fr_gender(subj) == "f" else masc
        pred = Q(word + ("s" if plural and not word.endswith("s") else ""))
        verb = V("être")
    s = S(r.np(subj), VP(verb, pred)).t(_tense(r, spec.get("tense", "p")))
    if spec.get("neg"):
        s.typ({"neg": True})
    return s


def this_is(r, spec):
    """"This is my key." -> "C'est ma clé."; "These are not their shoes." -> "Ce ne sont pas
    leurs chaussures."."""
    pred = spec["pred"]
    plural = number(pred) == "p"
    if r.en:
        word = {"this": "this", "that": "that", "it": "it"}[spec["dem"]]
        if word == "it":
            subj = Pro("I").pe(3).n("p") if plural else Pro("it")
        else:
            subj = Pro(word).n("p" if plural else "s")
        verb = V("be")
    else:
        subj = Pro("ce").n("p" if plural else "s")
        verb = V("être")
    s = S(subj, VP(verb, r.np(pred))).t(_tense(r, spec.get("tense", "p")))
    if spec.get("neg"):
        s.typ({"neg": True})
    return s


def there_is(r, spec) -> str:
    """"There are some apples on the table." -> "Il y a des pommes sur la table."."""
    ent, neg, tense = spec["ent"], spec.get("neg", False), spec.get("tense", "p")
    place = " ".join(_text(p) for p in r.place(*spec["place"][1:]))
    if r.en:  # "There are no birds", "There is no milk"
        np = _text(r.np(ent[:2] + ("no",) + ent[3:] if neg else ent))
        be = {"p": "is", "past": "was"}[tense]
        if number(ent) == "p":
            be = {"is": "are", "was": "were"}[be]
        return f"There {be} {np} {place}."
    np = _text(r.np(ent, neg=neg))
    verb = "avait" if tense == "past" else "a"
    head = f"Il n'y {verb} pas" if neg else f"Il y {verb}"
    return f"{head} {np} {place}."


def compare(r, spec) -> str:
    """"Tom is older than Mary." -> "Tom est plus âgé que Marie."."""
    subj, other, adj = spec["subj"], spec["other"], spec["adj"]
    people = spec.get("people", True)
    tense = spec.get("tense", "p")
    be = _be(r, subj, tense)
    first = _cap(_text(r.np(subj)))
    second = _text(r.np(other, case="tonic" if not r.en else "acc"))
    if r.en:
        return f"{first} {be} {_text(A(adj).f('co'))} than {second}."
    lemma = (COMPARE_PEOPLE if people else COMPARE_THINGS)[adj]
    form = _text(A(lemma).g(fr_gender(subj)).n(number(subj)))
    if subj[0] == other[0] == "N" and {subj[2], other[2]} <= {"this", "that"}:
        # both "ce": "Cette chanson-ci est plus longue que cette chanson-là", not a song
        # longer than itself
        first, second = f"{first}-ci", f"{second}-là"
    return f"{first} {be} plus {form} que {second}."


KINDS = {"beq": be_question, "job": job, "this_is": this_is, "there": there_is,
         "compare": compare}
