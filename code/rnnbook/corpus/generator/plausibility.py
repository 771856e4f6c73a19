"""Single clauses that read like something people say (corpus version 2.3).

Version 2.2's joins went together, but three blind readings still found about a third of the
sentences odd, mostly inside one clause: the simple present for one event ("His son eats a
cake that I bought"), a habit with one particular object ("She writes this letter when she
comes home"), things one does not say ("We will not hate our apple", "Those women do not lose
the money"), and piles of adjuncts ("in the park with you now"). :func:`settle` rewrites a
drawn spec in place after the grammar and the everyday decorations have made it; every rule
keeps the English and the French the same sentence (the French present covers "is eating").
"""

from __future__ import annotations

from rnnbook.corpus.generator.lexicon import NOUNS

# Verbs that read well in the present progressive ("is eating") and the perfect.
PROG_VERBS = frozenset({
    "sleep", "work", "play", "read", "walk", "run", "swim", "dance", "sing_intr", "wait",
    "cook_intr", "watch", "listen", "play_sport", "write", "learn", "sing", "eat", "drink",
    "cook", "wash", "clean", "make", "go", "come", "buy", "leave", "arrive", "go_home",
    "come_home", "help", "call", "look", "carry", "bring", "take", "open", "close", "do",
    "visit_person", "speak_to",
})
# Times that say "right now" or "on this one day": with them an action is going on.
NOW_TIMES = frozenset({"now", "today", "this evening", "this morning", "this week"})
HABITUAL_TIMES = ("every", "in_the", "at_night")
# Events that happen once: their simple present reads oddly ("What does he lose now?").
ONCE = frozenset({"lose", "find", "win"})
# Verbs of a habit whose object is any one of its kind ("reads a book when he comes home").
HABIT_OBJECTS = frozenset({"eat", "drink", "read", "write", "cook", "make", "buy", "sing"})
LIKING = frozenset({"like", "love_thing", "hate"})
# States that a future makes odd ("This teacher will know the library", "will love John").
FUTURELESS = LIKING | {"love", "like_inf", "hate_inf", "know", "hear"}
# Places that one "knows" ("Do you know this city?"), unlike "know a library".
KNOWN_PLACES = frozenset({"city", "town", "country"})
# Times in which one writes a book.
BOOK_TIMES = frozenset({"last year", "next year", "this year", "every year", "last month",
                        "next month"})
PAST_OK = frozenset({"today", "yesterday", "this morning", "this week", "last week",
                     "last month", "last year", "after film", "before film"})


def settle(spec: dict) -> dict:
    """Rewrite ``spec`` in place so that each clause is a plausible thing to say."""
    main = spec.get("main")
    if not isinstance(main, dict):
        return spec
    habitual_when = spec.get("conj") == "when" and main["tense"] == "p"
    clauses = [main] + ([spec["second"]] if isinstance(spec.get("second"), dict) else [])
    inner = main.get("inner")
    if isinstance(inner, dict) and main["verb"] in ("say", "tell", "think", "know_that"):
        clauses.append(inner)
    for clause in clauses:
        _one_setting(clause)
        _plausible_verb(clause)
    if spec.get("kind") == "coord" and _object_comes_back(spec):
        for clause in clauses:  # "She bought a cake and she ate it", not "is buying ...
            clause.pop("prog", None)  # and is eating it"
            _to_past(clause)
    if spec.get("kind") == "coord" and main["tense"] == "past":
        _to_past(spec["second"])  # "found the ticket and gave it", not "and gives it"
    if habitual_when or main.get("fr_tense") == "i":
        _any_one_object(main)  # "reads a book when he comes home"; "was reading a book when"
    if main.get("adv") or any(_habitual(a) for a in main.get("adjuncts", ())):
        for clause in clauses:  # "waits ... every evening and reads a book" (the habit)
            _any_one_object(clause)
    for clause in clauses[1:]:
        if clause.get("adv") or any(_habitual(a) for a in clause.get("adjuncts", ())):
            _any_one_object(clause)
    if main.get("fr_tense") == "i" and main["verb"] in PROG_VERBS:
        main["prog"] = True  # "Tom was cooking when Mary came home" -> "Tom préparait"
    if not habitual_when and main.get("int") not in ("whn", "how"):
        _going_on(main)  # not "When is Mary eating some bread?": that asks about a plan
        for clause in clauses[1:]:
            if main.get("prog") or spec.get("kind") != "coord":
                _going_on(clause)  # not "comes home and is cooking": both or neither
    return spec


def _habitual(adjunct) -> bool:
    return adjunct[0] == "time" and adjunct[1].startswith(HABITUAL_TIMES)


def _one_setting(clause: dict) -> None:
    """At most one of where, with whom, for whom ("ate in the park with you now" piles up)."""
    out, taken = [], False
    for a in clause.get("adjuncts", []):
        setting = (a[0] == "place" and a[1] not in ("to", "from")) or a[0] == "at_home" or (
            a[0] in ("with", "for") and not (a[1][0] == "N" and a[1][1] == "milk"))
        if setting and taken:
            continue
        taken = taken or setting
        out.append(a)
    clause["adjuncts"] = out


def _plausible_verb(clause: dict) -> None:
    """Verb by verb: what is said with it (likes are general, one knows people and towns)."""
    verb, obj = clause["verb"], clause.get("obj")
    thing = obj is not None and obj[0] == "N" and NOUNS[obj[1]].cls != "person"
    if verb in FUTURELESS and clause["tense"] == "f" and not clause.get("imp"):
        clause["tense"] = "p"  # not "This teacher will know the library", "will hate"
        clause["adjuncts"] = [a for a in clause["adjuncts"] if a[0] != "time"]
        clause.pop("fr_tense", None)
    if verb in LIKING and thing and not obj[6] and obj[2] != "generic" and NOUNS[
            obj[1]].cls in ("food", "drink"):  # "We do not hate apples", not "our apple"
        clause["obj"] = obj[:2] + ("generic", "s" if NOUNS[obj[1]].mass else "p", None,
                                   None, None)
    if verb == "know" and thing and NOUNS[obj[1]].cls == "place" and obj[1] not in \
            KNOWN_PLACES:
        clause["obj"] = ("N", "city", obj[2] if obj[2] in ("the", "this", "that") else "this",
                         "s", None, None, None)
    if verb == "need" and thing:  # "needed some bikes", not "some white bikes"
        clause["obj"] = obj[:4] + (None,) + obj[5:]
    if verb == "write" and thing and obj[1] == "book":  # not "wrote that book last week"
        clause["adjuncts"] = [a for a in clause["adjuncts"] if a[0] != "time"
                              or a[1] in BOOK_TIMES]
    if clause.get("mod") and verb == "come" and any(
            a[0] == "place" and a[1] == "from" for a in clause["adjuncts"]):
        clause.pop("mod")  # not "Tom can't come from the shop"
    if clause.get("imp") and clause.get("neg") and thing and obj[2] in ("a", "some"):
        clause["obj"] = obj[:2] + ("the",) + obj[3:]  # "Don't read the letter", not "a"
    subj = clause.get("subj")
    if clause.get("neg") and subj is not None and subj[0] == "N" and subj[2] == "some":
        # "Some boats do not stop" is "Certains bateaux..." (not "Des bateaux ne ... pas")
        clause["subj"] = subj[:2] + ("the",) + subj[3:]
    if verb == "lose" and clause["tense"] == "f" and not clause.get("imp"):
        clause["tense"] = "p"  # not "Tom will lose some shirts": then "Tom lost ..."
        clause.pop("fr_tense", None)
    if verb in ONCE and clause["tense"] == "p" and not _marked(clause):
        _to_past(clause)  # "What did your brother lose?", not "What does he lose now?"


def _marked(clause: dict) -> bool:
    """Has the clause its own tense, aspect or habit (perfect, modal, "often", "every day")?"""
    return bool(clause.get("perf") or clause.get("mod") or clause.get("prog")
                or clause.get("adv") or clause.get("imp")
                or any(_habitual(a) for a in clause.get("adjuncts", ())))


def _to_past(clause: dict) -> None:
    if clause["tense"] != "p" or clause.get("perf") or clause.get("mod") or \
            clause.get("imp") or clause.get("prog"):
        return
    clause["tense"] = "past"
    clause["adjuncts"] = [a for a in clause["adjuncts"] if a[0] != "time" or a[1] in PAST_OK
                          or a[1].startswith("for ")]


def _object_comes_back(spec: dict) -> bool:
    """Is the second clause about the first clause's object ("buys a cake and eats it")?"""
    obj = spec["second"].get("obj")
    return obj is not None and obj[0] == "REF" and spec["main"]["tense"] == "p"


def _any_one_object(clause: dict) -> None:
    """A habit is about any one thing of a kind: "eats a cake when he is hungry", not "eats
    the cake that Alice made when he is hungry"."""
    obj = clause.get("obj")
    if clause["verb"] not in HABIT_OBJECTS or obj is None or obj[0] != "N" or \
            NOUNS[obj[1]].cls == "person":
        return
    det = obj[2]
    if det in ("a", "some", "generic", "bare") and not obj[6]:
        return
    mass = NOUNS[obj[1]].mass
    num = "s" if mass else obj[3]
    det = "some" if mass or num == "p" else "a"
    clause["obj"] = ("N", obj[1], det, num, obj[4] if obj[4] not in ("first", "last") else None,
                     None, None)


def _going_on(clause: dict) -> None:
    """One event in the present is going on now: "His son is eating a cake", "Is my son
    reading this letter?" (the French present says both)."""
    if clause["tense"] != "p" or _marked(clause) or clause["verb"] not in PROG_VERBS:
        return
    obj = clause.get("obj")
    one_thing = obj is not None and obj[0] == "N" and obj[2] not in ("generic", "bare")
    now = any(a[0] == "time" and a[1] in NOW_TIMES for a in clause.get("adjuncts", ()))
    if one_thing or now:
        clause["prog"] = True
