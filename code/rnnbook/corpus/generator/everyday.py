"""Corpus version 2's sampler: the grammar's sentences plus everyday constructions.

:func:`draw` is what the build calls for each sentence spec. It draws either one of the
everyday kinds realised by :mod:`~rnnbook.corpus.generator.phrases` (questions with *be*,
noun predicates, "this is", "there is", comparatives, imperatives with a pronoun and
"please"), a long or joined sentence drawn from one scene
(:func:`~rnnbook.corpus.generator.scenes.scene_sentence`, since version 2.4), or a short
sentence of :func:`~rnnbook.corpus.generator.grammar.sentence`, which it may turn into a
present progressive, a present perfect or a sentence with *can*/*must*. Every
spec also says whether its English is written with contractions (``"contract"``: None,
``"only"`` or ``"both"``, both meaning the corpus holds the two surface forms).
"""

from __future__ import annotations

import random

from rnnbook.corpus.generator.grammar import (
    PEOPLE,
    RELATIVES,
    chance,
    clause_for,
    imperative,
    noun_ent,
    person_ent,
    pick,
    same_referent,
    sentence,
    thing_place,
)
from rnnbook.corpus.generator.lexicon import NOUNS
from rnnbook.corpus.generator.phrases import COMPARE_PEOPLE, COMPARE_THINGS, JOBS
from rnnbook.corpus.generator.plausibility import PROG_VERBS, settle
from rnnbook.corpus.generator.scenes import scene_sentence
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
THINGS = ["key", "phone", "bag", "book", "ticket", "picture", "computer", "letter",
          "newspaper", "hat", "shoe", "shirt", "dress", "car", "bike", "dog", "cat"]
WHERE_PEOPLE = ["mother", "father", "brother", "sister", "friend", "teacher", "doctor",
                "son", "daughter"]
CONTAINERS = [("in", "bag"), ("in", "car"), ("in", "kitchen"), ("in", "room"),
              ("in", "garden"), ("in", "house"), ("on", "table"), ("on", "bed"),
              ("under", "bed"), ("under", "table")]


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
        spec = sentence(rng, short_only=True)
        decorate(rng, spec)
        settle(spec)
    spec["contract"] = pick(rng, ["only", "only", "only", "both", None, None, None, None])
    return spec


# ----- progressive, perfect, modals on grammar sentences --------------------------------------
def decorate(rng, spec) -> None:
    """Maybe turn the main clause of a simple or coordinated sentence into a present
    progressive ("are playing"), a present perfect ("has eaten") or a modal ("can swim")."""
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
    elif r < 0.6 and main["tense"] == "p" and main["verb"] in MOD_VERBS and second is None:
        main["mod"] = "obli" if not main.get("int") and chance(rng, 0.3) else "poss"
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
        return {"kind": "beq", "wh": wh, "tense": tense, "subj": subj}
    r = rng.random()
    if r < 0.45:
        subj = owned_thing(rng)
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


def this_is(rng) -> dict:
    key = pick(rng, THINGS + ["apple", "cake", "song", "film", "house", "school", "horse"])
    det = pick(rng, ["a", "a", "poss", "poss", "gen"])
    num = "p" if chance(rng, 0.25) else "s"
    if det == "gen":
        pred = noun_ent(rng, key, det="gen", owner=("P", pick(rng, list(PEOPLE))), adj=False,
                        num=num)
    else:
        pred = noun_ent(rng, key, det=det, num=num, allow_num=False)
    if pred[2] == "some":
        pred = pred[:2] + ("bare",) + pred[3:]  # "These are apples" -> "Ce sont des pommes"
    return {"kind": "this_is", "dem": pick(rng, ["this", "that", "it"]), "pred": pred,
            "neg": chance(rng, 0.2) and det != "a",
            "tense": "past" if chance(rng, 0.1) else "p"}


def there_is(rng) -> dict:
    key = pick(rng, THINGS + ["apple", "egg", "bread", "milk", "water", "cheese", "cake",
                              "bird", "man", "child", "chair", "table"])
    neg = chance(rng, 0.2)
    ent = noun_ent(rng, key, det=pick(rng, ["a", "a", "some", "num"]) if key != "table"
                   else "a", allow_num=True)
    if ent[2] in ("the", "this", "that", "poss", "every", "generic"):
        ent = ent[:2] + ("a",) + ent[3:]
    if isinstance(ent[2], int) and (neg or ent[2] > 5):  # "two apples", not "a hundred"
        ent = ent[:2] + (pick(rng, [2, 3, 4, 5]) if not neg else "a",) + ent[3:]
    if (ent[2] == "a" or isinstance(ent[2], int)) and NOUNS[key].mass:  # "some milk"
        ent = ent[:2] + ("some", "s") + ent[4:]
    place = thing_place(rng, ent)
    if key in ("man", "child", "bird", "dog", "cat"):
        place = ("place", "in", noun_ent(rng, pick(rng, ["garden", "park", "house", "street",
                                                         "car"]), det="the", num="s",
                                         adj=False))
    if ent[1] in ("table", "chair") and place[2][1] in ("table", "chair", "bed"):
        place = ("place", "in", noun_ent(rng, pick(rng, ["kitchen", "room"]), det="the",
                                         num="s", adj=False))
    return {"kind": "there", "ent": ent, "place": place, "neg": neg,
            "tense": "past" if chance(rng, 0.2) else "p"}


def compare(rng) -> dict:
    if chance(rng, 0.6):
        adj = pick(rng, list(COMPARE_PEOPLE))
        subj = person_ent(rng, pronoun=0.25, names=0.45)
        while subj[0] == "AND":
            subj = person_ent(rng, pronoun=0.25, names=0.45)
        if subj[0] == "N":
            subj = subj[:4] + (None,) + subj[5:]
        other = None
        for _ in range(20):
            other = person_ent(rng, pronoun=0.2, names=0.5)
            if other[0] != "AND" and not same_referent(other, subj):
                break
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
    first = owned_thing(rng, key, dets=("poss", "gen", "this", "the"))
    for _ in range(20):
        second = owned_thing(rng, key, dets=("poss", "gen", "that"))
        if second != first:
            break
    return {"kind": "compare", "subj": first, "other": second, "adj": adj, "people": False}


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
    else:
        main["obj"] = pro
    main["neg"] = False
    main["adjuncts"] = [a for a in main["adjuncts"] if a[0] != "time"]
    r = rng.random()
    if r < 0.5:
        spec["prefix"] = "please_end"
    elif r < 0.7:
        spec["prefix"] = "please"
    if plural:  # plural "vous" only when the English says so: "Children, help me."
        spec["prefix"] = "children"
    return spec


__all__ = ["draw", "decorate", "everyday", "imperative"]
