"""The machinery of scenes.py: a small notation for clauses and entities, and the draw.

Entities are written as short English strings and turned into the generator's tuples:

- ``"the kitchen"``, ``"some bread"``, ``"bare tea"``, ``"a new dress"``, ``"two hours"``;
  plurals are written as plurals: ``"the children"``, ``"some eggs"``;
- possessives: ``"my key"``, ``"our street"``, ``"~key"`` (the clause subject's: "his key",
  "her key", "my key"), ``"~O train"`` (owned by the main object), ``"Tom's car"``;
- ``"Tom"``, ``"London"``, ``"France"``, ``"French"``; ``"I"``, ``"we"``, ``"she"``, ``"me"``...;
- ``"@"``, ``"@m"``, ``"@f"``: a name not used yet in the sentence;
- ``"$S"``, ``"$O"``, ``"$T"``, ``"$F"``, ``"$W"``, ``"$P"``, ``"$R"``: the main clause's subject,
  object, recipient, "for" person, "with" companion, place, and the object inside the
  relative clause, said again (a pronoun);
- ``"a & b"``: "a and b".

Adjuncts: ``"in the kitchen"``, ``"to London"``, ``"home"``, ``"at home"``, ``"by train"``,
``"with ~friends"``, ``"for ~son"``, ``"without milk"``, ``"late"`` ("en retard"), ``"late*"``
("tard"), ``"T:every morning"`` (a time, see grammar.TIMES; ``"T:for 2 hour"``).
A field given as a list is a choice; ``""`` in an adjunct slot means "nothing".
"""

from __future__ import annotations

import random

from rnnbook.corpus.generator.features import en_gender, number, person, possessor
from rnnbook.corpus.generator.grammar import same_referent, strip_rel
from rnnbook.corpus.generator.lexicon import ADJS, CITIES, COUNTRIES, LANGUAGES, NOUNS, PEOPLE
from rnnbook.corpus.generator.plausibility import PROG_VERBS
from rnnbook.corpus.generator.verbs import VERBS

# ----- notation ----------------------------------------------------------------------------


def C(verb: str | list[str], **kw) -> dict:  # noqa: N802 - the notation's short name
    """A clause template. ``rel``: identifying relatives of its entities, by role ("subj",
    "obj", "to", "place": the last place adjunct): ``rel={"to": C("work", adj=["at the
    library"])}`` says "to the woman who works at the library"."""
    return dict(verb=verb, **kw)


def L(conj: str, clause: dict, modes: str = "habit past fut now", neg: bool = False,  # noqa: N802
      prog: bool = False, tense: str | None = None, main: dict | None = None,
      notime: bool = False, long: bool = False, who: list[str] | None = None) -> dict:
    """A link: the second clause of a sentence, with the main clause's modes it goes with.
    ``neg``: the main clause is negated; ``prog``: the main clause is what was going on
    ("was cooking ... when"); ``tense``: the second clause's tense when not the usual one;
    ``main``: extra fields for the main clause (a modal, a time, adjuncts); ``notime``: no
    time for the main clause. ``long``: a link for the long draws only (a relative, a time
    and a second clause with more to say), ``who``: the main clause's subjects then."""
    return dict(conj=conj, clause=clause, modes=modes.split(), neg=neg, prog=prog,
                tense=tense, main=main or {}, notime=notime, long=long, who=who)


def A(verb: str | list[str], links: list[dict], modes: str = "past fut",  # noqa: N802
      who: list[str] | None = None, times: str | dict = "day", force: str | None = None,
      facts: list[dict] | None = None, time_p: float | None = None, weight: float = 1.0,
      **kw) -> dict:
    """An action of a frame: a clause template with its modes, subjects, times and links.
    ``force``: the role ("subj", "obj") that always gets a relative clause; ``facts``: the
    relatives for it, when not the scene's."""
    return dict(tpl=C(verb, **kw), links=links, modes=modes.split(), who=who, times=times,
                force=force, facts=facts, time_p=time_p, weight=weight)


# Times by span and mode. "habit" is the simple present of a habit, "now" the present
# progressive of what is going on.
TIMES = {
    # an everyday action: not "will cook some soup next week"
    "day": {"habit": ["every morning", "every evening", "every day", "in_the morning",
                      "in_the evening", "every week", "ADV"],
            "past": ["yesterday", "this morning", "yesterday", "today"],
            "fut": ["tomorrow", "this evening", "tomorrow", "today"],
            "now": ["now", "today", "this evening"]},
    "evening": {"habit": ["every evening", "in_the evening", "ADV"],
                "past": ["yesterday"], "fut": ["tomorrow", "this evening"],
                "now": ["now", "this evening"]},
    "morning": {"habit": ["every morning", "in_the morning", "ADV"],
                "past": ["this morning", "yesterday"], "fut": ["tomorrow"], "now": ["now"]},
    "week": {"habit": ["every week", "ADV"], "past": ["last week", "yesterday"],
             "fut": ["next week", "tomorrow"], "now": ["this week", "today"]},
    "year": {"habit": ["every year", "ADV"], "past": ["last year", "last month"],
             "fut": ["next year", "next month"], "now": ["this week"]},
    "none": {"habit": [], "past": [], "fut": [], "now": []},
}
TENSE = {"habit": "p", "past": "past", "fut": "f", "now": "p"}

PRONOUNS = {"I": (1, "s", "m"), "me": (1, "s", "m"), "we": (1, "p", "m"), "us": (1, "p", "m"),
            "he": (3, "s", "m"), "him": (3, "s", "m"), "she": (3, "s", "f"),
            "they": (3, "p", "m"), "them": (3, "p", "m"), "you": (2, "s", "m")}
POSSESSIVES = {"my": (1, "s", "m"), "our": (1, "p", "m"), "your": (2, "s", "m"),
               "his": (3, "s", "m"), "her": (3, "s", "f"), "their": (3, "p", "m")}
DETS = {"the": "the", "a": "a", "an": "a", "some": "some", "bare": "bare", "this": "this",
        "that": "that", "no": "no", "every": "every", "generic": "generic"}
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}
IRREGULAR = {"children": "child", "men": "man", "women": "woman", "babies": "baby",
             "shoes": "shoe", "dishes": "dish"}
PREPS = {"in", "at", "to", "from", "on", "under", "near", "behind"}
NAMES = list(PEOPLE)
GROWN_UPS = {"father", "mother", "man", "woman", "doctor", "teacher", "friend"}


class Ctx:
    """What a template's strings refer to while one sentence is drawn."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.refs: dict[str, tuple] = {}
        self.names: list[str] = []
        self.self_ent = None  # the subject of the clause being built, for "~"

    def pick(self, x):
        """One of a list, or ``x`` itself."""
        return x[self.rng.randrange(len(x))] if isinstance(x, list) else x

    def name(self, gender: str | None = None) -> tuple:
        """A name not used yet in the sentence."""
        free = [n for n in NAMES if n not in self.names and (gender is None
                                                               or PEOPLE[n][1] == gender)]
        n = self.pick(free)
        self.names.append(n)
        return ("P", n)


class Reject(Exception):  # noqa: N818 - not an error: a draw to try again
    """The draw cannot be said well: draw again."""


def again(ent: tuple) -> tuple:
    """An entity said a second time: a pronoun."""
    if ent[0] in ("PRO", "REF"):
        return ent
    if ent[0] == "N" and ent[6]:
        ent = strip_rel(ent)
    if ent[0] == "N" and NOUNS[ent[1]].cls == "person" and ent[3] == "s" and (
            en_gender(ent) == "n"):
        raise Reject(f"no pronoun for {ent[1]}")  # "my friend ... it"
    return ("REF", ent)


def parse_ent(text: str | list[str], ctx: Ctx, owner_ent: tuple | None = None) -> tuple:
    """An entity tuple for a string of the notation (see the module docstring)."""
    text = ctx.pick(text)
    if text == "~home":  # who comes home: a grown-up's child, a child's parent
        who = owner_ent or ctx.self_ent
        base = who[1] if who[0] == "REF" else who
        grown = base[0] == "N" and base[1] in GROWN_UPS
        text = ctx.pick(["~son", "~daughter"] if grown else ["~father", "~mother"])
    if text == "~partner":  # "my father ... my mother", "Tom ... Alice"
        who = owner_ent or ctx.self_ent
        if who[0] == "N" and who[1] == "father" and who[2] == "poss":
            return ("N", "mother", "poss", "s", None, who[5], None)
        text = "@f"
    if " & " in text:
        a, b = text.split(" & ", 1)
        return ("AND", parse_ent(a, ctx, owner_ent), parse_ent(b, ctx, owner_ent))
    if text.startswith("$"):
        ref = ctx.refs[text[1:]]
        return ref[1] if ref[0] == "RAW" else again(ref)
    if text in PRONOUNS:
        return ("PRO",) + PRONOUNS[text]
    if text.startswith("@"):
        return ctx.name({"@m": "m", "@f": "f"}.get(text))
    if text in PEOPLE:
        if text not in ctx.names:
            ctx.names.append(text)
        return ("P", text)
    if text in CITIES:
        return ("CITY", text)
    if text in COUNTRIES:
        return ("COUNTRY", text)
    if text in LANGUAGES:
        return ("LANG", text)
    words = text.split()
    first = words[0]
    owner = None
    if first in DETS:
        det = DETS[first]
    elif first in POSSESSIVES:
        det, owner = "poss", POSSESSIVES[first]
    elif first.startswith("~"):
        rest = first[1:]
        if rest.isupper():  # "~O train": the main object's train
            who = ctx.refs[rest]
        else:  # "~key", "~old house": the clause subject's
            who = owner_ent or ctx.self_ent
            words = ["~"] + ([rest] if rest else []) + words[1:]
        who = who[1] if who[0] == "RAW" else who
        det, owner = "poss", possessor(who)
        base = who[1] if who[0] == "REF" else who
        if base[0] == "N" and base[1] in ("brother", "sister") and base[2] == "poss" and (
                base[5][0] == 1) and words[-1] in ("mother", "father", "brother", "sister",
                                                   "family"):
            owner = (1, "p", "m")  # "my sister ... our mother", not "her mother"
        if base[0] == "N" and base[2] == "poss" and base[1] == words[-1] and base[1] in (
                "mother", "father", "sister", "brother", "son", "daughter"):
            raise Reject(f"{base[1]} and ~{words[-1]}")  # not "My sister visited our sister"
        if base[0] == "N" and base[2] == "poss" and base[1] in ("mother", "father") and (
                base[5][0] in (1, 2)) and words[-1] in ("son", "daughter", "children"):
            # not "My father bought a bag for his daughter": one says "for my sister"
            raise Reject(f"~{words[-1]} of {base[1]}")
        if base[0] == "N" and base[1] == "friend" and base[3] == "p" and words[-1] in (
                "mother", "father", "sister", "brother", "son", "daughter", "family", "friend",
                "friends"):
            # not "My friends ... visit their brother", "... dance with their friends"
            raise Reject("friends' kin")
    elif first.endswith("'s"):
        det, owner = "gen", ("P", first[:-2])
        if first[:-2] not in ctx.names:
            ctx.names.append(first[:-2])
    elif first in NUMBERS:
        det = NUMBERS[first]
    elif first in NOUNS or first in IRREGULAR or first[:-1] in NOUNS:
        det, words = "bare", ["bare"] + words  # "with milk"
    else:
        raise ValueError(text)
    adj = words[1] if len(words) == 3 else None
    if adj is not None and adj not in ADJS:
        raise ValueError(f"adjective {adj!r} in {text!r}")
    noun = words[-1]
    num = "s"
    if noun not in NOUNS:
        base = IRREGULAR.get(noun) or (noun[:-1] if noun[:-1] in NOUNS else None)
        if base is None:
            raise ValueError(f"noun {noun!r} in {text!r}")
        noun, num = base, "p"
    if isinstance(det, int):
        num = "p"
    if det == "a" and num == "p":
        det = "some"
    return ("N", noun, det, num, adj, owner, None)


def parse_adjunct(text: str | list | tuple, ctx: Ctx) -> tuple | None:
    """An adjunct tuple for a string of the notation, or None for ``""``."""
    text = ctx.pick(text)
    if isinstance(text, tuple):  # (adjunct, what a later clause says about it: "$A")
        text, alt = text
        ctx.refs["A"] = ("RAW", parse_ent(alt, ctx))
    if not text:
        return None
    if text.startswith("T:"):
        return ("time", text[2:])
    if text == "home":
        return ("home",)
    if text == "at home":
        return ("at_home",)
    if text in ("late", "early"):
        return ("manner", text)
    if text in ("late*", "early*"):
        return ("manner", text[:-1], "leave")
    head, _, rest = text.partition(" ")
    if head == "by":
        return ("by", rest)
    if head in ("with", "without", "for"):
        ent = parse_ent(rest, ctx)
        return (head, ent)
    if head in PREPS:
        ent = parse_ent(rest, ctx)
        return ("place", head, ent)
    raise ValueError(text)


def build(tpl: dict, ctx: Ctx, subj: tuple, tense: str, mode: str | None = None) -> dict:
    """A clause dict of the generator's format from a template."""
    ctx.self_ent = subj
    c = {"verb": ctx.pick(tpl["verb"]), "tense": tense, "subj": subj, "adjuncts": []}
    obj = tpl.get("obj")
    if obj is not None:
        obj = ctx.pick(obj)
    if obj:  # "" in a list of objects: none ("and they won")
        if isinstance(obj, tuple):  # (object, the alternative a "but" clause contrasts)
            obj, alt = obj
            ctx.refs["A"] = ("RAW", parse_ent(alt, ctx))
        c["obj"] = parse_ent(obj, ctx)
    if tpl.get("to") is not None:
        c["to"] = parse_ent(tpl["to"], ctx)
    for role in ("obj", "to"):  # French "l'"/"lui" for a name: realise.py wants a PRO
        e = c.get(role)
        if e is not None and e[0] == "REF" and e[1][0] == "P":
            c[role] = ("PRO", 3, "s", PEOPLE[e[1][1]][1])
    for key in ("state", "degree", "sport", "chore", "mod", "adv", "neg", "perf", "prog",
                "fr_tense", "age"):
        if key in tpl:
            value = ctx.pick(tpl[key])
            if value is not None:
                c[key] = value
    if "tense" in tpl:
        c["tense"] = ctx.pick(tpl["tense"])
    for slot in tpl.get("adj", []):
        a = parse_adjunct(slot, ctx)
        if a is not None:
            c["adjuncts"].append(a)
    if "inner" in tpl:
        c["inner"] = build(tpl["inner"], ctx, subj, "p")
        ctx.self_ent = subj
    if mode == "now" and c["verb"] in PROG_VERBS:
        c["prog"] = True
    for role, fact in tpl.get("rel", {}).items():
        if role == "place":  # the last place adjunct: "sold it to the man who ..."
            i = max(i for i, a in enumerate(c["adjuncts"]) if a[0] == "place")
            a = c["adjuncts"][i]
            c["adjuncts"][i] = a[:2] + (with_relative(ctx, a[2], ctx.pick(fact), subj),)
        elif c[role][0] != "N":
            raise ValueError(f"a relative on {c[role]!r}")
        else:
            c[role] = with_relative(ctx, c[role], ctx.pick(fact), subj)
        ctx.self_ent = subj
    return c


def fact_name(ent: tuple) -> str:
    """The key of the scene's facts for an entity: "children" for the plural of "child"."""
    if ent[3] == "p":
        return {"child": "children", "boy": "boys", "girl": "girls", "man": "men",
                "woman": "women"}.get(ent[1], ent[1])
    return ent[1]


def with_relative(ctx: Ctx, ent: tuple, fact: dict, main_subj: tuple) -> tuple:
    """``ent`` with an identifying relative clause built from a fact template: "the woman
    who works at the library", "the cake that she made" (``main_subj``: the subject of the
    clause ``ent`` belongs to)."""
    if NOUNS[ent[1]].cls == "person":
        rel = build(fact, ctx, ent[:6] + (None,), fact.get("tense", "p"))
        rel["who"] = True
        if rel.get("obj") is not None:
            ctx.refs["R"] = rel["obj"]
        return ent[:6] + (("subj", rel),)
    ctx.self_ent = main_subj
    who = parse_ent(fact.get("subj", "I"), ctx, owner_ent=main_subj)
    if same_referent(who, main_subj):
        who = again(main_subj)  # "the cake that she made"
    rel = build(dict(fact), ctx, who, fact.get("tense", "past"))
    rel["subj"] = who
    return ent[:6] + (("obj", rel),)


def ents_of(clause: dict) -> list[tuple]:
    """The entities of a clause that a later pronoun could be taken for."""
    out = [clause.get("subj"), clause.get("obj"), clause.get("to")]
    for a in clause.get("adjuncts", ()):
        if a[0] in ("with", "for"):
            out.append(a[1])
        elif a[0] == "place" and a[2][0] in ("P", "N") and (
                a[2][0] == "P" or NOUNS[a[2][1]].cls == "person"):
            out.append(a[2])  # "wrote a letter to Alice"
    for e in list(out):
        if e is not None and e[0] == "AND":
            out += [e[1], e[2]]
        if e is not None and e[0] == "N" and e[6]:
            out.append(e[6][1].get("subj"))
    return [e for e in out if e is not None and e[0] != "AND"]


def _features(e):
    base = e[1] if e[0] == "REF" else e
    return person(base), number(base), en_gender(base)


def ambiguous(main: dict, second: dict) -> bool:
    """Could a third-person pronoun of the second clause be taken for another entity of the
    main clause ("Tom called his father because he was sick")?"""
    pronouns = [e for e in ents_of(second) if e[0] == "REF"]
    pronouns += [e for e in ents_of(second) if e[0] == "PRO" and e[1] == 3]
    candidates = ents_of(main)
    for p in pronouns:
        f = _features(p)
        if f[0] != 3:
            continue
        rivals = [e for e in candidates if _features(e) == f and not same_referent(e, p)]
        target = [e for e in candidates if same_referent(e, p)]
        if rivals and (target or p[0] == "PRO"):
            return True
        if len(rivals) > 1:
            return True
    return False


def all_verbs_known(value: object) -> bool:
    """Are all the verbs of a template (or of anything holding templates) known? Raises
    ValueError for the first that is not."""
    if isinstance(value, dict):
        if "verb" in value and value["verb"] not in VERBS:
            raise ValueError(value["verb"])
        return all(all_verbs_known(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return all(all_verbs_known(v) for v in value)
    return True
