"""Short sentences of corpus version 2.5: statements, questions and reported clauses built
on one clause of one scene (:func:`~rnnbook.corpus.generator.scenes.scene_clause`).

Version 2.4 drew these kinds one part at a time from the grammar (subject, verb, object,
adjective, place and time each drawn on its own), and its audit found about half of them
unnatural: "Tom thinks that my daughter is looking at his phones", "They see their phone".
A scene's clause has a subject, object, place and time that belong together, so the kinds
below only choose the form: a statement (maybe negated), a yes/no question, a question with
who, what, where, when, why or how, a clause reported with say, tell, think or know, or an
imperative (also after "Sir,", "Madam," or "Children,"). Thanks and "if" sentences still
come from the grammar.
"""

from __future__ import annotations

import random

from rnnbook.corpus.generator.features import en_gender, possessor
from rnnbook.corpus.generator.grammar import (
    chance,
    clause_for,
    pick,
    plural_you,
    same_referent,
    strip_rel,
)
from rnnbook.corpus.generator.lexicon import NOUNS
from rnnbook.corpus.generator.scenes import scene_clause
from rnnbook.corpus.generator.verbs import VERBS

# Verbs whose object a "what" question asks about ("What did Alice cook yesterday?").
WHAT_VERBS = {"eat", "drink", "read", "buy", "want", "see", "write", "find", "lose", "make",
              "cook", "sell", "forget", "bring", "carry", "wash", "clean", "watch", "take"}
# Who reports what someone else did: names and kin, not a bare "he" with no one to point to.
# Not "The doctor thinks that my daughter learned English": family and friends.
REPORTERS = [("P", "Tom"), ("P", "Mary"), ("P", "John"), ("P", "Alice"),
             ("N", "mother", "poss", "s", None, (1, "s", "m"), None),
             ("N", "father", "poss", "s", None, (1, "s", "m"), None),
             ("N", "friend", "poss", "s", None, (1, "s", "m"), None)]
DRINKS = ["tea", "coffee", "milk", "water", "wine"]
ME, YOU = ("PRO", 1, "s", "m"), ("PRO", 2, "s", "m")


def to_you(value):
    """``value`` (a clause or entity) with "I/me/my" made "you/your": questions ask the
    listener ("Did you cook dinner?"), not the speaker about themself."""
    if isinstance(value, dict):
        return {k: to_you(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_you(v) for v in value]
    if isinstance(value, tuple):
        if value[:3] == ("PRO", 1, "s"):
            return ("PRO", 2, "s", *value[3:])
        if len(value) == 3 and value[:2] == (1, "s"):  # an owner: "my" -> "your"
            return (2, "s", value[2])
        return tuple(to_you(v) for v in value)
    return value


def _names(value, out: set) -> set:
    """The names a clause says."""
    if isinstance(value, dict):
        for v in value.values():
            _names(v, out)
    elif isinstance(value, (list, tuple)):
        if len(value) == 2 and value[0] == "P":
            out.add(value[1])
        for v in value:
            _names(v, out)
    return out


def statement(rng: random.Random) -> dict:
    """ "My sister bought some new shoes.", "Tom didn't clean the kitchen.\""""
    main, _ = scene_clause(rng)
    obj = main.get("obj")
    if chance(rng, 0.12) and not main.get("adv") and not (
            obj and obj[0] == "N" and obj[2] in ("some", "a")):  # not "didn't buy some"
        main["neg"] = True
    spec = {"kind": "simple", "main": main}
    if chance(rng, 0.08):
        spec["prefix"] = "no" if main.get("neg") else "yes"
    return spec


def yes_no_question(rng: random.Random) -> dict:
    """ "Did you cook dinner yesterday?", "Is Tom learning English?\""""
    main, _ = scene_clause(rng)
    # not "Do we eat at the restaurant?"; not a habit without its "often" (pyrealb cannot
    # place "often" in a question), which would ask about one time: "Does Tom read it?"
    while main["subj"][:3] == ("PRO", 1, "p") or main.get("adv"):
        main, _ = scene_clause(rng)
    main = to_you(main)
    main["int"] = "yon"
    if chance(rng, 0.06):  # "Do you want tea or coffee?"
        a, b = rng.sample(DRINKS, 2)
        main = {"verb": "want", "tense": "p", "subj": YOU, "int": "yon", "adjuncts": [],
                "obj": ("OR", ("N", a, "bare", "s", None, None, None),
                        ("N", b, "bare", "s", None, None, None))}
    return {"kind": "simple", "main": main}


def wh_question(rng: random.Random) -> dict:
    """ "Who cooked dinner?", "What did Alice buy?", "Where did they go?", "When will you
    clean the kitchen?\""""
    for _ in range(500):
        # not a habit: "What does your brother wash?" asks about nothing in particular
        main, mode = scene_clause(rng, ("past", "fut", "now"))
        main = to_you(main)
        main.pop("adv", None)
        obj = main.get("obj")
        places = [a for a in main["adjuncts"] if a[0] in ("place", "at_home", "home")]
        times = [a for a in main["adjuncts"] if a[0] == "time"]
        kinds = ["wos"]
        if mode == "past" and not VERBS[main["verb"]].stative and main["verb"] not in (
                "lose", "forget", "find", "see", "hear"):  # what one does not choose to do
            # "Why did your mother call the doctor?"; not of plans: "Why will your father
            # write a song for Mary?" (2.6 audit)
            kinds.append("why")
        if any(a[0] == "by" for a in main["adjuncts"]):
            kinds.append("how")  # "How did they go to London?"
        if obj is not None and obj[0] == "N" and not obj[6] and main["verb"] in WHAT_VERBS \
                and NOUNS[obj[1]].cls != "person":
            kinds.append("wad")
        if places and not any(a[0] == "place" and a[2][0] in ("N", "P") and a[2][6:] and
                              a[2][6] for a in places if a[0] == "place"):
            kinds.append("whe")
        if times and mode in ("past", "fut") and not any(
                a[0] == "place" and a[2][0] == "COUNTRY" for a in main["adjuncts"]):
            kinds.append("whn")
        kind = pick(rng, kinds)
        if kind == "wos":
            subj = main["subj"]
            if subj[0] == "AND" or (subj[0] == "N" and subj[6]):
                continue  # not "Who gave it to your mother?" ("The boy who found ...")
            mine = possessor(subj)
            rest = {k: v for k, v in main.items() if k != "subj"}
            if mine[:2] == (3, "p") and _owners_to(rest, mine, None) != rest:
                continue  # not "Who has made a cake for their mother?" (*leur mère*)
            main["subj"] = ("N", "man", "the", "s", None, None, None)  # said "who"
        elif kind == "whe":
            main["adjuncts"] = [a for a in main["adjuncts"] if a not in places]
        elif kind == "how":
            main["adjuncts"] = [a for a in main["adjuncts"] if a[0] != "by"]
        elif kind == "whn":
            main["adjuncts"] = [a for a in main["adjuncts"]
                                if a[0] not in ("time", "manner")]
        main["int"] = kind
        return {"kind": "simple", "main": main}
    raise RuntimeError("no question")


def reported(rng: random.Random) -> dict:
    """ "Alice says that she will go to the library tomorrow.", "My mother told me that Tom
    had cleaned the kitchen." (the French plus-que-parfait for an event before a past
    "said")."""
    for _ in range(500):
        verb = pick(rng, ["say", "say", "think", "know_that", "tell"])
        tense = pick(rng, ["p", "p", "past"])
        if tense == "past":
            modes = ("past",)
        elif verb == "know_that":
            modes = ("habit", "past", "now")
        else:
            modes = ("past", "fut", "now")
        inner, _ = scene_clause(rng, modes)
        if inner["verb"] == "stand":
            continue  # where people stood is no news: not "Mary knows that the children
            # stood near the door." (2.6 audit)
        inner.pop("neg", None)
        subj = inner["subj"]
        if verb in ("say", "tell") and (subj[0] in ("P", "N") or subj[:2] == ("PRO", 3)) \
                and en_gender(subj) != "n" and chance(rng, 0.6):  # not "my friend ... it"
            reporter = subj  # "Alice says that she ...", not "Alice knows that she ..."
            if subj[0] != "PRO":
                inner["subj"] = ("REF", strip_rel(subj))
        elif subj[0] not in ("P", "N"):
            continue  # not "John says that she ...", "My father says that I ..."
        else:
            reporter = pick(rng, REPORTERS)
            if same_referent(reporter, subj) or (reporter[0] == "P" and reporter[1] in
                                                  _names(inner, set())):
                continue
        main = {"verb": verb, "tense": tense, "subj": reporter, "adjuncts": [],
                "inner": inner}
        if verb == "tell":  # (the subject said about is never "I" here: see above)
            main["obj"] = YOU if reporter[:2] == ME[:2] else pick(rng, [ME, ("PRO", 1, "p",
                                                                             "m")])
        if tense == "past" and inner["tense"] == "past" and not VERBS[inner["verb"]].stative \
                and "fr_tense" not in inner and not inner.get("prog"):
            inner["fr_tense"] = "pq"  # "avait nettoyé"
        return {"kind": "simple", "main": main}
    raise RuntimeError("no reported clause")


# What one asks someone to do: not "Work at the hospital.", "Dance at the restaurant.",
# "Please drink tea with milk."
ASKED = {"eat", "read", "write", "open", "close", "clean", "wash", "take", "bring",
         "carry", "help", "call", "wait", "cook", "make", "listen", "look", "pay", "do",
         "go_home", "come", "buy"}
# What one asks of "Sir," or "Madam,": not "Madam, clean the kitchen."
POLITE = {"wait", "call", "help", "open", "close", "take", "pay", "read", "come", "listen",
          "look"}
# States said to someone's face: "Children, you are late.", not "Children, you're hot."
TOLD_STATES = ["late", "early", "right", "wrong", "tired", "kind", "hungry", "ready"]


def imperative(rng: random.Random, plural: bool = False, verbs: set[str] = ASKED) -> dict:
    """ "Close the window in your room.", "Buy some bread at the shop, please." (``plural``:
    said to several people, "vous"; ``verbs``: the verbs asked for)."""
    for _ in range(500):
        main, _ = scene_clause(rng)
        old = main["subj"]
        obj = main.get("obj")
        if main["verb"] not in verbs or old[0] == "AND" or (old[0] == "N" and old[6]) or (
                main["verb"] == "buy" and (obj[0] != "N" or NOUNS[obj[1]].cls not in (
                    "food", "drink"))):
            continue  # not "Give it to me" for "The man who found my phone gave it to me"
        mine = possessor(old)
        you = (2, "p" if plural else "s", "m")
        main = _owners_to(main, mine, you)
        main.update(subj=("PRO", *you), imp=True, plural_you=plural, tense="p")
        for key in ("prog", "perf", "fr_tense", "adv", "mod", "neg"):
            main.pop(key, None)
        # no time, no place: not "Cook some soup in the kitchen.", "Cook some eggs
        # tomorrow." (a destination stays: "Go home.")
        main["adjuncts"] = [a for a in main["adjuncts"] if a[0] not in ("time", "at_home")
                            and not (a[0] == "place" and a[1] != "to")]
        if any(e is not None and e[0] == "REF" for e in (main.get("obj"), main.get("to"))):
            continue
        obj = main.get("obj")
        if chance(rng, 0.12) and not (obj and obj[0] == "N" and obj[2] in ("some", "a")) \
                and main["verb"] != "do":  # not "Don't the dishes." (pyrealb drops "do")
            main["neg"] = True  # "Don't close the window."
        if main["verb"] in ("wait", "come") and chance(rng, 0.5):
            main["adjuncts"].append(("time", "here"))  # "Wait here.", "Come here, please."
        spec = {"kind": "simple", "main": main, "plural_you": plural}
        if chance(rng, 0.3):
            spec["prefix"] = "please"
        return spec
    raise RuntimeError("no imperative")


def _owners_to(value, old: tuple, new: tuple):
    """``value`` with every owner ``old`` (person, number, gender) made ``new``: "my key"
    said to the one who owns it is "your key"."""
    if isinstance(value, dict):
        return {k: _owners_to(v, old, new) for k, v in value.items()}
    if isinstance(value, list):
        return [_owners_to(v, old, new) for v in value]
    if isinstance(value, tuple):
        if value == old:
            return new
        return tuple(_owners_to(v, old, new) for v in value)
    return value


def vocative(rng: random.Random) -> dict:
    """ "Sir, close the window, please.", "Children, wash your hands.", "Madam, you are
    late." (French "vous": polite for "Sir,"/"Madam,", plural for "Children,")."""
    prefix = pick(rng, ["sir", "madam", "children"])
    plural = prefix == "children"
    if chance(rng, 0.6):
        spec = imperative(rng, plural, POLITE if not plural else ASKED)
        spec["prefix"] = prefix
        spec["formal"] = not plural
        return spec
    g = "f" if prefix == "madam" else "m"
    you = ("PRO", 2, "p" if plural else "s", g)
    # only a state said to someone's face: not "Madam, you don't want an egg"
    main = clause_for(rng, "be_state", you)
    main.pop("adv", None)
    main.update(neg=False, state=pick(rng, TOLD_STATES), tense="p", adjuncts=[])
    main.pop("degree", None) if main["state"] in ("right", "wrong", "late", "early",
                                                  "ready") else None
    if plural:
        main = plural_you(main)
    return {"kind": "simple", "main": main, "prefix": prefix, "formal": not plural,
            "plural_you": plural}
