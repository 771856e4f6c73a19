"""Verb frames: what each verb takes in English and in French, and who or what it can take.

A frame's ``build(realiser, clause, neg)`` returns the verb phrase's constituents for the
realiser's language. Selectional restrictions (``subj``/``obj``: sets of semantic classes) are
used by the sampler in :mod:`rnnbook.corpus.generator.grammar`, so every sentence makes sense.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pyrealb import AP, NO, NP, PP, VP, A, Adv, C, D, N, P, Q, V

from rnnbook.corpus.generator.features import possessor
from rnnbook.corpus.generator.lexicon import (
    AVOIR_STATES,
    EN_STATES,
    LANGUAGES,
    NOUNS,
    STATES,
    THING_STATES,
)

PEOPLE_CLASSES = frozenset({"person"})
ANIMATE = frozenset({"person", "animal"})


@dataclass(frozen=True)
class Verb:
    en_lemma: str
    fr_lemma: str
    frame: str = "tr"  # tr, intr, state, age, place, inf, that, tell, ditr, visit, need, do
    subj: frozenset = PEOPLE_CLASSES
    obj: frozenset = frozenset()
    en_prep: str | None = None  # look AT, listen TO, wait FOR
    fr_prep: str | None = None  # penser À, se souvenir DE
    stative: bool = False  # English past -> French imparfait
    refl: bool = False  # French pronominal verb
    aux: str | None = None  # force French auxiliary
    objects: tuple = field(default=())  # explicit object nouns (overrides obj classes)

    def v(self, r):
        verb = V(self.en_lemma if r.en else self.fr_lemma)
        if self.aux and not r.en:
            verb.aux(self.aux)
        return verb

    def obj_np(self, r, clause, neg):
        obj = clause.get("obj")
        if obj is None:
            return []
        prep = self.en_prep if r.en else self.fr_prep
        person_pronoun = obj[0] in ("PRO", "REF")
        if prep:
            if (not r.en and prep == "à" and self.fr_lemma == "parler" and person_pronoun
                    and _is_person(obj)):  # "lui parler", but "penser à lui"
                return [r.np(obj, case="dat")]
            return [r.pp(prep, obj, case="tonic" if not r.en else "acc")]
        return [r.np(obj, case="acc", neg=neg)]

    def build(self, r, clause, neg):
        return getattr(self, "_" + self.frame)(r, clause, neg)

    def _tr(self, r, clause, neg):
        return [self.v(r), *self.obj_np(r, clause, neg)]

    def _intr(self, r, clause, neg):
        return [self.v(r)]

    def _state(self, r, clause, neg):
        """be + adjective; French avoir + noun for hungry/thirsty/cold/hot/right/wrong."""
        key = clause["state"]
        degree = clause.get("degree")
        of_person = clause["subj"] is None or _is_person(clause["subj"])

        def graded(word_en, word_fr):
            a = A(word_en if r.en else word_fr)
            if degree:
                deg = degree if r.en else {"very": "très", "too": "trop"}[degree]
                # .pos("pre") keeps pyrealb from moving "very" before the verb
                return AP(Adv(deg).pos("pre"), a)
            return a

        if r.en:
            return [V("be"), graded(key, None)]
        if of_person and key in AVOIR_STATES:
            noun = N(AVOIR_STATES[key])
            if degree:
                return [V("avoir"), Adv({"very": "très", "too": "trop"}[degree]), noun]
            return [V("avoir"), noun]
        if of_person and key in EN_STATES:
            pp = PP(P("en"), N(EN_STATES[key]))
            if clause.get("int"):  # pyrealb's "quand" question drops a PP: keep it as text
                pp = Q("en " + EN_STATES[key])
            if degree:
                return [V("être"), Adv({"very": "très", "too": "trop"}[degree]), pp]
            return [V("être"), pp]
        fr = STATES[key] if of_person else THING_STATES[key][0]
        return [V("être"), graded(None, fr)]

    def _age(self, r, clause, neg):
        n = clause["age"]
        if r.en:
            return [V("be"), NP(NO(n).nat(), N("year").n("p" if n > 1 else "s")), A("old")]
        return [V("avoir"), NP(NO(n).nat(), N("an").n("p" if n > 1 else "s"))]

    def _place(self, r, clause, neg):
        return [V("be" if r.en else "être")]  # the place is an adjunct

    def _inf(self, r, clause, neg):
        inner = clause["inner"]
        inner_verb = verb_of(inner["verb"])
        parts = inner_verb.build(r, inner, neg)
        for adj in inner.get("adjuncts", ()):
            parts += r.adjunct(adj)
        vp = VP(*parts).t("b-to" if r.en else "b")
        if not r.en and self.fr_prep:
            return [self.v(r), PP(P(self.fr_prep), vp)]
        return [self.v(r), vp]

    def _that(self, r, clause, neg):
        inner = clause["inner"]
        sub = r.clause(inner, top=False, head=[C("that" if r.en else "que")])
        parts = [self.v(r)]
        if clause.get("obj") is not None:  # tell someone that ...
            obj = clause["obj"]
            if r.en:
                parts.append(r.np(obj, case="acc"))
            elif obj[0] in ("PRO", "REF"):
                parts.append(r.np(obj, case="dat"))
            else:
                parts.append(r.pp("à", obj))
        return [*parts, sub]

    def _ditr(self, r, clause, neg):
        rec = clause["to"]
        parts = [self.v(r), r.np(clause["obj"], case="acc", neg=neg)]
        if r.en:
            parts.append(PP(P("to"), r.np(rec, case="acc")))
        elif rec[0] in ("PRO", "REF"):
            parts.append(r.np(rec, case="dat"))
        else:
            parts.append(r.pp("à", rec))
        return parts

    def _visit(self, r, clause, neg):
        obj = clause["obj"]
        if r.en:
            return [V("visit"), r.np(obj, case="acc")]
        if obj[0] in ("PRO", "REF"):
            return [V("rendre"), N("visite"), r.np(obj, case="dat")]
        return [V("rendre"), N("visite"), r.pp("à", obj)]

    def _need(self, r, clause, neg):
        obj = clause["obj"]
        if r.en:
            return [V("need"), r.np(obj, case="acc", neg=neg)]
        if obj[0] == "N" and NOUNS[obj[1]].mass and obj[2] in ("some", "bare", "no"):
            target = N(NOUNS[obj[1]].fr)
        elif obj[0] == "N" and obj[2] == "no":
            target = r.np(("N", obj[1], "a", obj[3], obj[4], None, obj[6]))
        else:
            target = r.np(obj, case="tonic")
        return [V("avoir"), N("besoin"), PP(P("de"), target)]

    def _do(self, r, clause, neg):
        chore = clause["chore"]
        if r.en:
            obj = {"dishes": NP(D("the"), N("dish").n("p")),
                   "shopping": NP(D("the"), N("shopping")),
                   "homework": NP(_en_poss(clause["subj"]), N("homework"))}[chore]
            return [V("do"), obj]
        obj = {"dishes": NP(D("le"), N("vaisselle")),
               "shopping": NP(D("le"), N("course").n("p")),
               "homework": NP(_fr_poss(clause["subj"]), N("devoir")).n("p")}[chore]
        return [V("faire"), obj]

    def _sport(self, r, clause, neg):
        sport = clause["sport"]
        if r.en:
            return [V("play"), N(sport)]
        return [V("jouer"), PP(P("à"), NP(D("le"), N(sport)))]

    def _stand(self, r, clause, neg):
        """English "stand" is French "être debout"."""
        return [V("stand")] if r.en else [V("être"), Q("debout")]

    def _lang(self, r, clause, neg):
        lang = clause["obj"][1]
        if r.en:
            return [self.v(r), N(lang)]
        if self.fr_lemma == "parler":
            return [V("parler"), N(LANGUAGES[lang])]
        return [self.v(r), NP(D("le"), N(LANGUAGES[lang]))]


def _is_person(ent) -> bool:
    kind = ent[0]
    if kind in ("AND", "OR"):
        return True
    if kind == "N":
        return NOUNS[ent[1]].cls == "person"
    if kind == "REF":
        return _is_person(ent[1])
    return kind in ("P", "PRO")


def _en_poss(subj):
    pe, n, g = possessor(subj)
    return D("my").pe(pe).ow(n).g(g)


def _fr_poss(subj):
    pe, n, _ = possessor(subj)
    return D("mon").pe(pe) if n == "s" else D("notre").pe(pe)


F = frozenset
FOOD, DRINK = F({"food"}), F({"drink"})
CONCRETE = F({"person", "animal", "vehicle", "readable", "thing", "clothes", "furniture",
              "food", "place", "opening"})
PORTABLE = F({"readable", "thing", "clothes", "food"})

VERBS: dict[str, Verb] = {
    # being and having
    "be_state": Verb("be", "être", "state", subj=F({"person"} | set(CONCRETE)), stative=True),
    "be_age": Verb("be", "avoir", "age", stative=True),
    "be_place": Verb("be", "être", "place", subj=CONCRETE, stative=True),
    "have": Verb("have", "avoir", obj=F({"animal", "vehicle", "readable", "thing", "clothes",
                                          "person_rel", "abstract"}), stative=True),
    "need": Verb("need", "besoin", "need", obj=F({"thing", "vehicle", "food", "drink",
                                                    "readable", "clothes"}), stative=True),
    # wanting and liking
    "want": Verb("want", "vouloir", obj=F({"food", "drink", "thing", "vehicle", "readable",
                                            "clothes", "animal"}), stative=True),
    "want_inf": Verb("want", "vouloir", "inf", stative=True),
    "like": Verb("like", "aimer", obj=F({"food", "drink", "animal", "media", "readable"}),
                 stative=True),
    "like_inf": Verb("like", "aimer", "inf", stative=True),
    "love": Verb("love", "aimer", obj=F({"person"}), stative=True),
    "love_thing": Verb("love", "adorer", obj=F({"food", "drink", "animal", "media"}),
                       stative=True),
    "hate": Verb("hate", "détester", obj=F({"food", "drink", "animal", "media"}),
                 stative=True),
    "hate_inf": Verb("hate", "détester", "inf", stative=True),
    # perception
    "see": Verb("see", "voir", subj=ANIMATE, obj=F({"person", "animal", "vehicle", "thing",
                                                    "readable", "clothes"})),
    "look": Verb("look", "regarder", subj=ANIMATE, obj=F({"person", "animal", "thing",
                                                          "vehicle", "opening"}), en_prep="at"),
    "watch": Verb("watch", "regarder", obj=F({"media", "animal"}),
                  objects=("film", "film", "game", "bird", "cat", "dog", "horse", "fish")),
    "hear": Verb("hear", "entendre", subj=ANIMATE, obj=F({"person", "animal", "media",
                                                           "vehicle"}),
                 objects=("song", "song", "bird", "dog", "cat", "baby", "train", "car", "bus")),
    "listen": Verb("listen", "écouter", obj=F({"person", "media"}), en_prep="to",
                   objects=("song",) * 3 + ("teacher", "mother", "father", "friend")),
    # eating and drinking
    "eat": Verb("eat", "manger", subj=ANIMATE, obj=FOOD),
    "drink": Verb("drink", "boire", subj=ANIMATE, obj=DRINK),
    "cook": Verb("cook", "préparer", obj=F({"food"}),
                 objects=("meat", "soup", "egg", "cake", "meat", "soup")),  # not "the apple"
    "cook_intr": Verb("cook", "cuisiner", "intr"),
    "make": Verb("make", "faire", objects=("cake", "soup", "coffee", "tea", "bread")),
    # words and minds
    "read": Verb("read", "lire", obj=F({"readable"})),
    "write": Verb("write", "écrire", objects=("letter", "book", "song")),
    "speak": Verb("speak", "parler", "lang"),
    "speak_to": Verb("speak", "parler", obj=F({"person"}), en_prep="to", fr_prep="à"),
    "say": Verb("say", "dire", "that"),
    "tell": Verb("tell", "dire", "that", obj=F({"person"})),
    "know": Verb("know", "connaître", obj=F({"person", "place", "media"}), stative=True),
    "know_that": Verb("know", "savoir", "that", stative=True),
    "think": Verb("think", "penser", "that", stative=True),  # present or past only
    "think_about": Verb("think", "penser", obj=F({"person", "media"}),
                        en_prep="about", fr_prep="à", stative=True),
    "understand": Verb("understand", "comprendre", obj=F({"abstract", "person", "readable"})),
    "learn": Verb("learn", "apprendre", "lang"),
    "learn_inf": Verb("learn", "apprendre", "inf", fr_prep="à"),
    "teach": Verb("teach", "enseigner", "lang", subj=F({"person"})),
    "remember": Verb("remember", "souvenir", obj=F({"person", "media", "place", "abstract"}),
                     fr_prep="de", refl=True),
    "forget": Verb("forget", "oublier", obj=F({"thing", "readable", "media", "abstract"})),
    # things changing hands
    "find": Verb("find", "trouver", obj=F({"thing", "readable", "animal", "clothes"})),
    "lose": Verb("lose", "perdre", obj=F({"thing", "clothes", "readable"})),
    "take": Verb("take", "prendre", obj=F({"vehicle", "thing"})),
    "give": Verb("give", "donner", "ditr", obj=PORTABLE),
    "bring": Verb("bring", "apporter", "ditr", obj=F({"food", "drink", "readable", "thing"})),
    "carry": Verb("carry", "porter", obj=F({"thing", "furniture", "readable"})),
    "buy": Verb("buy", "acheter", objects=(
        "apple", "bread", "cheese", "egg", "cake", "meat", "milk", "coffee", "tea", "wine",
        "book", "newspaper", "ticket", "shirt", "dress", "hat", "shoe", "bag", "phone",
        "computer", "car", "bike", "picture", "house")),
    "sell": Verb("sell", "vendre", objects=("car", "bike", "boat", "house", "book", "computer",
                                            "phone", "picture", "horse", "bag")),
    "pay": Verb("pay", "payer", obj=F({"food", "drink", "thing", "clothes"}), en_prep="for"),
    "win": Verb("win", "gagner", objects=("game", "money")),
    # doing things
    "open": Verb("open", "ouvrir", objects=("door", "window", "book", "letter", "bag", "door",
                                            "window")),
    "close": Verb("close", "fermer", objects=("door", "window", "book", "bag", "door",
                                              "window")),
    "clean": Verb("clean", "nettoyer", objects=("room", "kitchen", "house", "car", "table",
                                                "window", "bike")),
    "wash": Verb("wash", "laver", objects=("car", "shirt", "dress", "dog", "apple", "bike",
                                           "window")),
    "do": Verb("do", "faire", "do"),
    "play": Verb("play", "jouer", "intr", subj=ANIMATE),
    "play_sport": Verb("play", "jouer", "sport"),
    "sing": Verb("sing", "chanter", objects=("song",)),
    "sing_intr": Verb("sing", "chanter", "intr", subj=F({"person", "animal"})),
    "dance": Verb("dance", "danser", "intr"),
    "work": Verb("work", "travailler", "intr"),
    "sleep": Verb("sleep", "dormir", "intr", subj=ANIMATE),
    "run": Verb("run", "courir", "intr", subj=ANIMATE),
    "walk": Verb("walk", "marcher", "intr", subj=ANIMATE),
    "swim": Verb("swim", "nager", "intr", subj=F({"person", "animal"})),
    "help": Verb("help", "aider", obj=F({"person"})),
    "call": Verb("call", "appeler", obj=F({"person"})),
    "wait": Verb("wait", "attendre", obj=F({"person", "vehicle"}), en_prep="for",
                 objects=("train", "bus", "plane", "boat")),  # not "wait for the bike"
    "visit": Verb("visit", "visiter", obj=F({"place_name"}),
                  objects=("city", "town", "park", "library", "garden", "school", "house")),
    "visit_person": Verb("visit", "rendre", "visit", obj=F({"person"})),
    "sit": Verb("sit", "asseoir", "intr", refl=True),
    "stand": Verb("stand", "être", "stand", stative=True),
    "start": Verb("start", "commencer", "intr", subj=F({"media"})),
    "start_inf": Verb("start", "commencer", "inf", fr_prep="à"),
    "stop": Verb("stop", "arrêter", "intr", subj=F({"vehicle"}), refl=True),
    # coming and going
    "go": Verb("go", "aller", "intr"),
    "come": Verb("come", "venir", "intr"),
    "arrive": Verb("arrive", "arriver", "intr", subj=F({"person", "vehicle"})),
    "leave": Verb("leave", "partir", "intr", subj=F({"person", "vehicle"})),
    "leave_place": Verb("leave", "quitter", objects=(
        "house", "office", "school", "city", "town", "restaurant", "shop", "hospital", "station",
        "park", "library", "room", "kitchen")),
    "go_home": Verb("go", "rentrer", "intr", aux="êt"),
    "come_home": Verb("come", "rentrer", "intr", aux="êt"),
    "live": Verb("live", "habiter", "intr", stative=True),
}

# French alternatives used only for extra references (never drawn): "I live in Paris" ->
# "J'habite à Paris" (the corpus's target) and "Je vis à Paris" (another correct translation).
VARIANT_VERBS: dict[str, Verb] = {
    "live_vivre": Verb("live", "vivre", "intr", stative=True),
}


def verb_of(key: str) -> Verb:
    """The frame of a verb key, drawn (``VERBS``) or used for references (``VARIANT_VERBS``)."""
    return VERBS[key] if key in VERBS else VARIANT_VERBS[key]
