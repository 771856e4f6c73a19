"""Corpus version 2's sampler: everyday constructions, scene sentences and short kinds.

:func:`draw` is what the build calls for each sentence spec. It draws either one of the
everyday kinds realised by :mod:`~rnnbook.corpus.generator.phrases` (questions with *be*,
noun predicates, "this is", "there is", comparatives, imperatives with a pronoun and
"please"), a long or joined sentence drawn from one scene
(:func:`~rnnbook.corpus.generator.scenes.scene_sentence`, since version 2.4), or a short
sentence (:func:`short`): since version 2.5 a statement, question, reported clause or
imperative built on one clause of a scene (:mod:`~rnnbook.corpus.generator.short_kinds`),
or, for thanks and "if" sentences, one of the grammar's. Short sentences may become a
present progressive, a present perfect or a sentence with *can* (and *must* for the
grammar's). Every spec also says whether its English is written with contractions
(``"contract"``: None, ``"only"`` or ``"both"``, both meaning the corpus holds the two
surface forms).
"""

from __future__ import annotations

import random

from rnnbook.corpus.generator.features import number, person
from rnnbook.corpus.generator.grammar import (
    PEOPLE,
    RELATIVES,
    chance,
    clause_for,
    if_sentence,
    imperative,
    noun_ent,
    person_ent,
    pick,
    same_referent,
    thanks,
)
from rnnbook.corpus.generator.lexicon import NOUNS
from rnnbook.corpus.generator.phrases import COMPARE_PEOPLE, COMPARE_THINGS, JOBS
from rnnbook.corpus.generator.plausibility import PROG_VERBS, settle
from rnnbook.corpus.generator.scenes import scene_sentence
from rnnbook.corpus.generator.short_kinds import (
    imperative as scene_imperative,
)
from rnnbook.corpus.generator.short_kinds import (
    reported,
    statement,
    vocative,
    wh_question,
    yes_no_question,
)
from rnnbook.corpus.generator.verbs import VERBS

PERF_VERBS = {"eat", "drink", "read", "write", "buy", "sell", "find", "lose", "forget",
              "see", "open", "close", "clean", "wash", "make", "cook", "finish", "arrive",
              "leave", "come", "go", "go_home", "come_home", "call", "help", "win", "visit",
              "visit_person", "learn", "take", "bring", "give"}
MOD_VERBS = {"eat", "drink", "read", "write", "swim", "dance", "sing_intr", "come", "go",
             "help", "call", "open", "close", "speak", "cook_intr", "play", "play_sport",
             "wait", "sleep", "work", "buy", "take", "carry", "clean", "wash", "drive",
             "learn", "go_home", "visit_person", "sit", "run", "walk", "pay", "bring", "give"}
HABITUAL_TIMES = ("every", "in_the", "at_night")
PAST_TIMES = ("yesterday", "last", "this morning", "for ")
# Things one has one of (not "Where is their shoe?").
THINGS = ["key", "phone", "bag", "book", "ticket", "picture", "computer", "letter",
          "newspaper", "hat", "shirt", "dress", "car", "bike", "dog", "cat"]
WHERE_PEOPLE = ["mother", "father", "brother", "sister", "friend", "teacher", "doctor",
                "son", "daughter"]
CONTAINERS = [("in", "bag"), ("in", "car"), ("in", "kitchen"), ("in", "room"),
              ("in", "garden"), ("in", "house"), ("on", "table"), ("on", "bed"),
              ("under", "bed"), ("under", "table")]


# Adjectives that describe a thing as people do: "a new bag", "an old car", "a white horse".
FITTING = {"bag": ["new", "old", "black", "big", "green"],
           "car": ["new", "old", "red", "big", "green"],
           "house": ["big", "old", "new"], "dress": ["new", "beautiful", "red", "green"],
           "hat": ["black", "new", "green"], "city": ["beautiful", "big", "small", "old"],
           "country": ["beautiful", "big", "small"], "shoe": ["new", "old"], "bike": ["new", "old"],
           "phone": ["new", "old"], "horse": ["beautiful", "white"], "cake": ["big"],
           "book": ["new", "old"], "computer": ["new", "old"], "shirt": ["white", "new"],
           "bread": ["good"], "cheese": ["good"], "dog": ["small", "black", "big"],
           "cat": ["black", "white", "small"]}
# Where each thing of "there is" is found.
_SMALL = ["on table", "in bag", "on bed", "in car", "under bed", "on chair"]
WHERE_THINGS_ARE = {
    **{k: _SMALL for k in ("key", "phone", "ticket", "letter", "picture", "newspaper")},
    "book": _SMALL + ["in library"],
    "bag": ["on table", "in car", "on chair", "under bed", "in room"],
    "computer": ["on table", "in room", "in office"],
    **{k: ["in room", "on bed", "in bag", "on chair"] for k in ("hat", "shirt", "dress")},
    "shoe": ["under bed", "in room", "in bag", "near door"],
    "car": ["in street", "near house", "behind house", "near station"],
    "bike": ["in garden", "in street", "behind house", "near school"],
    "dog": ["in garden", "in house", "in street", "in car", "in park"],
    "cat": ["in garden", "in house", "under table", "on bed", "in kitchen"],
    "bird": ["in garden", "in park"],
    "man": ["in garden", "in street", "in car", "in shop", "at door"],
    "child": ["in garden", "in park", "in street", "in house", "in car"],
    **{k: ["on table", "in kitchen", "in bag"] for k in ("apple", "egg", "bread", "cheese",
                                                         "cake")},
    **{k: ["on table", "in kitchen"] for k in ("milk", "water")},
    "chair": ["in kitchen", "in room", "in garden"],
    "table": ["in kitchen", "in room", "in garden"],
}


# Of the grammar's draws, the share that were long or joined sentences in version 2.3 and
# come from scenes since version 2.4 (0.55 long, then 0.26 of the rest joined).
SCENE_SHARE = 0.55 + 0.45 * 0.26


def draw(rng: random.Random) -> dict:
    """One sentence spec of corpus version 2."""
    if chance(rng, 0.2):
        spec = everyday(rng)
    elif chance(rng, SCENE_SHARE):
        spec = scene_sentence(rng)  # a plausible scene as it is: not decorated or settled
    else:
        spec = short(rng)
    spec["contract"] = pick(rng, ["only", "only", "only", "both", None, None, None, None])
    return spec


# The short kinds since version 2.5, as likely as the grammar drew them in version 2.4
# (statements 0.47, yes/no questions 0.13, wh-questions 0.13, reported clauses 0.12), then
# imperatives, vocatives, thanks and "if" sentences (0.159): all but the last two built on
# a scene's clause (short_kinds.py); the grammar's settle() only for those two.
SHORT_KINDS = [(0.47, statement), (0.13, yes_no_question), (0.13, wh_question),
               (0.12, reported)]
GRAMMAR_KINDS = [(0.078, scene_imperative), (0.026, vocative), (0.013, thanks),
                 (0.042, if_sentence)]


def short(rng: random.Random) -> dict:
    """One short sentence spec (see SHORT_KINDS)."""
    r = rng.random()
    for share, kind in SHORT_KINDS:
        r -= share
        if r < 0:
            spec = kind(rng)
            if kind is not reported:
                decorate(rng, spec, must=False)
            return spec
    r *= 0.159 / (1 - sum(share for share, _ in SHORT_KINDS))
    grammar_kind = GRAMMAR_KINDS[-1][1]
    for share, kind in GRAMMAR_KINDS:
        r -= share
        if r < 0:
            grammar_kind = kind
            break
    spec = grammar_kind(rng)
    if grammar_kind is if_sentence:  # "She will dance if she is happy", not "... dance in
        main = spec["main"]  # the room if ...": a place says little here
        main["adjuncts"] = [a for a in main["adjuncts"] if a[:2] != ("place", "in")]
    if grammar_kind in (thanks, if_sentence):
        decorate(rng, spec)
        settle(spec)
    return spec


# ----- progressive, perfect, modals on grammar sentences --------------------------------------
def decorate(rng, spec, must: bool = True) -> None:
    """Maybe turn the main clause of a simple or coordinated sentence into a present
    progressive ("are playing"), a present perfect ("has eaten") or a modal ("can swim";
    ``must``: "must" too, not said of a scene's clause: "I must read the newspaper in the
    garden" says an odd duty)."""
    if spec["kind"] not in ("simple", "coord") or spec.get("prefix") or spec.get("formal"):
        return
    main = spec["main"]
    if main.get("imp") or main.get("adv") or "inner" in main and main["verb"] != "want_inf":
        return
    times = [a for a in main["adjuncts"] if a[0] == "time"]
    second = spec.get("second")
    r = rng.random()
    if r < 0.3 and main["tense"] == "p" and main["verb"] in PROG_VERBS and not any(
            a[1].startswith(HABITUAL_TIMES) for a in times):
        main["prog"] = True
        if second is not None and second["tense"] == "p" and second["verb"] in PROG_VERBS \
                and not second.get("adv"):
            second["prog"] = True
    elif r < 0.45 and main["tense"] == "past" and main["verb"] in PERF_VERBS \
            and second is None and main.get("int") in (None, "yon", "wad", "wod", "wos"):
        # not "When has he brought ...?": the perfect does not go with "when" and "how"
        main["tense"], main["perf"] = "p", True  # "has eaten" -> "a mangé"
        main["adjuncts"] = [a for a in main["adjuncts"] if a[0] != "time"
                            or a[1] in ("today", "this week")]
    elif r < 0.6 and main["tense"] == "p" and main["verb"] in MOD_VERBS and second is None \
            and not main.get("prog"):  # not "Can John be cleaning his room now?"
        main["mod"] = "obli" if must and not main.get("int") and chance(rng, 0.3) else "poss"
        main["adjuncts"] = [a for a in main["adjuncts"] if a[0] != "time"
                            or a[1] in ("now", "today", "tomorrow")]


# ----- everyday kinds ---------------------------------------------------------------------------
def everyday(rng) -> dict:
    r = rng.random()
    if r < 0.22:
        return be_question(rng)
    if r < 0.4:
        return job(rng)
    if r < 0.55:
        return this_is(rng)
    if r < 0.72:
        return there_is(rng)
    if r < 0.82:
        return compare(rng)
    return pronoun_imperative(rng)


def owned_thing(rng, key=None, dets=("the", "poss", "gen", "this")):
    """A thing, maybe someone's: "my key", "Tom's car", "the bag"."""
    key = key or pick(rng, THINGS)
    det = pick(rng, list(dets))
    if det == "gen":
        return noun_ent(rng, key, det="gen", owner=("P", pick(rng, list(PEOPLE))), adj=False)
    return noun_ent(rng, key, det=det, adj=False, allow_num=False)


def be_question(rng) -> dict:
    tense = "past" if chance(rng, 0.15) else "p"
    wh = pick(rng, ["where", "where", "where", "who", "what_in"])
    if wh == "what_in":
        prep, key = pick(rng, CONTAINERS)
        the = noun_ent(rng, key, det=pick(rng, ["the", "the", "poss"]), num="s", adj=False)
        return {"kind": "beq", "wh": wh, "tense": tense, "place": ("place", prep, the)}
    if wh == "who":
        key = pick(rng, ["man", "woman", "boy", "girl", "teacher", "doctor", "student",
                         "child"])
        subj = noun_ent(rng, key, det=pick(rng, ["that", "this", "the", "poss"]),
                        allow_num=False)
        if subj[2] == "poss" and subj[5][0] == 1:  # "Who is your teacher?", not "Who was
            subj = subj[:5] + ((2,) + subj[5][1:],) + subj[6:]  # my teacher?"
        return {"kind": "beq", "wh": wh, "tense": tense, "subj": subj}
    r = rng.random()
    if r < 0.45:
        subj = owned_thing(rng, dets=("the", "poss", "gen"))  # not "Where is this bag?"
        subj = subj[:3] + ("s",) + subj[4:]  # not "Where are Alice's computers?"
    elif r < 0.65:
        subj = ("P", pick(rng, list(PEOPLE)))
    elif r < 0.85:
        subj = noun_ent(rng, pick(rng, WHERE_PEOPLE), det=pick(rng, ["poss", "the"]),
                        adj=False, allow_num=False)
    else:
        pe, n, g = pick(rng, [(2, "s", "m"), (3, "s", "m"), (3, "s", "f"), (3, "p", "m")])
        subj = ("PRO", pe, n, g)
    if subj[0] == "N" and wh == "where" and subj[1] == "station":
        subj = subj[:2] + ("the",) + subj[3:]
    return {"kind": "beq", "wh": wh, "tense": tense, "subj": subj}


def job(rng) -> dict:
    key = pick(rng, list(JOBS))
    r = rng.random()
    if r < 0.35:
        subj = ("P", pick(rng, list(PEOPLE)))
    elif r < 0.7:
        subj = pick(rng, [("PRO", 1, "s", "m"), ("PRO", 2, "s", "m"), ("PRO", 3, "s", "m"),
                          ("PRO", 3, "s", "f"), ("PRO", 1, "p", "m"), ("PRO", 3, "p", "m")])
    else:
        subj = noun_ent(rng, pick(rng, [k for k in RELATIVES + ["man", "woman"]]),
                        det=pick(rng, ["poss", "poss", "the", "this", "that"]), adj=False,
                        allow_num=False)
    tense = pick(rng, ["p"] * 6 + ["past", "f"])
    if key == "student" and tense == "f":
        tense = "p"
    return {"kind": "job", "subj": subj, "job": key, "tense": tense,
            "neg": chance(rng, 0.2)}


# Things a family or a group owns together ("our house"); the others have one owner ("my
# dress", not "This is not our dress": 2.6 audit).
SHARED_THINGS = {"house", "car", "garden", "dog", "cat", "horse", "room", "computer", "table"}


def this_is(rng) -> dict:
    key = pick(rng, THINGS + ["apple", "cake", "house", "horse", "city", "country"])
    det = pick(rng, ["a", "a", "poss", "poss", "gen"])
    num = "p" if chance(rng, 0.25) else "s"
    # an adjective only where it fits the thing: not "They're black pictures"
    adj = pick(rng, FITTING[key]) if key in FITTING and (chance(rng, 0.3) or key in (
        "city", "country")) else False  # "It is a beautiful city."
    if key in ("city", "country"):
        det, num = "a", "s"
    if det == "gen":
        pred = noun_ent(rng, key, det="gen", owner=("P", pick(rng, list(PEOPLE))), adj=adj,
                        num=num)
    else:
        pred = noun_ent(rng, key, det=det, num=num, allow_num=False, adj=adj)
    if pred[2] == "some":
        pred = pred[:2] + ("bare",) + pred[3:]  # "These are apples" -> "Ce sont des pommes"
    if pred[2] == "poss" and pred[5][1] == "p" and key not in SHARED_THINGS:
        pred = pred[:5] + (pred[5][:1] + ("s",) + pred[5][2:],) + pred[6:]  # not "our dress"
    if pred[2] == "the":  # a thing no one owns: "That is a dress", not "That was the dress"
        pred = pred[:2] + ("a" if pred[3] == "s" else "bare",) + pred[3:]
    return {"kind": "this_is", "dem": pick(rng, ["this", "that", "it"]), "pred": pred,
            # "That is not my phone.", not "That is not the film."
            "neg": chance(rng, 0.2) and pred[2] in ("poss", "gen"),
            "tense": "past" if chance(rng, 0.1) else "p"}


def there_is(rng) -> dict:
    key = pick(rng, THINGS + ["apple", "egg", "bread", "milk", "water", "cheese", "cake",
                              "bird", "man", "child", "chair", "table", "shoe", "book",
                              "book"])
    neg = chance(rng, 0.2)
    ent = noun_ent(rng, key, det=pick(rng, ["a", "a", "some", "num"]) if key != "table"
                   else "a", allow_num=True, num="p" if key == "shoe" else None)
    if ent[2] in ("the", "this", "that", "poss", "every", "generic"):
        ent = ent[:2] + ("a",) + ent[3:]
    if isinstance(ent[2], int) and (neg or ent[2] > 5):  # "two apples", not "a hundred"
        ent = ent[:2] + (pick(rng, [2, 3, 4, 5]) if not neg else "a",) + ent[3:]
    if key in ("chair", "child") and not neg and chance(rng, 0.4):
        # numbers six to twenty in a natural frame: "There are fourteen chairs in the
        # kitchen." (2.5 drew them as waits: "for fourteen minutes")
        ent = ("N", key, rng.randint(6, 20), "p", None, None, None)
    if key == "book" and not neg and chance(rng, 0.4):
        ent = ("N", "book", 100, "p", None, None, None)  # "There are one hundred books ..."
    if (ent[2] == "a" or isinstance(ent[2], int)) and NOUNS[key].mass:  # "some milk"
        ent = ent[:2] + ("some", "s") + ent[4:]
    if ent[4] and (neg or ent[4] not in FITTING.get(key, ())):
        # not "an old book near the house", "There are no new bags under the bed"
        ent = ent[:4] + (None,) + ent[5:]
    places = WHERE_THINGS_ARE[key]
    if isinstance(ent[2], int) and ent[2] > 5:  # not "fourteen children in the car"
        places = [w for w in places if w.split(" ")[1] not in ("car", "house")]
    prep, where = pick(rng, places).split(" ")
    det = "poss" if where in ("room", "house", "garden", "bag", "car") and chance(
        rng, 0.3) else "the"
    if ent[2] == 100:  # one hundred books: a library, a school or someone's house
        prep, where = "in", pick(rng, ["library", "school", "house", "room", "house"])
        det = "the" if where in ("library", "school") else "poss"
    place = ("place", prep, noun_ent(rng, where, det=det, num="s", adj=False,
                                     allow_num=False))
    return {"kind": "there", "ent": ent, "place": place, "neg": neg,
            "tense": "past" if chance(rng, 0.2) else "p"}


def compare(rng) -> dict:
    if chance(rng, 0.6):
        adj = pick(rng, list(COMPARE_PEOPLE))
        subj = person_ent(rng, pronoun=0.25, names=0.45)
        while subj[0] == "AND" or number(subj) != "s" or _plural_your(subj) or _baby(subj):
            subj = person_ent(rng, pronoun=0.25, names=0.45)  # not "The men ... than Tom"
        if subj[0] == "N":
            subj = subj[:4] + (None,) + subj[5:]
        other = None
        for _ in range(20):
            other = person_ent(rng, pronoun=0.2, names=0.5)
            if other[0] != "AND" and not same_referent(other, subj) and number(other) == "s" \
                    and other[:2] != ("PRO", 3) and not (other[0] == "N" and other[5] and
                                                        other[5][0] == 3) \
                    and not (other[0] == "N" and other[2] != "poss") \
                    and not _plural_your(other) and not _baby(other) \
                    and not _own_kin_compared(subj, other):
                break  # not "Alice is happier than her", "... than his son", "tu ... votre",
                # "... more tired than the student" (someone one knows: "than my brother")
        if other[0] == "N":
            other = other[:4] + (None,) + other[5:]
        return {"kind": "compare", "subj": subj, "other": other, "adj": adj, "people": True}
    adj = pick(rng, list(COMPARE_THINGS))
    key = pick(rng, {"big": ["car", "house", "room", "garden", "dog", "bag"],
                     "small": ["car", "house", "room", "garden", "dog", "bag"],
                     "old": ["car", "house", "bike", "book"],
                     "long": ["letter", "book", "film", "song", "street"],
                     "short": ["letter", "book", "film", "song"],
                     "beautiful": ["house", "garden", "dress", "song", "car"]}[adj])
    # two of one kind told apart: "this ... that ...", or two owners ("Alice's song ... my
    # song"); not "The song is more beautiful than that song", "Tom's song ... my songs"
    first = owned_thing(rng, key, dets=("gen",))  # not "Our letter ... than his letter"
    for _ in range(20):
        second = owned_thing(rng, key, dets=("gen",))
        if second[5] != first[5]:
            break
    first, second = first[:3] + ("s",) + first[4:], second[:3] + ("s",) + second[4:]
    if chance(rng, 0.3) or "the" in (first[2], second[2]):  # no one owns a street
        first = noun_ent(rng, key, det="this", num="s", adj=False, allow_num=False)
        second = noun_ent(rng, key, det="that", num="s", adj=False, allow_num=False)
    return {"kind": "compare", "subj": first, "other": second, "adj": adj, "people": False}


def _own_kin_compared(subj, other) -> bool:
    """The subject's own parent or child, or a kin said with "our" after "I": not "You are
    older than your father." (false), "I'm older than our sister." (2.6 review)."""
    if other[0] != "N" or not other[5] or other[5][0] != person(subj):
        return False
    return other[5][1] != number(subj) or other[1] in ("mother", "father", "son", "daughter",
                                                        "child")


def _baby(ent) -> bool:
    """A baby is not compared: not "Tom is happier than this baby" (2.5 audit)."""
    return ent[0] == "N" and ent[1] == "baby"


def _plural_your(ent) -> bool:
    """ "your" said to several people ("votre mère"): not beside a "tu" in one sentence."""
    return ent[0] == "N" and bool(ent[5]) and ent[5][:2] == (2, "p")


HANDED = [("key", "the"), ("book", "the"), ("newspaper", "the"), ("bread", "the"),
          ("ticket", "the"), ("bag", "the"), ("water", "some"), ("bread", "some"),
          ("phone", "the"), ("letter", "the")]


def pronoun_imperative(rng) -> dict:
    verb_key = pick(rng, ["help", "help", "call", "wait", "look", "listen", "speak_to",
                          "give", "bring"])
    plural = chance(rng, 0.15)
    spec = {"kind": "simple", "plural_you": plural,
            "main": clause_for(rng, verb_key, imp=True, plural_you=plural)}
    main = spec["main"]
    pro = pick(rng, [("PRO", 1, "s", "m"), ("PRO", 1, "s", "m"), ("PRO", 1, "p", "m"),
                     ("PRO", 3, "s", "m"), ("PRO", 3, "s", "f"), ("PRO", 3, "p", "m")])
    if VERBS[verb_key].frame == "ditr":
        main["to"] = pro
        # something one hands over: not "Children, give a shoe to me." (2.5 audit)
        noun, det = pick(rng, HANDED)
        main["obj"] = ("N", noun, det, "s", None, None, None)
    else:
        main["obj"] = pro
    main["neg"] = False
    main["adjuncts"] = [a for a in main["adjuncts"] if a[0] != "time"]
    obj = main.get("obj")
    if obj is not None and obj[0] == "N" and obj[4]:  # not "Give her the good cheese."
        main["obj"] = obj[:4] + (None,) + obj[5:]
    r = rng.random()
    if r < 0.5:
        spec["prefix"] = "please_end"
    elif r < 0.7:
        spec["prefix"] = "please"
    if plural:  # plural "vous" only when the English says so: "Children, help me."
        spec["prefix"] = "children"
    return spec


__all__ = ["draw", "decorate", "everyday", "imperative"]
