"""The grammar: draws abstract sentences that make sense, with a seeded random generator.

Every choice goes through ``rng`` (a ``random.Random``), so a seed fixes the corpus. A sentence
spec is plain data (dicts, tuples, strings, ints): :mod:`rnnbook.corpus.generator.realise` turns
it into English and French with pyrealb.

Decisions the English must determine (so a model can learn them):

- English "you" is French "tu" (one person, informal) unless the sentence starts with "Sir,"
  or "Madam," (formal "vous") or "Children," (plural "vous").
- "I", "you" and "we" are masculine in French agreement; "they" alone is "ils"; "it"/"they"
  referring to a noun named earlier in the sentence take that noun's French gender
  ("I have a car and it is red." -> "J'ai une voiture et elle est rouge.").
- "this"/"that" are both French "ce"; English simple past is French passé composé, or
  imparfait for states (be, have, want, know, like...).
"""

from __future__ import annotations

import random

from rnnbook.corpus.generator.coherence import (
    AND_NEXT,
    ARRIVAL_STATES,
    AT_DESTINATION,
    CONTRASTED,
    CREATING,
    FAR_TIME_VERBS,
    FILM_TIME_VERBS,
    NOT_OWN_OBJECT,
    OBJECT_RELATIVE_VERBS,
    ON_ARRIVING,
    ON_COMING_HOME,
    PERSON_RELATIVES,
    WHEN_STATES,
    WHILE_OTHERS_COME,
    WITH_COMPANY,
    WITH_THE_OBJECT,
    fits_object,
)
from rnnbook.corpus.generator.features import (
    en_gender,
    number,
    person,
    possessor,
    semantic_class,
)
from rnnbook.corpus.generator.lexicon import (
    ADJS,
    AVOIR_STATES,
    CITIES,
    COUNTRIES,
    EN_STATES,
    LANGUAGES,
    NOUNS,
    NUMBERS,
    PEOPLE,
    STATES,
    THING_STATES,
)
from rnnbook.corpus.generator.verbs import VERBS

BY_CLASS: dict[str, list[str]] = {}
for _key, _noun in NOUNS.items():
    BY_CLASS.setdefault(_noun.cls, []).append(_key)
RELATIVES = ["mother", "father", "brother", "sister", "son", "daughter", "friend"]
# Kin: whose son is meant is said by a possessive ("my son", "Tom's son"), never "the son".
KIN = frozenset(RELATIVES) - {"friend"}
SINGULAR = {"mother", "father", "family"}
# Nouns that read naturally with "my", "your", "his"...
POSS_OK = set(NOUNS) - {"man", "woman", "boy", "girl", "student", "station", "hospital",
                        "restaurant", "shop", "library", "street", "park", "country", "city",
                        "town",
                        "day", "night", "morning", "evening", "week", "month", "year", "time",
                        "hour", "minute", "sea", "river", "lake", "train", "bus", "plane",
                        "question", "answer", "game", "film", "water", "family", "table",
                        "door", "window"}
# Places by the preposition English uses for being there.
AT_PLACES = ["school", "office", "hospital", "station", "restaurant", "shop", "library"]
IN_PLACES = ["kitchen", "garden", "park", "room", "house", "street", "city", "town"]
FURNITURE_PREPS = ["on", "under", "near", "behind"]
TIMES = {
    "now": "p", "today": "p past f", "tomorrow": "f", "yesterday": "past",
    "every day": "p", "every morning": "p", "every evening": "p", "every week": "p",
    "every year": "p", "in_the morning": "p", "in_the evening": "p", "at_night": "p",
    "this morning": "past f", "this evening": "f", "this week": "p past f",
    "last week": "past", "last month": "past", "last year": "past", "next week": "f",
    "next month": "f", "next year": "f", "after film": "p past f", "before film": "p past f",
}
DURATIONS = ["hour", "minute", "day", "week", "month", "year"]
TENSES = ["p", "past", "f"]
FREQ = ["often", "always", "sometimes", "never"]


def pick(rng: random.Random, items):
    return items[rng.randrange(len(items))]


def chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


# ----- entities ------------------------------------------------------------------------------
def noun_ent(rng, key, det=None, num=None, adj=None, owner=None, rel=None, allow_num=True):
    noun = NOUNS[key]
    if num is None:
        num = "s" if noun.mass or key in SINGULAR or chance(rng, 0.72) else "p"
    if det is None:
        options = ["the"] * 5 + ["a"] * 3 + ["poss"] * 3 + ["this", "that"]
        if noun.mass:
            options = ["the"] * 3 + ["some"] * 4 + ["poss", "this"]
        elif num == "p":
            options += ["some"] * 2
            if allow_num:
                options += ["num"] * 2
        det = pick(rng, options)
    if det == "a" and num == "p":
        det = "some"
    if det == "some" and not noun.mass:  # "some apples" -> "des pommes", never "une pomme"
        num = "p"
    if det == "num":
        det = pick(rng, NUMBERS[1:12] + [100])
        num = "p"
    if det == "every":
        num = "s"
    if key in KIN and det in ("the", "this", "that"):  # "my son", not "the son"/"this son"
        det = "poss"
    if det == "poss" and key not in POSS_OK:
        det = "the"
    if det == "poss" and owner is None:
        owner = random_owner(rng)
    if adj is None and noun.mass and chance(rng, 0.1) and noun.cls in ("food", "drink"):
        adj = pick(rng, ["good", "bad"])
    elif adj is None and not noun.mass and chance(rng, 0.22):
        options = [a for a, e in ADJS.items() if noun.cls in e.classes or key in e.classes]
        if noun.cls == "person":
            # Not "the happy son", "our sad brothers": the audits of 2.2 found moods and
            # qualities odd as labels for people (they are said with "is" instead). Not
            # "beautiful sister" (French "belle-soeur" is a sister-in-law), not "poor" ("sa
            # pauvre mère" pities her), no adjective on kin ("my old father" is a label too).
            options = ["beautiful"] if key in ("woman", "girl", "baby", "child") else []
            if key in GROWN_UP and key not in KIN:
                options += ["old", "young"]
        adj = pick(rng, options) if options else None
    if adj in ("first", "last"):
        det, num = "the", "s"
    return ("N", key, det, num, adj or None, owner, rel)


def random_owner(rng):
    pe = pick(rng, [1, 1, 2, 3, 3, 3])
    n = "p" if chance(rng, 0.3) else "s"
    g = pick(rng, ["m", "f"])
    if pe == 2:
        n = "s"
    return (pe, n, g)


def owner_of(ent):
    """Possessor features of an entity (for "his", "her", "its", "their", "my"...)."""
    return possessor(ent)


def person_ent(rng, pronoun=0.3, names=0.2, you_ok=True, plural_you=False):
    r = rng.random()
    if r < pronoun:
        options = [(1, "s", "m"), (2, "s", "m"), (3, "s", "m"), (3, "s", "f"), (1, "p", "m"),
                   (3, "p", "m")]
        if not you_ok:
            options.remove((2, "s", "m"))
        pe, n, g = pick(rng, options)
        if pe == 2 and plural_you:
            n = "p"
        return ("PRO", pe, n, g)
    if r < pronoun + names:
        if chance(rng, 0.08):
            name = pick(rng, list(PEOPLE))
            owner = (3, "s", PEOPLE[name][1])
            return ("AND", ("P", name), noun_ent(rng, pick(rng, RELATIVES), det="poss",
                                                 num="s", owner=owner))
        return ("P", pick(rng, list(PEOPLE)))
    key = pick(rng, BY_CLASS["person"] + RELATIVES)
    if key in RELATIVES:  # "my sister", "his father"; "the sister", "that sister" read oddly
        det = "poss"
    else:
        det = pick(rng, ["the", "the", "the", "poss", "poss", "this", "that"])
    return noun_ent(rng, key, det=det, allow_num=False)


def thing_ent(rng, classes, verb_key=None, **kw):
    """A noun of one of the classes (or from the verb's explicit object list)."""
    verb = VERBS.get(verb_key) if verb_key else None
    if verb is not None and verb.objects:
        keys = list(verb.objects)
    else:
        keys = [k for c in sorted(classes) for k in BY_CLASS.get(c, [])]
    return noun_ent(rng, pick(rng, keys), **kw)


def subject_for(rng, verb, **kw):
    classes = verb.subj
    if "person" in classes and (len(classes) == 1 or chance(rng, 0.75)):
        return person_ent(rng, **kw)
    others = sorted(c for c in classes if c != "person")
    if verb.frame in ("state", "place"):  # "the soup is cold", "the key is under the bed"
        return thing_ent(rng, {pick(rng, others)}, allow_num=False,
                         det=pick(rng, ["the", "the", "poss", "this", "that"]))
    ent = thing_ent(rng, {pick(rng, others)}, allow_num=False)
    if ent[0] == "N" and ent[1] in VEHICLES_THAT_DO_NOT_TRAVEL and verb.en_lemma in (
            "arrive", "leave", "stop"):  # trains arrive, leave and stop; bikes do not
        ent = ent[:1] + (pick(rng, ["train", "bus", "plane", "boat"]),) + ent[2:]
    return ent


def object_for(rng, verb_key, subj, neg=False, imp=False, depth=0):
    verb = VERBS[verb_key]
    classes = set(verb.obj)
    if imp and classes == {"person"}:  # "Aide-moi", "Appelle-les" (see hyphenate_imperative)
        if chance(rng, 0.5):
            return pick(rng, [("PRO", 1, "s", "m"), ("PRO", 1, "s", "m"), ("PRO", 1, "p", "m"),
                              ("PRO", 3, "s", "m"), ("PRO", 3, "s", "f"), ("PRO", 3, "p", "m")])
        return person_ent(rng, pronoun=0, names=0.4)
    if verb_key == "have" and chance(rng, 0.06):
        return ("N", "time", "bare", "s", None, None, None)  # "I have time" -> "J'ai le temps"
    if verb_key == "have" and chance(rng, 0.25):
        # "a brother", "two sons"; not "two mothers"
        return noun_ent(rng, pick(rng, ["brother", "sister", "son", "daughter", "friend"]),
                        det=pick(rng, ["a", "a", 2]))
    base = subj[1] if subj[0] == "REF" else subj  # "... and it drinks": the cat's diet
    if verb_key == "eat" and base[0] == "N" and NOUNS[base[1]].cls == "animal":
        diet = {"dog": ["meat", "bread"], "cat": ["fish", "meat"], "horse": ["apple", "bread"],
                "bird": ["bread"], "cow": ["bread", "apple"], "fish": ["bread"]}[base[1]]
        key = pick(rng, diet)
        return noun_ent(rng, key, det=pick(rng, ["the", "poss", "some"]),
                        owner=owner_of(subj), adj=False, allow_num=False)
    if verb_key == "drink" and base[0] == "N" and NOUNS[base[1]].cls == "animal":
        milk = ["milk"] if base[1] in ("cat", "dog") else []
        return noun_ent(rng, pick(rng, ["water"] + milk), det=pick(rng, ["the", "some"]),
                        adj=False)
    if verb_key in ("drink", "want", "buy", "like", "love_thing") and is_young(subj):
        key = pick(rng, ["water", "milk", "milk"] if verb_key == "drink"
                   else ["milk", "apple", "cake", "bread"] + (["water"] if verb_key != "buy"
                                                               else []))
        if verb_key in LIKING:  # "The boy likes milk" -> "Le garçon aime le lait"
            return noun_ent(rng, key, det="generic", num="s" if NOUNS[key].mass else "p",
                            adj=False)
        return noun_ent(rng, key, adj=False, allow_num=False)
    if "person" in classes and (len(classes) == 1 or chance(rng, 0.3)):
        if chance(rng, 0.3) and not imp and depth == 0:  # a later "him" has no antecedent
            pe, n, g = pick(rng, [(1, "s", "m"), (2, "s", "m"), (3, "s", "m"), (3, "s", "f"),
                                  (1, "p", "m"), (3, "p", "m")])
            if (pe, n) != (3, "p") and (pe, n) == (person_of(subj), num_of(subj)):
                pe = 3
            return ("PRO", pe, n, g)
        return person_ent(rng, pronoun=0, names=0.35)
    classes.discard("person")
    if "place_name" in classes and chance(rng, 0.5):
        return pick(rng, [("CITY", c) for c in CITIES] + [("COUNTRY", c) for c in COUNTRIES])
    classes.discard("place_name")
    if "person_rel" in classes:
        classes.discard("person_rel")
    owner = owner_of(subj) if chance(rng, 0.6) else None
    if verb_key in NOT_OWN_OBJECT:  # not "The father can buy his shirt"
        owner = None
    if subj_class(subj) == "animal":  # not "the dog looks at its car"
        owner = None
        if verb_key in ("see", "look"):
            classes = {"animal"}
    for _ in range(10):  # not "watch the song"
        ent = thing_ent(rng, classes, verb_key, owner=owner,
                        allow_num=verb_key in ("have", "buy", "see", "want", "need", "eat",
                                               "sell", "find", "bring"))
        if ent[0] != "N" or fits_object(verb_key, ent[1]):
            break
    if verb_key in ("have", "want", "need", "lose", "find") and ent[0] == "N" and \
            ent[1] in ("train", "bus", "plane", "boat"):  # not "You will have a train"
        ent = ent[:1] + (pick(rng, ["car", "bike"]),) + ent[2:]
    if verb_key == "need" and ent[0] == "N" and NOUNS[ent[1]].mass:
        ent = ent[:4] + (None,) + ent[5:]  # "besoin de soupe" has no room for "bonne"
    if verb_key in ("want", "need", "take") + tuple(NOT_OWN_OBJECT) and ent[2] == "poss":
        ent = ent[:2] + ("the",) + ent[3:]
    # general likes: "I like cheese" / "She hates apples" -> "J'aime le fromage",
    # "Elle déteste les pommes" (French definite article, also after "ne ... pas")
    if verb_key in LIKING and ent[0] == "N" and (
            ent[2] in ("a", "some", "bare", "no") or isinstance(ent[2], int)):
        num = "s" if NOUNS[ent[1]].mass else "p"
        ent = ent[:2] + ("generic", num) + ent[4:]
    if neg and ent[2] in ("this", "that", "every") and verb_key not in LIKING:
        ent = ent[:2] + ("a" if not NOUNS[ent[1]].mass else "some",) + ent[3:]
    if ent[0] == "N" and ent[2] == "no":
        ent = ent[:2] + ("a",) + ent[3:]
    return ent


LIKING = {"like", "love_thing", "hate"}
ANIMAL_CANNOT = {  # what the animals of the lexicon do not do
    "fish": {"drink", "walk", "run", "sing_intr", "play", "look", "hear", "sleep"},
    "dog": {"sing_intr"}, "cat": {"sing_intr", "swim"}, "horse": {"sing_intr"},
    "cow": {"sing_intr", "swim", "play"}, "bird": {"swim"},
}


def is_young(ent) -> bool:
    """Children and babies: no wine, no coffee."""
    if ent[0] == "AND":
        return is_young(ent[1]) or is_young(ent[2])
    if ent[0] == "REF":
        return is_young(ent[1])
    return ent[0] == "N" and ent[1] in ("baby", "child", "boy", "girl")


def person_of(ent):
    return ent[1] if ent[0] == "PRO" else 3


def num_of(ent):
    return number(ent)


# ----- clauses -------------------------------------------------------------------------------
VERB_WEIGHTS = {key: 1.0 for key in VERBS}
VERB_WEIGHTS.update({"be_state": 5, "be_place": 3, "have": 4, "want": 3, "like": 3, "eat": 3,
                     "drink": 2, "go": 4, "see": 2, "read": 2, "buy": 2, "be_age": 2.5,
                     "give": 2, "live": 2, "work": 2, "play": 1.5, "need": 2})
_VERB_KEYS = sorted(VERBS)
_CUMULATIVE = []
_total = 0.0
for _k in _VERB_KEYS:
    _total += VERB_WEIGHTS[_k]
    _CUMULATIVE.append(_total)


def random_verb(rng, exclude=()):
    while True:
        x = rng.random() * _total
        key = next(k for k, edge in zip(_VERB_KEYS, _CUMULATIVE, strict=True) if x < edge)
        if key not in exclude:
            return key


def location(rng, verb_key, subj=None):
    """An adjunct saying where, suited to the verb and the subject (or None)."""
    if subj is not None and subj_class(subj) == "animal" and verb_key != "swim":
        # not "the cow drinks water in a kitchen" or "the dog reads at the library"
        where = ["river", "lake"] if subj[0] == "N" and subj[1] == "fish" else ["garden", "park"]
        return ("place", "in", noun_ent(rng, pick(rng, where), num="s",
                                        allow_num=False, det="the", adj=False))
    if verb_key in ("sleep",):
        return ("place", "in", noun_ent(rng, pick(rng, ["bed", "room", "house"]), adj=False,
                                        num="s", allow_num=False))
    if verb_key == "work":
        if chance(rng, 0.2):
            return ("at_home",)
        if chance(rng, 0.3):
            return pick(rng, [("place", "in", ("CITY", pick(rng, list(CITIES)))),
                              ("place", "in", ("COUNTRY", pick(rng, list(COUNTRIES))))])
        return ("place", "at", noun_ent(rng, pick(rng, AT_PLACES), num="s", allow_num=False,
                                        det="the"))
    if verb_key in ("play", "run", "walk", "sing_intr", "dance", "eat", "read", "cook_intr",
                    "drink", "swim"):
        places = {"play": ["garden", "park", "street", "room", "house"],
                  "run": ["park", "street", "garden"], "walk": ["park", "street", "city", "town"],
                  "swim": ["sea", "river", "lake"], "cook_intr": ["kitchen"],
                  "eat": ["kitchen", "garden", "restaurant", "park"],
                  "drink": ["kitchen", "garden", "restaurant"],
                  "read": ["garden", "library", "room", "park"],
                  "sing_intr": ["garden", "kitchen", "room"],
                  "dance": ["restaurant", "room", "garden"]}[verb_key]
        key = pick(rng, places)
        prep = "at" if key in AT_PLACES else "in"
        det = "the" if prep == "at" else pick(rng, ["the", "the", "poss"])  # not "in a garden"
        return ("place", prep, noun_ent(rng, key, num="s", allow_num=False, det=det,
                                        adj=False))
    if verb_key == "live":
        r = rng.random()
        if r < 0.5:
            return pick(rng, [("place", "in", ("CITY", c)) for c in CITIES]
                        + [("place", "in", ("COUNTRY", c)) for c in COUNTRIES])
        if r < 0.8:
            return ("place", "in", noun_ent(rng, pick(rng, ["house", "city", "town", "street"]),
                                            num="s", det=pick(rng, ["a", "a", "this", "the"]),
                                            allow_num=False))
        return ("place", "near", noun_ent(rng, pick(rng, ["station", "park", "school",
                                                          "hospital", "library"]),
                                          num="s", det="the", adj=False))
    return None


def furniture_place(rng):
    prep = pick(rng, FURNITURE_PREPS + ["in"])
    if prep == "in":
        key = pick(rng, IN_PLACES[:5] + ["car", "bag"])
    elif prep in ("on", "under"):  # not "under the door"
        key = pick(rng, ["table", "chair", "bed", "table"])
    else:
        key = pick(rng, ["table", "chair", "bed", "door", "window", "car", "house", "table"])
    return ("place", prep, noun_ent(rng, key, num="s", allow_num=False,
                                    det=pick(rng, ["the", "the", "poss"])))


def thing_place(rng, subj):
    """Where a thing or an animal is: not "That car will be behind the door"."""
    base = subj[1] if subj[0] == "REF" else subj
    key = base[1] if base[0] == "N" else None
    cls = NOUNS[key].cls if key else "thing"

    def the(noun):
        return noun_ent(rng, noun, num="s", allow_num=False, det="the", adj=False)

    if cls == "vehicle":
        return pick(rng, [("place", "in", the("street")), ("place", "near", the("station")),
                          ("place", "behind", the("house")), ("place", "near", the("park"))])
    if cls == "place":
        return ("place", "near", the(pick(rng, ["park", "station", "river", "school",
                                                "hospital", "library"])))
    if key == "fish":
        return ("place", "in", the(pick(rng, ["river", "lake"])))
    if cls in ("furniture", "opening"):
        return ("place", "in", the(pick(rng, ["room", "kitchen", "house"])))
    if cls in ("food", "drink"):  # not "the bread is under his small car"
        return pick(rng, [("place", "on", the("table")), ("place", "in", the("kitchen")),
                          ("place", "in", the("bag"))])
    place = furniture_place(rng)
    if cls == "animal" and place[2][1] in ("bag", "car"):
        place = ("place", "in", the("garden"))
    return place


def destination(rng, verb_key):
    if verb_key in ("go", "come") and chance(rng, 0.12):
        return ("place", "to", noun_ent(rng, "doctor", det="the", num="s", adj=False))
    if chance(rng, 0.3):
        name = pick(rng, [("CITY", c) for c in CITIES] + [("COUNTRY", c) for c in COUNTRIES])
        return ("place", "to", name)
    key = pick(rng, AT_PLACES + ["park", "garden", "kitchen", "house"])
    if key == "house":  # "to my house" -> "chez moi"; "to the house" is ambiguous ("home")
        return ("place", "to", noun_ent(rng, key, num="s", allow_num=False, det="poss",
                                        adj=False))
    det = pick(rng, ["the", "the", "poss"]) if key in ("office", "school") else "the"
    return ("place", "to", noun_ent(rng, key, num="s", allow_num=False, det=det))


ACTIVITIES = {"sleep", "work", "play", "read", "walk", "run", "swim", "dance", "sing_intr",
              "wait", "cook_intr", "watch", "listen", "play_sport", "write", "learn", "sing"}
STATE_TIMES = {"now", "today", "tomorrow", "yesterday", "this morning", "this evening",
               "every morning", "every evening", "in_the morning", "in_the evening"}


HABITUAL = ACTIVITIES | {"eat", "drink", "go", "come", "arrive", "leave", "go_home",
                         "come_home", "cook", "clean", "wash", "call", "help", "buy", "take",
                         "be_state", "be_place", "visit_person", "make", "stop"}


# Things a state does not fit: not "The keys are open", "The key is free", "The money is new".
_SMALL_THINGS = {"key", "phone", "computer", "picture", "ticket", "money"}
NOT_STATES = {"open": _SMALL_THINGS, "closed": _SMALL_THINGS,
              "free": {"key", "phone", "computer", "picture", "bag", "money"},
              "small": {"money", "ticket"}, "black": {"money", "ticket"},
              "new": {"money"}, "old": {"money"}}
LONG_ACTIVITIES = {"work", "learn", "play_sport", "live", "swim", "walk"}
VEHICLES_THAT_DO_NOT_TRAVEL = {"bike", "car"}


def time_for(rng, tense, verb_key=None):
    options = [k for k, tenses in TIMES.items() if tense in tenses.split()]
    if verb_key is not None and VERBS[verb_key].stative:
        options = [k for k in options if k in STATE_TIMES] or ["today"]
    if verb_key not in HABITUAL:
        options = [k for k in options if not k.startswith(("every", "in_the", "at_night"))]
    if verb_key not in FAR_TIME_VERBS:  # not "She will cook the cakes next year"
        options = [k for k in options if not k.startswith(
            ("last ", "next ", "this week", "every year", "every week"))]
    if not options:
        options = ["today"]
    if verb_key not in FILM_TIME_VERBS:  # not "He works at home before the film"
        options = [k for k in options if k not in ("after film", "before film")]
    if tense in ("past", "f") and verb_key in ACTIVITIES and chance(rng, 0.2):
        # "for two years" only for what one does that long (not "read the letter")
        unit = pick(rng, DURATIONS if verb_key in LONG_ACTIVITIES else ["minute", "hour"])
        n = pick(rng, NUMBERS[:12] + [15, 20] if unit == "minute" else NUMBERS[:6])
        if tense == "f" and chance(rng, 0.5) and unit in ("minute", "hour", "day", "week"):
            return ("time", f"in {n} {unit}")  # "dans deux heures": from now, future only
        return ("time", f"for {n} {unit}")
    key = pick(rng, options)
    if key in ("after film", "before film"):
        return ("time", key)
    return ("time", key)


PERMANENT = {"rich", "poor", "kind", "young", "old", "beautiful", "new", "big", "small", "long",
             "short", "easy", "difficult", "red", "blue", "green", "white", "black"}
TOO_OK = {"tired", "busy", "young", "old", "long", "short", "difficult", "big", "small",
          "late", "early"}
BABY_VERBS = {"sleep", "eat", "drink", "play", "see", "hear", "like", "want", "be_state",
              "be_age", "look", "be_place", "love", "hate"}
GROWN_UP = {"man", "woman", "father", "mother", "friend", "teacher", "doctor"}
IMPERATIVES = {"eat", "drink", "read", "write", "speak_to", "open", "close", "clean", "wash",
               "buy", "take", "give", "bring", "carry", "help", "call", "wait", "come", "go",
               "go_home", "sing", "dance", "run", "walk", "swim", "play", "cook", "make",
               "listen", "look", "learn", "visit", "work", "sleep", "pay", "do", "speak"}
YOUNG = {"boy", "girl", "child", "baby", "son", "daughter", "brother", "sister"}
# pyrealb asks "Has Tom a car?"; modern English asks "Does Tom have a car?", so no questions.
NO_QUESTION = {"have"}
INF_VERBS = {
    "want_inf": ["eat", "drink", "sleep", "go", "read", "buy", "see", "play", "sing", "dance",
                 "swim", "visit", "speak", "learn", "go_home", "help", "call", "work"],
    "like_inf": ["read", "sing", "dance", "swim", "cook_intr", "play", "walk", "run", "work",
                 "play_sport", "write"],
    "hate_inf": ["work", "run", "wait", "cook_intr", "clean", "wash", "do"],
    "learn_inf": ["swim", "read", "write", "sing", "dance", "cook_intr", "speak"],
    "start_inf": ["work", "read", "eat", "sing", "cook_intr", "write", "clean", "run"],
}


def clause_for(rng, verb_key=None, subj=None, tense=None, depth=0, question=False,
               imp=False, plural_you=False):
    """A clause dict: verb, subject, object and adjuncts that go together."""
    exclude = set()
    if imp:
        exclude |= set(VERBS) - IMPERATIVES
    if subj is not None and subj[0] != "N" or (subj is not None and NOUNS.get(subj[1]) and
                                               NOUNS[subj[1]].cls == "person"):
        pass
    if subj is not None:
        cls = subj_class(subj)
        exclude |= {k for k, v in VERBS.items() if cls not in v.subj}
        base = subj[1] if subj[0] == "REF" else subj
        if base[0] == "N":
            exclude |= ANIMAL_CANNOT.get(base[1], set())
    if depth > 0:
        exclude |= {"say", "tell", "know_that", "think"}
    if verb_key is None:
        verb_key = random_verb(rng, exclude)
    verb = VERBS[verb_key]
    if tense is None:
        tense = pick(rng, ["p", "p", "p", "past", "past", "f", "f"])
    c = {"verb": verb_key, "tense": tense}
    if imp:
        c["imp"] = True
        c["plural_you"] = plural_you
        subj = ("PRO", 2, "p" if plural_you else "s", "m")
    elif subj is None:
        subj = grown_up(subject_for(rng, verb), verb_key)
        if depth > 0 and subj[0] == "PRO" and subj[1] == 3:
            # In a second clause a lone "he"/"they" would read as referring back to a noun
            # of the first clause; pronouns there are only ever such references (REF).
            subj = ("P", pick(rng, list(PEOPLE)))
    if verb_key in ("think", "know_that") and tense == "f":
        c["tense"] = tense = "p"
    c["subj"] = subj
    neg = chance(rng, 0.2)
    frame = verb.frame
    if frame in ("tr", "ditr", "visit", "need") or (frame == "that" and verb.obj):
        c["obj"] = object_for(rng, verb_key, subj, neg, imp, depth)
        if verb_key in NOT_OWN_OBJECT and c["obj"][0] == "N" and c["obj"][2] == "poss":
            c["obj"] = c["obj"][:2] + ("the",) + c["obj"][3:5] + (None,) + c["obj"][6:]
    if verb_key == "have" and neg and chance(rng, 0.4) and c["obj"][0] == "N":
        c["obj"] = c["obj"][:2] + ("no",) + c["obj"][3:]
        neg = False
    if verb_key == "have" and c.get("obj") and c["obj"][0] == "N" and c["obj"][2] in (
            "the", "this", "that", "some"):
        c["obj"] = c["obj"][:2] + ("a" if not NOUNS[c["obj"][1]].mass else "some",) + \
            c["obj"][3:]
    if verb_key == "start" and subj[0] == "N" and subj[1] not in ("film", "game"):
        c["subj"] = subj = ("N", pick(rng, ["film", "game"])) + subj[2:4] + (None,) + subj[5:]
    if c.get("obj") is not None and c["obj"][:2] == subj[:2] and c["obj"][0] == "N":
        if subj_class(subj) == "person":
            c["obj"] = ("N", "friend", "poss", "s", None, owner_of(subj), None)
        else:  # not "The white dog does not see its dog": another one of the class
            others = [k for k in VERBS[verb_key].objects or BY_CLASS[subj_class(subj)]
                      if k != subj[1]]
            c["obj"] = ("N", pick(rng, others), "the") + c["obj"][3:5] + (None, None)
    if c.get("obj") is not None and c["obj"] == subj and subj[0] == "P":  # not "Tom saw Tom"
        c["obj"] = ("P", pick(rng, [name for name in PEOPLE if name != subj[1]]))
    if verb_key == "think":  # "ne pense pas que" wants a subjunctive pyrealb does not give
        neg = False
    if frame == "ditr":
        c["to"] = person_ent(rng, pronoun=0.25 if depth == 0 else 0, names=0.3,
                             you_ok=not imp)
        if same_referent(c["to"], subj):  # not "Tom gave some money to Tom"
            c["to"] = other_person(rng, subj)
    if frame == "state":
        if subj_class(subj) == "person":
            pool = list(STATES) + list(AVOIR_STATES) * 2 + list(EN_STATES)
            c["state"] = pick(rng, pool)
        else:
            cls = subj_class(subj)
            base = subj[1] if subj[0] == "REF" else subj
            pool = [k for k, (_, classes) in THING_STATES.items() if cls in classes
                    and base[1] not in NOT_STATES.get(k, ())]
            if not pool:
                c["verb"] = verb_key = "be_place"
                verb = VERBS[verb_key]
                frame = "place"
            else:
                c["state"] = pick(rng, pool)
                if subj[0] == "N":
                    c["subj"] = subj = subj[:4] + (None,) + subj[5:]
        if frame == "state" and c.get("state") in PERMANENT and tense == "f":
            c["tense"] = tense = "p"  # not "The father will be young", "The car will be red"
        if frame == "state" and chance(rng, 0.25) and c.get("state") not in UNGRADED:
            c["degree"] = pick(rng, ["very", "too"]) if c["state"] in TOO_OK else "very"
    if frame == "age":
        if subj_class(subj) != "person" or (subj[0] == "N" and subj[1] not in YOUNG):
            subj = pick(rng, [("P", name) for name in PEOPLE] + [("PRO", 1, "s", "m"),
                                                                 ("PRO", 2, "s", "m"),
                                                                 ("PRO", 3, "s", "f")])
            c["subj"] = subj
        c["age"] = pick(rng, NUMBERS[:-1])
        if subj[0] == "N":
            c["subj"] = subj = subj[:4] + (None,) + subj[5:]
        if not (depth > 0 and tense == "past"):  # "Tom said that John was nine years old"
            c["tense"] = pick(rng, ["p", "p", "f"])
    if frame == "inf":
        inner_verb = pick(rng, INF_VERBS[verb_key])
        c["inner"] = clause_for(rng, inner_verb, subj, "p", depth + 1)
        c["inner"].pop("neg", None)
        c["inner"].pop("adv", None)
        c["inner"]["adjuncts"] = [a for a in c["inner"]["adjuncts"] if a[0] != "time"]
        if VERBS[inner_verb].frame in ("tr", "need") and "obj" in c["inner"]:
            inner_obj = c["inner"]["obj"]
            if inner_obj[0] == "PRO":
                c["inner"]["obj"] = person_ent(rng, pronoun=0, names=0.4)
    if frame == "that":
        # sequence of tenses: "You thought that your friend wrote the letter", never "writes"
        inner_tense = "past" if tense == "past" else pick(rng, TENSES)
        c["inner"] = no_repeat(subj, clause_for(rng, None, None, inner_tense, depth + 1))
        c["inner"]["neg"] = False
        if ambiguous_past(c["inner"]) and not any(a[0] == "time"
                                                 for a in c["inner"]["adjuncts"]):
            c["inner"]["adjuncts"].append(("time", "yesterday"))  # "read" is then past
        if inner_tense == "past" and tense == "past" and not VERBS[c["inner"]["verb"]].stative:
            # an event before a past "said/thought": French plus-que-parfait ("avait oublié")
            c["inner"]["fr_tense"] = "pq"
    if frame == "do":
        c["chore"] = pick(rng, ["dishes", "shopping", "homework"])
        neg = False
    if frame == "sport":
        c["sport"] = pick(rng, ["football", "tennis"])
    if frame == "lang":
        c["obj"] = ("LANG", pick(rng, list(LANGUAGES)))
    adjuncts = []
    if frame == "place":
        if subj_class(subj) == "person":
            adjuncts.append(pick(rng, [("at_home",), ("time", "here"), ("time", "there"),
                                       ("place", "in", ("CITY", pick(rng, list(CITIES)))),
                                       ("place", "at", noun_ent(rng, pick(rng, AT_PLACES),
                                                                num="s", det="the",
                                                                adj=False)),
                                       ("place", "in", noun_ent(rng, pick(rng, IN_PLACES[:5]),
                                                                num="s", det="the",
                                                                adj=False))]))
        elif subj_class(subj) == "animal" and subj[1] in ("cow", "horse"):
            adjuncts.append(("place", "in", noun_ent(rng, pick(rng, ["garden", "park"]),
                                                     num="s", det="the", adj=False)))
        else:
            adjuncts.append(thing_place(rng, subj))
    elif verb_key in ("go", "come"):
        if verb_key == "come" and chance(rng, 0.4):
            dest = destination(rng, verb_key)
            adjuncts.append(("place", "from", dest[2]) if dest[2][0] != "N" or
                            NOUNS[dest[2][1]].cls != "person" else dest)
        else:
            adjuncts.append(destination(rng, verb_key))
        if verb_key == "go" and chance(rng, 0.25):
            far = adjuncts[-1][0] == "place" and adjuncts[-1][2][0] in ("CITY", "COUNTRY")
            adjuncts.append(("by", pick(rng, ["train", "car", "plane", "boat"] if far else
                                        ["bus", "car", "bike"])))  # not "to my house by plane"
    elif verb_key == "arrive" and subj_class(subj) == "vehicle":
        if subj[1] in ("plane", "boat"):
            adjuncts.append(("place", "in", ("CITY", pick(rng, list(CITIES)))))
        else:
            adjuncts.append(("place", "at", noun_ent(rng, "station", num="s", det="the",
                                                     adj=False)))
    elif verb_key == "arrive" and chance(rng, 0.7):
        if chance(rng, 0.4):
            adjuncts.append(("place", "in", ("CITY", pick(rng, list(CITIES)))))
        else:
            adjuncts.append(("place", "at", noun_ent(rng, pick(rng, AT_PLACES), num="s",
                                                     det="the", adj=False)))
    elif verb_key in ("go_home", "come_home"):
        adjuncts.append(("home",))
    elif verb_key in ("sit",):
        adjuncts.append(("place", "on", noun_ent(rng, pick(rng, ["chair", "bed", "table"]),
                                                 num="s", det=pick(rng, ["the", "poss"]),
                                                 owner=owner_of(subj), adj=False)))
    elif verb_key == "stand":
        adjuncts.append(("place", pick(rng, ["near", "behind"]),
                         noun_ent(rng, pick(rng, ["door", "window", "table", "car"]), num="s",
                                  det="the", adj=False)))
    elif verb_key == "stop" and chance(rng, 0.6):
        adjuncts.append(("place", "near", noun_ent(rng, pick(rng, AT_PLACES + ["park"]),
                                                   num="s", det="the", adj=False)))
    elif verb_key in ("arrive", "leave") and chance(rng, 0.2) and subj_class(subj) == "person":
        adjuncts.append(("manner", pick(rng, ["late", "early"]), verb_key))
    else:
        loc = location(rng, verb_key, subj)
        if loc is not None and (verb_key in ("live", "swim")
                                or chance(rng, 0.5 if depth == 0 else 0.25)):
            adjuncts.append(loc)
    if verb_key in ("buy", "make", "cook", "bring") and chance(rng, 0.15) and frame == "tr":
        adjuncts.append(("for", other_person(rng, subj)))  # not "Tom buys it for Tom"
    if verb_key in ("play", "dance", "walk", "work") and chance(rng, 0.2) and \
            subj_class(subj) == "person":  # not "A white cat will walk with my daughter"
        adjuncts.append(("with", other_person(rng, subj)))
    obj = c.get("obj")
    if verb_key == "drink" and obj and obj[0] == "N" and obj[1] in ("tea", "coffee") \
            and chance(rng, 0.3):  # milk in tea or coffee, never in milk, water or wine
        adjuncts.append((pick(rng, ["with", "without"]),
                         noun_ent(rng, "milk", det="bare", num="s", adj=False)))
    if (not imp and chance(rng, 0.35 if depth == 0 else 0.15)
            and verb.frame not in ("age", "that", "inf")
            and (not verb.stative or verb_key in ("be_state", "be_place"))):
        adjuncts.append(time_for(rng, tense, verb_key))
    if imp and chance(rng, 0.1):
        here = "here" if verb_key in ("come", "sit") else "now"
        adjuncts.append(("time", pick(rng, ["now", here])))
    if c.get("state") in PERMANENT:  # not "Tom is rich every morning"
        adjuncts = [a for a in adjuncts if a[0] != "time"]
    c["adjuncts"] = one_place(adjuncts)
    if neg and verb_key not in ("do",):
        c["neg"] = True
    elif (not imp and not question and depth == 0 and tense in ("p", "past")
          and chance(rng, 0.12) and frame not in ("that", "age")
          and (not verb.stative or verb_key in ("be_state", "be_place"))  # not "often wanted"
          and c.get("state") not in PERMANENT):  # not "Mary is always three years old"
        c["adv"] = pick(rng, FREQ)
        c["adjuncts"] = [a for a in adjuncts if a[0] != "time"]
        if frame == "place" and not any(a[0] in PLACE_ADJUNCTS for a in c["adjuncts"]):
            c.pop("adv")  # "here"/"there" are time adjuncts: not "Their sisters are sometimes."
            c["adjuncts"] = adjuncts
    if ambiguous_past(c) and not question and not imp:
        # "I read the book" is present or past: a past-only time says which
        c.pop("adv", None)
        c["adjuncts"] = [a for a in c["adjuncts"] if a[0] != "time" or TIMES.get(
            a[1], "past") == "past" or a[1].startswith("for ")]
        if not any(a[0] == "time" for a in c["adjuncts"]):
            c["adjuncts"].append(("time", pick(rng, ["yesterday", "last week", "last year"])))
    elif ambiguous_past(dict(c, tense="past")) and tense == "p":
        # and the present keeps only times that never go with the past ("now", "every day")
        c["adjuncts"] = [a for a in c["adjuncts"] if a[0] != "time" or a[1] in TIMES
                         and "past" not in TIMES[a[1]].split()]
    return c


UNGRADED = {"right", "wrong", "ready", "free", "open", "closed", "red", "blue", "green", "white",
            "black", "first", "last", "new"}  # not "very right", "very closed"
PLACE_ADJUNCTS = ("place", "at_home", "home")


def one_place(adjuncts):
    """At most one place ("worked at home at the library" is two places at once); "from"
    and "to" count as one each."""
    out, seen = [], set()
    for a in adjuncts:
        if a[0] in PLACE_ADJUNCTS:
            role = a[1] if a[0] == "place" and a[1] in ("from", "to") else "at"
            if role in seen or (role == "at" and seen):
                continue
            seen.add(role)
        out.append(a)
    return out


def same_referent(a, b) -> bool:
    """Do two entities name the same person or thing (a REF is its antecedent)?"""
    if a is None or b is None:
        return False
    a = a[1] if a[0] == "REF" else a
    b = b[1] if b[0] == "REF" else b
    if a[0] == "PRO" and b[0] == "PRO":
        return a[1:3] == b[1:3]
    return strip_rel(a) == strip_rel(b)


def other_person(rng, subj):
    """A person other than the subject, for "to", "for" and "with"."""
    for _ in range(20):
        ent = person_ent(rng, pronoun=0.3, names=0.4)
        if not same_referent(ent, subj) and not (ent[0] == "AND" and (
                same_referent(ent[1], subj) or same_referent(ent[2], subj))) and not (
                ent[0] == subj[0] == "N" and ent[1] == subj[1] and ent[5]):
            return ent  # not "My friends danced with their friends" (2.6 audit)
    return ("N", "friend", "a", "s", None, None, None)


SAME_PAST = {"read"}  # English verbs whose simple past is their present (no put/cut/hit here)


def ambiguous_past(clause, subj=None) -> bool:
    """Is this English clause's simple past the same word as its present ("you read")?"""
    subj = clause.get("subj") if subj is None else subj
    if clause.get("tense") != "past" or VERBS[clause["verb"]].en_lemma not in SAME_PAST:
        return False
    if clause.get("neg") or clause.get("imp"):
        return False  # "did not read", "Read the book."
    return subj is None or person(subj) != 3 or number(subj) == "p"


def grown_up(subj, verb_key):
    """Babies and children only do what babies and children do; grown-ups do not play."""
    if subj[0] == "N" and subj[1] in ("baby", "child") and verb_key not in BABY_VERBS:
        det = subj[2] if subj[2] in ("poss", "a", "some") else "a" if subj[3] == "s" else "some"
        return ("N", "friend", det) + subj[3:]  # "a friend", not "the friend"
    if verb_key == "play" and subj[0] != "N" or subj[0] == "N" and subj[1] in GROWN_UP | {
            "student", "family"} and verb_key == "play":  # not "My father plays in the street"
        return ("N", "child", "the", number(subj) if subj[0] == "N" else "p", None, None,
                None)
    if subj[0] == "N" and verb_key in ANIMAL_CANNOT.get(subj[1], ()):
        return ("N", "dog" if verb_key != "sing_intr" else "bird") + subj[2:]
    return subj


subj_class = semantic_class  # the class of a noun; names and pronouns are people


# ----- relative clauses ------------------------------------------------------------------------
def add_relative(rng, ent, depth=1, no_obj_rel=False, neg=False, main_verb=None):
    """Give a noun entity a relative clause that says which one is meant: "the man who lives
    in London", "the woman who called me", "the cake that Tom made" (coherence.py: only such
    identifying relatives; version 2.1's "the picture that their sister forgets every week"
    read oddly).

    Under negation the noun takes "the": "You will not see the cow that...", not
    "pas de vache que...". The relative's verb is not the main clause's (``main_verb``): not
    "He cooked a cake that his brothers cooked"."""
    if ent[0] != "N" or isinstance(ent[2], int) or ent[2] in ("every", "no"):
        return ent
    if ent[2] == "poss" or (NOUNS[ent[1]].cls == "person" and ent[2] in ("this", "that")):
        return ent  # "my son" is known already: not "my son that he loved"
    if main_verb in CREATING:  # not "They write the book that Mary lost"
        return ent
    if ent[2] == "generic":  # "She loves the fish that they wanted", not "loves fish that"
        ent = ent[:2] + ("the",) + ent[3:]
    if neg and ent[2] in ("a", "some", "bare"):
        ent = ent[:2] + ("the",) + ent[3:]
    cls = NOUNS[ent[1]].cls
    if cls == "person":
        verbs = ["live"] if ent[1] in ("baby", "child") else list(PERSON_RELATIVES)
        if ent[1] in ("boy", "girl", "student", "family"):  # not "the boy who works at the
            verbs = [k for k in verbs if k not in ("work", "teach")]  # office", "teaches"
        verbs = [k for k in verbs if k != main_verb]
        verb_key = pick(rng, verbs)
        placeholder = ent[:6] + (None,)
        clause = clause_for(rng, verb_key, placeholder, PERSON_RELATIVES[verb_key],
                            depth=depth + 1)
        clause.pop("adv", None)
        clause["neg"] = False  # not "the men who did not go to your house"
        clause["adjuncts"] = [a for a in clause["adjuncts"] if a[0] != "time"][:1]
        if verb_key in ("live", "work") and not clause["adjuncts"]:
            loc = location(rng, verb_key, placeholder)
            clause["adjuncts"] = [loc] if loc is not None else []
        clause["who"] = True
        return ent[:6] + (("subj", clause),)
    obj_verbs = [k for k in OBJECT_RELATIVE_VERBS if (cls in VERBS[k].obj or ent[1] in
                                                      VERBS[k].objects)
                 and fits_object(k, ent[1]) and k != main_verb]
    if main_verb in ("buy", "sell"):  # "buys the book that Tom wrote", not "the tea he made"
        obj_verbs = [k for k in obj_verbs if k in ("write", "sing")]
    if not obj_verbs or no_obj_rel:
        return ent
    verb_key = pick(rng, sorted(obj_verbs))
    subj = grown_up(person_ent(rng, pronoun=0.3, names=0.4), verb_key)
    if subj[0] == "PRO" and subj[1] == 3:  # "the soup that they made": who are "they"?
        subj = ("PRO", 1, subj[2], "m")
    # past: the relative says which one by what happened to it ("the key that she found")
    clause = {"verb": verb_key, "subj": subj, "tense": "past", "adjuncts": []}
    return ent[:6] + (("obj", clause),)


# ----- sentences -------------------------------------------------------------------------------
def refable(ent) -> bool:
    """Can a later pronoun refer to this entity unambiguously in both languages?"""
    if ent[0] == "P":
        return True
    if ent[0] != "N" or ent[2] not in ("the", "poss", "this", "that", "a"):
        return False
    noun = NOUNS[ent[1]]
    if noun.cls == "person":
        return ent[3] == "p" or en_gender(ent) != "n"
    return noun.cls not in ("time",) and not (noun.mass and ent[2] in ("some", "bare"))


def strip_rel(ent):
    return ent[:6] + (None,) if ent[0] == "N" else ent


def _destination_key(main):
    """The place the main clause goes to ("library", or "CITY"), or None."""
    for a in main.get("adjuncts", ()):
        if a[0] == "place" and a[1] == "to":
            return a[2][0] if a[2][0] in ("CITY", "COUNTRY") else a[2][1]
    return None


def next_actions(main) -> tuple[str, ...]:
    """What the main clause's subject plausibly does next (coherence.py), for "and"."""
    if main["verb"] in ("go", "come"):
        return AT_DESTINATION.get(_destination_key(main), ())
    return AND_NEXT.get(main["verb"], ())


def second_clause(rng, main, tense=None):
    """The clause after "and": what the subject does next ("He comes home and he cooks") or
    does with the object ("She buys a cake and she eats it"); None when nothing fits
    (coherence.py)."""
    subj, obj = main["subj"], main.get("obj")
    if tense is None:
        tense = main["tense"]
    if main.get("neg") or main.get("int") or main.get("imp"):
        return None  # "Tom did not come home and he cooked" does not follow
    options = []
    who = subject_again(subj)  # "he"; for an animal or a thing: "it"
    if who is None and subj[0] == "N" and refable(subj):
        who = ("REF", strip_rel(subj))
    if obj is not None and obj[0] == "N" and refable(obj):
        ref = ("REF", strip_rel(obj))
        cls = NOUNS[obj[1]].cls
        verbs = [k for k in WITH_THE_OBJECT.get(main["verb"], ())
                 if cls in VERBS[k].obj or obj[1] in VERBS[k].objects]
        verbs = [k for k in verbs if fits_object(k, obj[1]) and subj_class(subj) in VERBS[k].subj]
        if verbs and who is not None:
            options.append(("with", pick(rng, verbs), who, ref))
        # Version 2.2 also said how the object turned out ("found the key and it was under
        # the bed", "wrote this book and it was long"): its readers found those tacked on.
    actions = next_actions(main)
    if actions and who is not None:
        cls = subj_class(subj)
        actions = [k for k in actions if cls in VERBS[k].subj]
        if actions:
            options.append(("next", pick(rng, actions), who, None))
    if not options:
        return None
    kind, verb_key, who, ref = pick(rng, options)
    c = clause_for(rng, verb_key, who, tense, depth=1)
    country = [a[2][1] for a in main["adjuncts"] if a[0] == "place" and a[1] == "to"
               and a[2][0] == "COUNTRY"]
    if verb_key == "learn" and country:  # "goes to France and learns French"
        c["obj"] = ("LANG", {"France": "French", "England": "English"}[country[0]])
    if kind == "with":  # its own "with milk" went with the object it drew
        c["obj"] = ref
        c["adjuncts"] = [a for a in c["adjuncts"] if a[0] not in ("with", "without")
                         or a[1][0] != "N" or a[1][1] != "milk"]
    # the place is the first clause's ("goes to the library and reads"), not another
    c["adjuncts"] = [a for a in c["adjuncts"] if a[0] not in PLACE_ADJUNCTS + ("time",)
                     or (verb_key in ("go_home", "come_home") and a[0] != "time")]
    c["neg"] = False
    c.pop("adv", None)
    if ambiguous_past(c):  # "... and they read it": past or present? (no time to say)
        return None
    return c


def contrast_clause(rng, main):
    """The "but" clause of a contrast: the same verb, another object, the other polarity
    ("Tom likes tea but he does not like coffee"); None when the main clause has none."""
    obj, subj = main.get("obj"), main["subj"]
    verb = VERBS[main["verb"]]
    if obj is None or obj[0] != "N" or verb.frame != "tr" or main.get("int") \
            or main["verb"] not in CONTRASTED:  # not "waits for the plane but not the men"
        return None
    who = subj if subj[0] == "PRO" else ("REF", strip_rel(subj)) if refable(subj) else None
    if who is None:
        return None
    for _ in range(10):
        c = clause_for(rng, main["verb"], who, main["tense"], depth=1)
        other = c.get("obj")
        if other is not None and other[0] == "N" and other[1] != obj[1]:
            c["neg"] = not main.get("neg")
            c.pop("adv", None)
            c["adjuncts"] = [("time", "yesterday")] if ambiguous_past(c) else []
            return c
    return None


REASON_STATES = ["hungry", "thirsty", "tired", "sick", "busy", "late", "happy", "sad",
                 "cold", "hot", "angry", "ready", "free"]


# Reasons that fit what the main clause says: "Tom eats because he is hungry", "Tom does not
# work because he is sick"; a verb with no entry gets a "when" clause instead of a reason.
REASONS = {
    "eat": ["hungry"], "cook": ["hungry"], "make": ["hungry"], "drink": ["thirsty"],
    "sleep": ["tired"], "sit": ["tired"], "go_home": ["tired", "sick"],
    "come_home": ["tired", "sick", "hungry"], "run": ["late"], "sing_intr": ["happy"],
    "dance": ["happy"], "sing": ["happy"], "call": ["sad", "sick"], "help": ["kind"],
    "be_state:happy": ["have_a_dog"], "be_state:sad": ["lose"], "be_state:angry": ["lose"],
    "be_state:late": ["forget"],
}
NEG_REASONS = {  # "Tom does not work because he is sick"
    "work": ["sick", "tired"], "play": ["sick", "tired", "busy"], "dance": ["tired", "sad"],
    "go": ["sick", "tired", "busy"], "come": ["sick", "busy", "tired"],
    "eat": ["sick"], "sing_intr": ["sad", "sick"], "help": ["busy"], "call": ["busy"],
    "buy": ["have_no_money"], "sleep": ["hungry", "cold", "hot", "sad"],
    "walk": ["tired"], "swim": ["cold", "sick"], "read": ["tired", "busy"],
    "cook_intr": ["tired"], "visit_person": ["sick", "busy"],
}


def reasons_for(main) -> list[str]:
    """The reasons that fit the main clause (empty: no because/if clause for it)."""
    key = main["verb"]
    if key == "be_state":
        key = f"be_state:{main.get('state')}"
    table = NEG_REASONS if main.get("neg") else REASONS
    if any(a[0] == "for" for a in main.get("adjuncts", ())):
        return []  # not "Mary cooks for the baby because she is hungry"
    return table.get(key, [])


def reasons_about_subject(main) -> bool:
    """Can a because/if clause be about the main clause's subject ("because he is tired"),
    with a reason that fits what the main clause says?"""
    subj = main["subj"]
    return (subj[0] == "PRO" or (refable(subj) and subj_class(subj) == "person")) and bool(
        reasons_for(main)) and not main.get("int")


def reason_clause(rng, main, tense=None):
    """A because/if clause about the main clause's subject: "because he is tired"."""
    subj = main["subj"]
    who = ("REF", strip_rel(subj)) if subj[0] != "PRO" and refable(subj) and \
        subj_class(subj) == "person" else subj if subj[0] == "PRO" else None
    if who is None:
        who = person_ent(rng, pronoun=0.5, names=0.5)
    if tense is None:
        tense = pick(rng, ["p", "p", "past"])
    reason = pick(rng, reasons_for(main) or ["tired"])
    if reason == "late":  # "He runs because he is late", not "runs in his garden because"
        main["adjuncts"] = [a for a in main["adjuncts"] if a[0] not in PLACE_ADJUNCTS]
    if subj[0] == "N" and subj[4] == reason:  # not "The kind women help ... because they
        main["subj"] = subj = subj[:4] + (None,) + subj[5:]  # are kind"
        who = ("REF", strip_rel(subj)) if who[0] == "REF" else who
    if reason in STATES or reason in AVOIR_STATES or reason in EN_STATES:
        c = clause_for(rng, "be_state", who, tense, depth=1)
        c["state"] = reason
        c.pop("degree", None)
        c["neg"] = False
        c["adjuncts"] = []
        c.pop("adv", None)
        return c
    verb_key = {"have_no_money": "have", "have_money": "have", "have_a_dog": "have",
                "lose": "lose", "forget": "forget"}[reason]
    c = clause_for(rng, verb_key, who, tense, depth=1)
    c.pop("adv", None)
    c["adjuncts"] = []
    c["neg"] = False
    if reason == "have_no_money":  # "because he has no money"
        c["obj"] = ("N", "money", "bare", "s", None, None, None)
        c["neg"] = True
    elif reason == "have_money":
        c["obj"] = ("N", "money", "bare", "s", None, None, None)
    elif reason == "have_a_dog":
        c["obj"] = ("N", pick(rng, ["dog", "cat", "bike", "car"]), "a", "s",
                    pick(rng, [None, "new"]), None, None)
    else:  # "because she lost her key", "because he forgot the ticket"
        c["obj"] = ("N", pick(rng, ["key", "phone", "ticket", "bag"]), "poss", "s", None,
                    owner_of(who), None)
    return c


def no_repeat(subj, clause):
    """"Tom ... when he goes home", not "when Tom goes home": a pronoun for a repeated
    subject."""
    if clause.get("subj") is not None and strip_rel(clause["subj"]) == strip_rel(subj) \
            and subj[0] in ("P", "N") and refable(subj):
        clause["subj"] = ("REF", strip_rel(subj))
    other = clause.get("subj")
    if other is not None and other[0] == "N" and subj[0] == "N" and other[1] == subj[1]:
        # not "The father finds a ticket when this father comes from the park"
        if refable(subj) and other[3] == subj[3]:
            clause["subj"] = ("REF", strip_rel(subj))
        else:
            clause["subj"] = ("P", "Tom" if en_gender(subj) == "f" else "Mary")
    return clause


STATIVE = frozenset(k for k, v in VERBS.items() if v.stative)
# Main verbs drawn for sentences with "and" or "when", so that most have a fitting second
# clause (coherence.py); others get one only when it fits.
AND_VERBS = sorted(set(AND_NEXT) | set(WITH_THE_OBJECT) | {"go"})
WHEN_VERBS = sorted((set(WHEN_STATES) | ON_COMING_HOME | ON_ARRIVING | WHILE_OTHERS_COME)
                    - {"be_state", "do", "open"})
REASON_VERBS = sorted(k for k in set(REASONS) | set(NEG_REASONS) if ":" not in k)
# What "if" sentences say: needs and their remedies ("Tom will eat if he is hungry", "I will
# not swim if I am cold"), not "We'll help Tom if we're kind" or "The old man will not go to
# the new school if he is busy" (the 2.5 and 2.6 audits).
IF_VERBS = ["eat", "drink", "sleep", "sit", "go_home", "come_home", "swim", "walk",
            "cook_intr", "run"]  # ("sit": a core word that only these sentences carry)


def _base_ent(ent):
    return ent[1] if ent[0] == "REF" else ent


def subject_again(subj):
    """The main clause's subject said again in a joined clause ("... when he comes home"),
    or None when a pronoun could not refer to it unambiguously."""
    if subj[0] == "PRO":
        return subj
    if refable(subj) and subj_class(subj) == "person":
        return ("REF", strip_rel(subj))
    return None


def _state_clause(rng, who, tense, state):
    c = clause_for(rng, "be_state", who, tense, depth=1)
    c.update(state=state, neg=False, adjuncts=[])
    c.pop("degree", None)
    c.pop("adv", None)
    return c


HOME_PLACES = {"kitchen", "garden", "room", "house", "bed"}


def when_clause(rng, tense, main):
    """A "when" clause that goes with the main clause, or None when none does (the caller then
    makes a simple sentence). Three kinds (tables in coherence.py): a state of the subject
    that prompts the action ("Tom eats when he is hungry"), the subject coming home or
    arriving ("She calls her mother when she arrives in Paris"), or someone else arriving
    while the subject is busy ("Mary was in the kitchen when Tom came home")."""
    if main.get("int") or main.get("imp"):
        return None
    key, subj = main["verb"], main["subj"]
    who = subject_again(subj)
    state = main.get("state")
    options = []
    if who is not None:
        if key != "be_state" and not main.get("neg") and not any(
                a[0] == "for" for a in main["adjuncts"]):  # not "makes tea for Alice when
            options += [("state", s) for s in WHEN_STATES.get(key, ())]  # I'm hungry"
        if key != "be_state" or state in ARRIVAL_STATES:
            if key in ON_COMING_HOME and not main.get("neg"):
                options.append(("event", "come_home"))
            if key in ON_ARRIVING and not main.get("neg"):
                options.append(("event", "arrive"))
    if key in WHILE_OTHERS_COME and subj_class(subj) == "person" and not main.get("neg") \
            and main["tense"] == "past" and (  # "was reading when Tom came"; not "will
            key != "be_place" or who is not None):  # write the song when Tom comes home"
        options.append(("other", "come_home"))  # not "when their brother arrived at the shop"
        if who is not None:
            options.append(("other", "call"))
    if not options:
        return None
    kind, what = pick(rng, options)
    if kind == "state":
        return _state_clause(rng, who, tense, what)
    if kind == "event":
        c = clause_for(rng, what, who, tense, depth=1)
        # not "She reads at the library when she comes home"
        main["adjuncts"] = [a for a in main["adjuncts"] if a[0] not in PLACE_ADJUNCTS or (
            what == "come_home" and a[0] == "place" and a[2][0] == "N"
            and a[2][1] in HOME_PLACES)]
    else:
        other = grown_up(person_ent(rng, pronoun=0, names=0.5), what)  # no lone "he"
        base = _base_ent(subj)
        if same_referent(other, subj) or other[0] == "AND" or (
                other[0] == base[0] == "N" and other[1] == base[1]):  # "the son ... the son"
            other = ("P", pick(rng, [n for n in ("Tom", "Mary", "John", "Alice")
                                     if subj != ("P", n)]))
        c = clause_for(rng, what, other, tense, depth=1)
        if what == "call":  # "when Tom called me"
            c["obj"] = who
            c["adjuncts"] = []
    c["neg"] = False
    c.pop("adv", None)
    c["adjuncts"] = [a for a in c["adjuncts"] if a[0] != "time"]
    return c


def join_when(rng, main):
    """``main`` with a fitting "when" clause ("sub" spec), or a simple sentence when no
    "when" clause fits it."""
    second = when_clause(rng, "past" if main["tense"] == "past" else "p", main)
    if second is None:
        return {"kind": "simple", "main": main}
    second = no_repeat(main["subj"], second)
    if main["tense"] == "f":
        second["fr_tense"] = "f"
    if not ambiguous_past(main):  # "I read the book": its time says it is past
        main["adjuncts"] = [a for a in main["adjuncts"] if a[0] != "time"]
    return past_when({"kind": "sub", "conj": "when", "main": main, "second": second})


def long_sentence(rng: random.Random) -> dict:
    """A deliberately long sentence: relative clauses, adjuncts and a second clause that goes
    with the first (a reason, a fitting "when" clause, what the subject does next, or a
    contrast)."""
    verb_key = pick(rng, ["eat", "read", "buy", "give", "see", "drink", "go", "bring",
                          "write", "play", "work", "wait", "help", "call", "visit_person",
                          "cook", "find", "lose"])
    subj = None
    if chance(rng, 0.4):  # someone a relative clause can say more about ("the woman who
        # lives in Paris"): kin are "my son", whom no relative identifies
        keys = ["boy", "girl"] if verb_key == "play" else ["man", "woman", "boy", "girl",
                                                            "teacher", "doctor", "student"]
        subj = noun_ent(rng, pick(rng, keys), det="the", adj=False, allow_num=False)
    main = clause_for(rng, verb_key, subj)
    main.pop("adv", None)
    maybe_relative(rng, main, 1.0)
    for role in ("subj", "obj"):  # the joined clauses are short: relatives make the length
        ent = main.get(role)
        if ent is not None and ent[0] == "N" and not ent[6] and chance(rng, 0.9) and (
                role == "subj" or VERBS[main["verb"]].frame == "tr"):
            main[role] = add_relative(rng, ent, neg=role == "obj" and bool(main.get("neg")),
                                      main_verb=main["verb"])
    obj = main.get("obj")
    obj_relative = obj is not None and obj[0] == "N" and bool(obj[6])
    if obj_relative:  # it would read as the relative's: "the cake that Tom bought in the park"
        main["adjuncts"] = [a for a in main["adjuncts"] if a[0] not in PLACE_ADJUNCTS
                            + ("with", "without")]  # "the coffee that she made with milk"
    elif not any(a[0] in PLACE_ADJUNCTS for a in main["adjuncts"]):
        loc = location(rng, main["verb"], main["subj"])
        if loc is not None:
            main["adjuncts"].append(loc)
    if main["verb"] in WITH_COMPANY and main["subj"][0] != "AND" and not obj_relative and not any(
            a[0] == "with" for a in main["adjuncts"]) and chance(rng, 0.7):
        main["adjuncts"].append(("with", other_person(rng, main["subj"])))  # "with his son"
    if not any(a[0] == "time" for a in main["adjuncts"]):
        main["adjuncts"].append(time_for(rng, main["tense"], main["verb"]))
    conj = pick(rng, ["and", "but", "because", "because", "when"])
    if conj == "because" and not reasons_about_subject(main):
        conj = "when"
    second = None
    if conj == "because":
        second = reason_clause(rng, main, "past" if main["tense"] == "past" else "p")
    elif conj in ("and", "but"):
        second = contrast_clause(rng, main) if conj == "but" else None
        if second is None:
            conj = "and"
            second = second_clause(rng, main)
    if second is None:
        spec = join_when(rng, main)
        if spec["kind"] == "simple":
            return spec
        conj, second = "when", spec["second"]
    second = no_repeat(main["subj"], second)
    second.pop("adv", None)
    if (second.get("obj") is not None and second["obj"][0] == "N" and chance(rng, 0.95)
            and second["obj"][2] != "bare"  # not "because they have no money that you saw"
            and VERBS[second["verb"]].frame == "tr"):
        second["obj"] = add_relative(rng, second["obj"], neg=bool(second.get("neg")),
                                     main_verb=second["verb"])
    kind = "coord" if conj in ("and", "but") else "sub"
    return past_when({"kind": kind, "conj": conj, "main": main, "second": second})


def sentence(rng: random.Random, short_only: bool = False) -> dict:
    """One abstract sentence. ``short_only``: none of the long sentences and none joined by
    and, but, because or when (since version 2.4 the corpus draws those from scenes:
    :mod:`~rnnbook.corpus.generator.scenes`), "if" sentences from :func:`if_sentence`;
    without it, the mix of version 2.3."""
    spec = _sentence(rng, short_only)
    for key in ("main", "second"):
        if isinstance(spec.get(key), dict):
            tidy_object_relative(spec[key])
    main = spec.get("main")
    if isinstance(main, dict) and main.get("int") and main.get("subj") and \
            main["subj"][0] == "AND":  # pyrealb inverts "Marie et son ami" as "ont-elles"
        main["subj"] = main["subj"][1]
    no_contradiction(spec)
    no_repeated_names(spec)
    for key in ("main", "second"):
        clause = spec.get(key)
        while isinstance(clause, dict):  # one place per clause, whatever added it
            clause["adjuncts"] = one_place(clause.get("adjuncts", []))
            clause = clause.get("inner")
    return spec


def _clauses(value):
    """Every clause dict inside a spec (main, second, relative and reported clauses)."""
    if isinstance(value, dict):
        if "verb" in value:
            yield value
        for v in value.values():
            yield from _clauses(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _clauses(v)


CONSUMED = {"eat", "drink"}  # verbs after which their object is gone


def nonsense(spec) -> str | None:
    """Why a drawn sentence makes no sense, or None. Checked after drawing, so that dropping
    a sentence changes no other draw:

    - a speaker acting on a group they belong to, or the reverse ("We call me", "I help us"),
      and the same with "you";
    - eating or drinking what was eaten or drunk ("He eats the egg that Mary eats");
    - doing something while asleep ("The dog will play in a park when it sleeps");
    - "vous" said to no one in particular (see :func:`you_without_vocative`);
    - "this X" and "that X" outside a comparison (see :func:`this_and_that`)."""
    reason = you_without_vocative(spec) or this_and_that(spec)
    if reason:
        return reason
    for clause in _clauses(spec):
        obj = clause.get("obj")
        if clause["verb"] in CONSUMED and obj is not None and obj[0] == "N" and obj[6] \
                and obj[6][0] == "obj" and obj[6][1]["verb"] in CONSUMED:
            return "the thing eaten or drunk was eaten or drunk already"  # "the egg that Mary eats"
        subj = clause.get("subj")
        if clause.get("imp"):
            person = 2  # an imperative speaks to "you"
        elif subj is not None and subj[0] == "PRO" and subj[1] in (1, 2):
            person = subj[1]
        else:
            continue
        others = [clause.get("obj"), clause.get("to")] + [
            adj[1] for adj in clause.get("adjuncts", ()) if adj[0] in ("with", "without", "for")]
        if any(o is not None and o[0] == "PRO" and o[1] == person for o in others):
            return f"the subject and a complement are both person {person}"
    main, second = spec.get("main"), spec.get("second")
    if (spec.get("kind") == "sub" and isinstance(main, dict) and isinstance(second, dict)
            and second["verb"] == "sleep" and not VERBS[main["verb"]].stative
            and same_referent(main.get("subj"), second.get("subj"))):
        return "the subject does something while asleep"
    return None


def no_contradiction(spec) -> None:
    """"He bought the good bread and it was not good": when the second clause says what a
    thing of the first is like, the first does not describe it already."""
    second, main = spec.get("second"), spec.get("main")
    if not isinstance(second, dict) or second["verb"] != "be_state" or not isinstance(
            main, dict):
        return
    subj = second.get("subj")
    if not subj or subj[0] != "REF" or subj[1][0] != "N" or not subj[1][4]:
        return
    bare = subj[1][:4] + (None,) + subj[1][5:]
    for role in ("subj", "obj"):
        ent = main.get(role)
        if ent is not None and ent[0] == "N" and strip_rel(ent) == subj[1]:
            main[role] = ent[:4] + (None,) + ent[5:]
    second["subj"] = ("REF", bare)


def no_repeated_names(spec) -> None:
    """A name said twice reads as two people or as clumsy English ("Tom ... when Tom left"):
    a later subject that names the main clause's subject or object becomes a pronoun when
    that is unambiguous; any other repeat becomes another name (or "a friend")."""
    main = spec.get("main")
    if not isinstance(main, dict):
        return
    used = []
    for key in ("main", "second"):
        if isinstance(spec.get(key), dict):
            _clause_names(spec[key], used)
    if len(used) == len(set(used)):
        return
    people = [e for e in (main.get("subj"), main.get("obj"), main.get("to"))
              if e is not None and subj_class(e) == "person"]
    standalone = {e[1]: e for e in people if e[0] == "P"}
    seen: set[str] = set()

    def fresh():
        free = [n for n in PEOPLE if n not in used]
        if free:
            used.append(free[0])
            return ("P", free[0])
        return ("N", "friend", "a", "s", None, None, None)

    def fix_ent(ent, subject_of_later_clause):
        if ent is None:
            return None
        kind = ent[0]
        if kind == "P":
            name = ent[1]
            if name not in seen:
                seen.add(name)
                return ent
            if subject_of_later_clause and name in standalone and sum(
                    en_gender(e) == en_gender(ent) for e in people) == 1:
                return ("REF", ent)
            return fresh()
        if kind in ("AND", "OR"):
            return (kind, fix_ent(ent[1], False), fix_ent(ent[2], False))
        if kind == "N" and ent[6]:
            fix_clause(ent[6][1], False)
        return ent

    def fix_clause(c, later):
        c["subj"] = fix_ent(c.get("subj"), later)
        for role in ("obj", "to"):
            if c.get(role) is not None:
                c[role] = fix_ent(c[role], False)
        c["adjuncts"] = [fix_adjunct(a) for a in c.get("adjuncts", ())]
        if isinstance(c.get("inner"), dict):
            fix_clause(c["inner"], True)

    def fix_adjunct(a):
        if a[0] == "place" and a[2][0] in ("P", "N", "AND"):
            return a[:2] + (fix_ent(a[2], False),)
        if a[0] in ("with", "for"):
            return (a[0], fix_ent(a[1], False))
        return a

    fix_clause(main, False)
    if isinstance(spec.get("second"), dict):
        fix_clause(spec["second"], True)


def _ent_names(ent, out) -> None:
    if ent is None:
        return
    if ent[0] == "P":
        out.append(ent[1])
    elif ent[0] in ("AND", "OR"):
        _ent_names(ent[1], out)
        _ent_names(ent[2], out)
    elif ent[0] == "N" and ent[6]:
        _clause_names(ent[6][1], out)


def _clause_names(c, out) -> None:
    for role in ("subj", "obj", "to"):
        _ent_names(c.get(role), out)
    for a in c.get("adjuncts", ()):
        if a[0] == "place":
            _ent_names(a[2], out)
        elif a[0] in ("with", "for"):
            _ent_names(a[1], out)
    if isinstance(c.get("inner"), dict):
        _clause_names(c["inner"], out)


def tidy_object_relative(clause) -> None:
    """An object's relative clause is followed by the clause's time, which reads as its own:
    not "he eats the cake that Tom made tomorrow". Keep the time only where the two tenses
    agree, and give the relative a pronoun for the clause's subject ("the shoes that he
    found")."""
    obj = clause.get("obj")
    if not obj or obj[0] != "N" or not obj[6]:
        return
    rel = dict(obj[6][1])
    if rel["tense"] != ("past" if clause["tense"] == "past" else "p"):
        clause["adjuncts"] = [a for a in clause.get("adjuncts", ()) if a[0] != "time"]
    # "with"/"without" after the relative reads as its own: not "drinks the tea that Tom
    # made with milk"
    clause["adjuncts"] = [a for a in clause.get("adjuncts", ()) if a[0] not in ("with",
                                                                               "without")]
    if obj[6][0] == "obj" and same_referent(rel["subj"], clause["subj"]) and clause["verb"] in (
            "buy", "find", "want", "need", "win", "pay"):  # not "Alice buys the coffee that
        rel["subj"] = ("P", "Mary" if clause["subj"] == ("P", "Tom") else "Tom")  # she made"
    if obj[6][0] == "obj" and rel["subj"] == clause["subj"] and clause["subj"][0] == "P":
        rel["subj"] = ("REF", clause["subj"])
    clause["obj"] = obj[:6] + ((obj[6][0], rel),)


def _sentence(rng: random.Random, short_only: bool = False) -> dict:
    r = rng.random()
    if r < 0.55 and not short_only:  # version 2 adds short everyday kinds: more long ones
        for _ in range(6):  # a main clause that no second clause fits stays short: another
            spec = long_sentence(rng)
            if spec["kind"] != "simple":
                break
        return spec
    r = rng.random()
    if short_only:  # the kinds below but the joined ones (from 0.65 to 0.91), as likely
        r *= 0.7725  # as each other as in the full mix, and "if" sentences as often as the
        if r >= 0.74:  # full mix has them
            return if_sentence(rng)
        if r >= 0.65:
            r += 0.26
    if r < 0.36:
        main = clause_for(rng)
        spec = {"kind": "simple", "main": main}
        if chance(rng, 0.1):
            spec["prefix"] = "no" if main.get("neg") else "yes"
        maybe_relative(rng, main, 0.12)
        return spec
    if r < 0.46:
        main = clause_for(rng, random_verb(rng, NO_QUESTION), question=True)
        if main["subj"] == ("PRO", 1, "s", "m") and main["verb"] != "be_state":
            main["subj"] = ("PRO", 2, "s", "m")  # "Do I learn to swim?" is not what one asks
            if main.get("obj") == ("PRO", 2, "s", "m"):
                main["obj"] = ("PRO", 1, "s", "m")
        main["int"] = "yon"
        main.pop("adv", None)
        main["neg"] = False
        if main["verb"] == "want" and chance(rng, 0.3):
            a = thing_ent(rng, {"drink"}, det="bare", adj=False, num="s")
            b = thing_ent(rng, {"drink"}, det="bare", adj=False, num="s")
            if a[1] != b[1]:
                main["obj"] = ("OR", a, b)
        return {"kind": "simple", "main": main}
    if r < 0.56:
        return wh_question(rng)
    if r < 0.62:
        return imperative(rng)
    if r < 0.64:
        return vocative(rng)
    if r < 0.65:
        return thanks(rng)
    if r < 0.78:
        verb_key = pick(rng, AND_VERBS) if chance(rng, 0.7) else None
        main = clause_for(rng, verb_key)
        main.pop("adv", None)
        maybe_relative(rng, main, 0.2)
        conj = pick(rng, ["and", "and", "but"])
        second = contrast_clause(rng, main) if conj == "but" else None
        if second is None:
            conj, second = "and", second_clause(rng, main)
        if second is None:  # nothing fits after "and": a fitting "when" clause, or none
            return join_when(rng, main)
        second = no_repeat(main["subj"], second)
        if ambiguous_past(second) and not any(a[0] == "time" for a in second["adjuncts"]):
            second["adjuncts"].append(("time", "yesterday"))
        return {"kind": "coord", "conj": conj, "main": main, "second": second}
    if r < 0.91:
        conj = pick(rng, ["because", "because", "when", "if"])
        if conj == "when":
            main = clause_for(rng, pick(rng, WHEN_VERBS))
        else:
            main = clause_for(rng, pick(rng, REASON_VERBS) if chance(rng, 0.7) else
                              random_verb(rng, {"be_age", "be_place", "have"}),
                              tense="f" if conj == "if" else None)
        main.pop("adv", None)
        maybe_relative(rng, main, 0.2)
        if conj == "when" or not reasons_about_subject(main):
            # not "The cow ate the apple because we were angry": a "when" clause instead
            return join_when(rng, main)
        if conj == "if":  # not "The boy will sit on the bed this week if he is tired"
            main["adjuncts"] = [a for a in main["adjuncts"] if a[0] != "time"]
        second = reason_clause(rng, main, "p" if conj == "if" else
                               "past" if main["tense"] == "past" else "p")
        second.pop("adv", None)
        return {"kind": "sub", "conj": conj, "main": main, "second": second}
    main = clause_for(rng, pick(rng, ["say", "tell", "think", "know_that"]))
    maybe_relative(rng, main, 0.15)
    return {"kind": "simple", "main": main}


def thanks(rng: random.Random) -> dict:
    """ "Thank you for the cake."."""
    return {"kind": "thanks", "obj": thing_ent(rng, {"food", "drink", "readable", "thing",
                                                     "clothes"}, det="the", owner=None,
                                               num="s")}  # not "for the phones"


def _own_place(place, subj):
    """``place`` with no adjective and, if someone owns it, owned by ``subj``."""
    owner = possessor(subj) if place[2] == "poss" else place[5]
    return place[:4] + (None, owner) + place[6:]


def if_sentence(rng: random.Random) -> dict:
    """A condition and what follows from it: "Tom will eat some bread if he is hungry."."""
    for _ in range(10):  # a main clause that a condition about its subject fits
        # not "help": "We'll help Tom if we're kind" (a trait is no condition; 2.5 audit)
        main = clause_for(rng, pick(rng, IF_VERBS), tense="f")
        if reasons_about_subject(main):
            break
    main.pop("adv", None)
    if not reasons_about_subject(main):
        return {"kind": "simple", "main": main}
    main["adjuncts"] = [a for a in main["adjuncts"] if a[0] != "time"]
    obj = main.get("obj")
    if obj is not None and obj[0] == "N":
        # what one eats or drinks when hungry or thirsty: "some tea", not "the good tea" nor
        # "some bad coffee" (2.6 audit)
        det = obj[2]
        if det in ("the", "this", "that"):
            det = "some" if NOUNS[obj[1]].mass or obj[3] == "p" else "a"
        main["obj"] = obj[:2] + (det,) + obj[3:4] + (None,) + obj[5:]
    # "in the river", not "the beautiful library"; one's own kitchen, not "Tom will cook in
    # her kitchen"
    main["adjuncts"] = [a[:2] + (_own_place(a[2], main["subj"]),) + a[3:]
                        if a[0] == "place" and a[2][0] == "N" else a
                        for a in main["adjuncts"]]
    if main["verb"] == "sit":  # "Alice will sit on a chair", not "... on the table"
        main["adjuncts"] = [("place", "on", ("N", "chair", "a", "s", None, None, None))] \
            if number(main["subj"]) == "s" else []
    second = reason_clause(rng, main, "p")
    second.pop("adv", None)
    return {"kind": "sub", "conj": "if", "main": main, "second": second}


WHEN_ONGOING = {"sleep", "sing_intr"}  # "quand Marie dormait": what was going on


def past_when(spec):
    """Past "when" clauses: what was going on is in the French imparfait ("Tom est arrivé
    quand Marie dormait"; "Je lisais un livre quand Tom est arrivé"), not the passé composé."""
    if spec["kind"] != "sub" or spec["conj"] != "when" or spec["main"]["tense"] != "past":
        return spec
    main, second = spec["main"], spec["second"]
    if second["subj"] == main["subj"] or same_referent(second["subj"], main["subj"]):
        return spec  # one person's two events in turn: "J'ai écrit une chanson quand je suis
        # rentré", not "J'écrivais"
    if second["verb"] in WHEN_ONGOING:
        second["fr_tense"] = "i"
    elif main["verb"] in ACTIVITIES and not main.get("neg") and not any(
            a[0] == "time" and a[1].startswith("for ") for a in main["adjuncts"]):
        main["fr_tense"] = "i"
    return spec


def maybe_relative(rng, clause, p):
    if chance(rng, p):
        frame = VERBS[clause["verb"]].frame
        role = "obj" if clause.get("obj") and frame not in ("ditr", "that") and chance(
            rng, 0.5) else "subj"
        ent = clause.get(role)
        if ent is not None and ent[0] == "N" and not clause.get("imp"):
            neg = role == "obj" and (clause.get("neg") or clause.get("adv") == "never")
            clause[role] = add_relative(rng, ent, neg=neg, main_verb=clause["verb"])


def wh_question(rng):
    kind = pick(rng, ["wos", "wad", "whe", "whn", "why", "how"])
    if kind == "wad":
        verb_key = pick(rng, ["eat", "drink", "read", "buy", "want", "see", "write", "find",
                              "lose", "make", "cook", "sell", "forget"])
        main = clause_for(rng, verb_key, question=True)
        if main["obj"][0] in ("PRO", "P") or subj_class(main["obj"]) == "person":
            main["int"] = "wod"
        else:
            main["int"] = "wad"
    elif kind == "wos":
        main = clause_for(rng, question=True,
                          verb_key=pick(rng, ["eat", "read", "buy", "see", "help", "call",
                                              "sing", "win", "write", "open", "give", "bring"]))
        main["subj"] = noun_ent(rng, "man", det="the", num="s")  # replaced by "who"
        main["int"] = "wos"
    elif kind == "whe":
        main = clause_for(rng, pick(rng, ["live", "work", "sleep", "eat", "play", "go",
                                          "be_place", "read"]), question=True)
        if main["verb"] == "be_place" and subj_class(main["subj"]) == "opening":
            # not "Where will the window be?"
            main["subj"] = person_ent(rng)
        main["adjuncts"] = [a for a in main["adjuncts"] if a[0] not in ("place", "at_home",
                                                                        "home", "by")
                            and a[1:] not in (("here",), ("there",))]  # "Where is he here?"
        main["int"] = "whe"
    elif kind == "how":
        main = clause_for(rng, "go", question=True)
        main["adjuncts"] = [a for a in main["adjuncts"] if a[0] != "by"]
        main["int"] = "how"
    else:
        # not "When are they?" (the place would go) nor "When am I nine years old?"
        # nor "When does Tom love their cow?" (states but be_state have no "when")
        skip = NO_QUESTION | {"be_place", "be_age"}
        if kind == "whn":
            skip |= {k for k, v in VERBS.items() if v.stative and k != "be_state"}
        else:  # not "Why did your dog hear the buses?": what one does not choose to do
            skip |= {"hear", "see", "know", "lose", "forget", "find"}
        main = clause_for(rng, random_verb(rng, skip), question=True)
        main["int"] = kind
        if kind == "whn":  # not "When do the boys leave late?"
            # nor "in England": pyrealb's French "quand" question drops "en Angleterre"
            main["adjuncts"] = [a for a in main["adjuncts"] if a[0] not in ("time", "manner")
                                and not (a[0] == "place" and a[2][0] == "COUNTRY")]
            if main.get("state") in PERMANENT or (main["verb"] == "be_state" and subj_class(
                    main["subj"]) != "person"):  # not "When is Mary young?", "the car red?"
                main["subj"] = person_ent(rng)
                main["state"] = pick(rng, ["tired", "hungry", "late", "busy", "free", "sick",
                                           "happy", "angry"])
            if main["verb"] == "be_place":  # a thing with no state became "be_place"
                main.update(verb="be_state", subj=person_ent(rng), adjuncts=[],
                            state=pick(rng, ["tired", "hungry", "late", "busy"]))
    main.pop("adv", None)
    main["neg"] = False
    if main["verb"] in ("be_state", "be_age") and kind in ("whe", "how"):
        main["int"] = "why"
    return {"kind": "simple", "main": main}


def plural_you(value):
    """``value`` (a spec, clause or entity) with every "you" and "your" of one person made
    plural: said to several people, "your" is "votre", not "ton", and "for you" is "pour vous"."""
    if isinstance(value, dict):
        return {k: plural_you(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plural_you(v) for v in value]
    if isinstance(value, tuple):
        if value[:3] == ("PRO", 2, "s"):
            return ("PRO", 2, "p", *value[3:])
        if len(value) == 3 and value[:2] == (2, "s"):  # an owner: (person, number, gender)
            return (2, "p", value[2])
        return tuple(plural_you(v) for v in value)
    return value


def imperative(rng, plural=False):
    main = clause_for(rng, imp=True, plural_you=plural)
    if plural:
        main = plural_you(main)
    spec = {"kind": "simple", "main": main, "plural_you": plural}
    if chance(rng, 0.3):
        spec["prefix"] = "please"
    return spec


def vocative(rng):
    prefix = pick(rng, ["sir", "madam", "children"])
    plural = prefix == "children"
    if chance(rng, 0.4):
        spec = imperative(rng, plural)
        spec["prefix"] = prefix
        spec["formal"] = not plural
        return spec
    g = "f" if prefix == "madam" else "m"
    you = ("PRO", 2, "p" if plural else "s", g)
    verb_key = pick(rng, ["be_state", "be_state", "have", "want", "need", "go", "live"])
    main = clause_for(rng, verb_key, you)
    main.pop("adv", None)
    if main.get("obj") and main["obj"][0] == "N" and main["obj"][2] == "poss":
        main["obj"] = main["obj"][:5] + ((2, "s", g),) + main["obj"][6:]
    if plural:
        main = plural_you(main)
    return {"kind": "simple", "main": main, "prefix": prefix, "formal": not plural,
            "plural_you": plural}


# ----- checks of nonsense() (fixes of the corpus's known faults) -------------------------------
def you_without_vocative(spec) -> str | None:
    """Why a spec says "vous" where the English does not tell French which "you" it is, or
    None. With no vocative "you" is one person, "tu"; plural "vous" needs "Children,", polite
    "vous" needs "Sir," or "Madam," ("Call her." -> "Appelle-la.", never "Appelez-la.")."""
    prefix = spec.get("prefix")
    if prefix != "children" and (spec.get("plural_you") or _has_plural_you(spec)):
        return "plural you without 'Children,'"
    if spec.get("formal") and prefix not in ("sir", "madam"):
        return "polite you without 'Sir,' or 'Madam,'"
    return None


def _has_plural_you(value) -> bool:
    """Does ``value`` hold a plural "you" or "your", or an imperative said to several?"""
    if isinstance(value, dict):
        return bool(value.get("imp") and value.get("plural_you")) or any(
            _has_plural_you(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_plural_you(v) for v in value)
    if isinstance(value, tuple):
        if value[:3] == ("PRO", 2, "p") or (len(value) == 3 and value[:2] == (2, "p")):
            return True
        return any(_has_plural_you(v) for v in value)
    return False


def this_and_that(spec) -> str | None:
    """Why a spec cannot be said with a plain French "ce", or None: the same noun, in the
    same number, under "this" and under "that" ("That boy that this boy saw" would be "Ce
    garçon que ce garçon a vu"). Comparisons say "-ci" and "-là" (phrases.py)."""
    if spec.get("kind") == "compare":
        return None
    seen: dict[tuple, set] = {}
    _demonstratives(spec, seen)
    both = sorted(key for key, dets in seen.items() if dets == {"this", "that"})
    return f"'this {both[0][0]}' and 'that {both[0][0]}'" if both else None


def _demonstratives(value, seen: dict) -> None:
    """Add to ``seen`` each (noun, number) of ``value`` with its demonstratives."""
    if isinstance(value, dict):
        for v in value.values():
            _demonstratives(v, seen)
    elif isinstance(value, list):
        for v in value:
            _demonstratives(v, seen)
    elif isinstance(value, tuple):
        if len(value) == 7 and value[0] == "N" and value[2] in ("this", "that"):
            seen.setdefault((value[1], value[3]), set()).add(value[2])
        elif len(value) == 2 and value[0] == "time" and value[1].startswith("this "):
            seen.setdefault((value[1][5:], "s"), set()).add("this")  # "this morning"
        for v in value:
            _demonstratives(v, seen)
