"""Turn an abstract sentence (plain tuples and dicts) into pyrealb constituents and strings.

A sentence is built twice from the same abstract description, once with pyrealb's English
lexicon and once with its French one, so both sides say the same thing; pyrealb does the
agreement, conjugation, elision, contractions, inversion and word order.

Entities (who or what a noun phrase refers to) are tuples:

- ``("N", noun, det, number, adjective, owner, relative)``: a common noun; ``det`` is
  ``"the" "a" "some"
  "this" "that" "every" "no" "poss" "generic" "bare"`` or an int (a number); ``owner`` is
  ``(person, number, gender)`` for ``det == "poss"``; ``relative`` is None or
  ``("subj", clause)`` (the man who reads) or ``("obj", clause)`` (the book that Tom reads).
- ``("P", name)``: Tom, Mary, John, Alice.
- ``("PRO", person, number, gender)``: a personal pronoun (gender ``"n"`` is English "it").
- ``("REF", entity)``: a pronoun for an entity named earlier in the sentence.
- ``("CITY", name)``, ``("COUNTRY", name)``, ``("LANG", name)``.
"""

from __future__ import annotations

import re

from pyrealb import (
    AP,
    CP,
    NO,
    NP,
    PP,
    SP,
    VP,
    A,
    Adv,
    C,
    D,
    N,
    P,
    Pro,
    Q,
    S,
    V,
    loadEn,
    loadFr,
)

from rnnbook.corpus.generator.features import en_gender, fr_gender, number, person
from rnnbook.corpus.generator.lexicon import (
    ADJS,
    AVOIR_STATES,
    CITIES,
    COUNTRIES,
    EN_STATES,
    LANGUAGES,
    NOUNS,
    PEOPLE,
    STATES,
    THING_STATES,
)
from rnnbook.corpus.generator.phrases import KINDS
from rnnbook.corpus.generator.verbs import verb_of

VOCATIVES = {"sir": ("Sir", "Monsieur"), "madam": ("Madam", "Madame"),
             "children": ("Children", "Les enfants")}
INTERJECTIONS = {"yes": ("Yes", "Oui"), "no": ("No", "Non")}
FR_FREQUENCY = {"often": "souvent", "always": "toujours", "sometimes": "parfois"}
FR_COMPOUND_TENSES = {"pc", "pq", "fa", "cp", "spa", "spq"}  # pyrealb's auxiliary + participle


class Realiser:
    """Builds the constituents of one language (pyrealb's lexicon must be loaded for it)."""

    def __init__(self, lang: str):
        self.lang = lang
        self.en = lang == "en"
        self.formal = False  # French "vous" for one person (the sentence has "Sir,"/"Madam,")
        self.est_ce_que = False  # a French yes/no question asked with "est-ce que"
        # French frequency adverbs still to place: (the clause's verb, adverb, compound tense?)
        self.adverbs: list[tuple[object, str, bool]] = []

    # ----- noun phrases -------------------------------------------------------------------
    def det(self, ent, neg: bool):
        _, key, det, num, _, owner, _ = ent
        noun = NOUNS[key]
        if key == "time":  # "I have (no) time" -> "J'ai le temps", "Je n'ai pas le temps"
            if self.en:
                return D("no") if det == "no" else None
            return D("le")
        if isinstance(det, int):
            return NO(det).nat()
        if det == "gen":  # "Tom's car" -> "la voiture de Tom" (the name goes after the noun)
            return Q(owner[1] + "'s") if self.en else D("le")
        if self.en:
            if det == "poss":
                pe, n, g = owner
                return D("my").pe(pe).ow(n).g(g)
            if det in ("generic", "bare"):
                return None
            if det == "some" and neg:
                return None
            return D({"the": "the", "a": "a", "some": "some", "this": "this", "that": "that",
                      "every": "every", "no": "no"}[det])
        if det == "poss":
            pe, n, g = owner
            if pe == 2 and self.formal:
                n = "p"
            d = D("mon").pe(pe) if n == "s" else D("notre").pe(pe)
            # formal "vous" (pyrealb's "maje") must not turn "ma maison" into "notre maison"
            return d.maje(False) if self.formal and pe != 2 else d
        if det in ("no",) or (neg and det in ("a", "some", "bare")):
            return D("de")
        if det == "a" and num != "p":
            return D("un")
        if det in ("a", "some", "bare"):
            if noun.mass and num == "s":
                return (D("de"), D("le"))
            if ent[4] and _prenominal(ADJS[ent[4]].fr):
                return D("de")  # "de vieux chats", not "des vieux chats"
            return D("un")
        if det in ("the", "generic"):
            return D("le")
        if det in ("this", "that"):
            return D("ce")
        if det == "every":
            return D("chaque")
        raise ValueError(det)

    def noun_np(self, ent, neg=False):
        _, key, det, num, adj, _, rel = ent
        noun = NOUNS[key]
        if key == "year" and isinstance(det, int):
            lemma = "year" if self.en else "an"
        else:
            lemma = noun.en if self.en else noun.fr
        d = self.det(ent, neg)
        parts = [] if d is None else list(d) if isinstance(d, tuple) else [d]
        n = N(lemma)
        if adj:
            a = A(ADJS[adj].en if self.en else ADJS[adj].fr)
            parts += [a, n] if self.en else [n, a]  # pyrealb places French adjectives
        else:
            parts.append(n)
        np = NP(*parts)
        if num == "p" or (isinstance(det, int) and det > 1):
            np.n("p")
        elif not (self.en and det in ("some",) and not noun.mass):
            np.n("s")
        if self.en and det == "some" and not noun.mass:
            np.n("p")
        if det == "gen" and not self.en:
            np.add(PP(P("de"), N(PEOPLE[ent[5][1]][0])))
        if rel:
            np.add(self.relative(rel))
        return np

    def np(self, ent, case="nom", neg=False):
        kind = ent[0]
        if kind == "N":
            return self.noun_np(ent, neg)
        if kind == "P":
            return N(ent[1] if self.en else PEOPLE[ent[1]][0])
        if kind == "CITY":
            return N(ent[1] if self.en else CITIES[ent[1]])
        if kind == "COUNTRY":  # "visit France" -> "visiter la France" (but "en France")
            return N(ent[1]) if self.en else NP(D("le"), N(COUNTRIES[ent[1]]))
        if kind == "LANG":
            return N(ent[1]) if self.en else NP(D("le"), N(LANGUAGES[ent[1]]))
        if kind == "PRO":
            return self.pronoun(ent[1], ent[2], ent[3], case)
        if kind in ("AND", "OR"):
            conj = {"AND": ("and", "et"), "OR": ("or", "ou")}[kind][0 if self.en else 1]
            return CP(C(conj), self.np(ent[1], case, neg), self.np(ent[2], case, neg))
        if kind == "REF":
            target = ent[1]
            if case == "acc" and not self.en and person(target) == 3:
                return self.np(target).pro()  # pyrealb then agrees the past participle
            return self.pronoun(person(target), number(target),
                                en_gender(target) if self.en else fr_gender(target), case)
        raise ValueError(ent)

    def pronoun(self, pe, n, g, case):
        if self.en:
            if pe == 3 and n == "p":
                g = "m"
            return (Pro("I") if case == "nom" else Pro("me")).pe(pe).n(n).g(g)
        if g == "n":
            g = "m"
        if case == "nom":
            return Pro("je").pe(pe).n(n).g(g)
        if case == "acc" and (pe == 3 or (n == "p" and not self.formal)):
            # a pronoun made by pyrealb from a noun phrase agrees the past participle:
            # "Il les a vues", "Marie nous a aidés" (a plain "nous" leaves "aidé")
            proxy = {("s", "m"): "homme", ("s", "f"): "femme", ("p", "m"): "garçon",
                     ("p", "f"): "fille"}[n, g]
            return NP(D("le"), N(proxy)).n(n).pe(pe).pro()
        pro = Pro("moi").pe(pe).n(n).g(g)
        if self.formal and pe != 2:
            pro.maje(False)  # "Sir, help me" -> "Monsieur, aidez-moi", not "aidez-nous"
        return pro.c(case) if case in ("acc", "dat") else pro

    def pp(self, prep, ent, case="nom", neg=False):
        """A French or English PP; French repeats the preposition in a coordination:
        "à Jean et à sa mère", "de Tom et de Marie"."""
        if not self.en and ent[0] in ("AND", "OR"):
            conj = {"AND": "et", "OR": "ou"}[ent[0]]
            return CP(C(conj), self.pp(prep, ent[1], case, neg), self.pp(prep, ent[2], case, neg))
        return PP(P(prep), self.np(ent, case, neg))

    # ----- adjuncts -----------------------------------------------------------------------
    def place(self, prep, ent):
        """A location or destination: ("in"|"on"|"under"|"near"|"behind"|"at"|"to"|"from")."""
        kind = ent[0]
        np = self.np(ent)
        if self.en:
            return [PP(P(prep), np)]
        if kind in ("CITY", "P"):
            fr = {"in": "à", "at": "à", "to": "à", "from": "de"}[prep]
            return [self.pp(fr, ent)]
        if kind == "COUNTRY":  # "en France", "de France": no article
            return [PP(P("de" if prep == "from" else "en"), N(COUNTRIES[ent[1]]))]
        if ent[0] == "HOME":
            return [PP(P("à"), NP(D("le"), N("maison")))]
        if prep == "to" and kind == "N" and ent[1] == "house" and ent[2] == "poss" \
                and not ent[4] and not ent[6] and ent[5][2] != "n":
            pe, n, g = ent[5]  # "to my house" -> "chez moi", "to their house" -> "chez eux"
            if pe == 2 and self.formal:
                n = "p"
            return [PP(P("chez"), self.pronoun(pe, n, "m" if g == "n" else g, "tonic"))]
        if prep == "near":
            return [Adv("près"), self.pp("de", ent)]
        if prep == "to" and kind == "N" and NOUNS[ent[1]].cls == "person":
            return [self.pp("chez", ent)]
        fr = {"in": "dans", "on": "sur", "under": "sous", "behind": "derrière", "at": "à",
              "to": "à", "from": "de"}[prep]
        return [self.pp(fr, ent)]

    def time(self, key):
        """Time adverbials; see TIMES in grammar.py for the tenses each allows."""
        en = self.en
        if key in ("now", "today", "tomorrow", "yesterday", "here", "there"):
            fr = {"now": "maintenant", "today": "aujourd'hui", "tomorrow": "demain",
                  "yesterday": "hier", "here": "ici", "there": "là"}[key]
            return [Adv(key if en else fr)]
        kind, _, rest = key.partition(" ")
        if kind == "every":
            return [NP(D("every" if en else "chaque"), N(rest if en else NOUNS[rest].fr))]
        if kind == "this":
            return [NP(D("this" if en else "ce"), N(rest if en else NOUNS[rest].fr))]
        if kind == "in_the":
            return ([PP(P("in"), NP(D("the"), N(rest)))] if en
                    else [NP(D("le"), N(NOUNS[rest].fr))])
        if kind == "at_night":
            return [PP(P("at"), N("night"))] if en else [NP(D("le"), N("nuit"))]
        if kind in ("last", "next"):
            if en:
                return [NP(A("last") if kind == "last" else D("next"), N(rest))]
            adj = "dernier" if kind == "last" else "prochain"
            return [NP(D("le"), N(NOUNS[rest].fr), A(adj).pos("post"))]
        if kind in ("for", "in"):
            count, unit = rest.split()
            count = int(count)
            fr_unit = "an" if unit == "year" else NOUNS[unit].fr  # "pendant deux ans"
            noun = N(unit if en else fr_unit).n("p" if count > 1 else "s")
            prep = kind if en else {"for": "pendant", "in": "dans"}[kind]
            return [PP(P(prep), NP(NO(count).nat(), noun))]
        if kind in ("after", "before"):
            prep = kind if en else {"after": "après", "before": "avant"}[kind]
            return [PP(P(prep), NP(D("the" if en else "le"),
                                   N(rest if en else NOUNS[rest].fr)))]
        raise ValueError(key)

    def adjunct(self, adj):
        kind = adj[0]
        if kind == "place":
            return self.place(adj[1], adj[2])
        if kind == "time":
            return self.time(adj[1])
        if kind in ("with", "without", "for"):
            prep = kind if self.en else {"with": "avec", "without": "sans", "for": "pour"}[kind]
            ent = adj[1]
            if kind == "without" and not self.en and ent[0] == "N" and ent[2] == "bare":
                return [PP(P(prep), N(NOUNS[ent[1]].fr))]  # "sans lait", "avec du lait"
            return [self.pp(prep, ent, case="tonic")]
        if kind == "by":
            vehicle = adj[1]
            if self.en:
                return [PP(P("by"), N(vehicle))]
            prep = "à" if vehicle == "bike" else "en"
            return [PP(P(prep), N(NOUNS[vehicle].fr))]
        if kind == "home":
            return [N("home")] if self.en else [PP(P("à"), NP(D("le"), N("maison")))]
        if kind == "at_home":
            return ([PP(P("at"), N("home"))] if self.en
                    else [PP(P("à"), NP(D("le"), N("maison")))])
        if kind == "manner":  # late / early after a verb
            if self.en:  # canned, so that pyrealb keeps it after the verb: "have arrived early"
                return [Q(adj[1])]
            if adj[2:] == ("leave",):  # "partir tôt/tard", but "arriver en avance/en retard"
                return [Adv({"late": "tard", "early": "tôt"}[adj[1]])]
            return [PP(P("en"), N(EN_STATES[adj[1]]))]
        raise ValueError(adj)

    # ----- clauses ------------------------------------------------------------------------
    def tense(self, clause):
        t = clause.get("tense", "p")
        if clause.get("perf") and not self.en:
            return "pc"
        if not self.en and "fr_tense" in clause:
            t = clause["fr_tense"]
        if t == "past":
            if self.en:
                return "ps"
            verb = verb_of(clause["verb"])
            return "i" if verb.stative else "pc"
        return t

    def vp(self, clause):
        """The verb phrase of a clause (verb, complements, adjuncts but time), tense not set."""
        verb = verb_of(clause["verb"])
        # "never" and French "ne ... pas" both turn "a"/"some" objects into "de"
        neg = bool(clause.get("neg")) or clause.get("adv") == "never"
        parts = verb.build(self, clause, neg)
        for adj in clause.get("adjuncts", ()):
            if adj[0] != "time":
                parts += self.adjunct(adj)
        return parts

    def times(self, clause):
        """Time adverbials go after the verb phrase, at the clause level (pyrealb would
        otherwise put "tomorrow" before the verb)."""
        out = []
        for adj in clause.get("adjuncts", ()):
            if adj[0] == "time":
                out += self.adjunct(adj)
        return out

    def clause(self, clause, top=True, head=None):
        """An S (or, with ``head`` words such as "because", an SP) for a clause dict."""
        verb = verb_of(clause["verb"])
        parts = self.vp(clause)
        adv = clause.get("adv")  # often / always / sometimes / never
        if adv and self.en:
            parts.insert(1 if verb.en_lemma == "be" else 0, Adv(adv))
        elif adv in FR_FREQUENCY and parts and parts[0].isA("V"):
            # Not in the VP: pyrealb would leave "parfois" (and any adverb before a
            # preposition) after the participle ("a mangé parfois") and stop moving object
            # pronouns at the adverb ("aime souvent le"). See place_adverbs.
            self.adverbs.append((parts[0], FR_FREQUENCY[adv],
                                 self.tense(clause) in FR_COMPOUND_TENSES))
        elif adv in FR_FREQUENCY:
            parts.insert(1, Adv(FR_FREQUENCY[adv]))
        vp = VP(*parts)
        typ = {}
        if clause.get("imp"):
            vp.t("ip").pe(2).n("p" if clause.get("plural_you") else "s")
            s = S(vp, *self.times(clause))
        else:
            subj = clause["subj"]
            subject = Pro("who" if self.en else "qui") if subj is None else self.np(subj)
            if head and self.en and subj is not None:  # pyrealb: agree "that Tom knows"
                for part in parts:
                    if part.isA("V"):
                        part.pe(person(subj)).n(number(subj))
                        break
            times = self.times(clause)
            s = SP(*head, subject, vp, *times) if head else S(subject, vp, *times)
            s.t(self.tense(clause))
        if clause.get("neg") or self._no_object(clause):
            typ["neg"] = True  # "I have no money" -> "Je n'ai pas d'argent"
        if adv == "never" and not self.en:
            typ["neg"] = "jamais"
        if verb.refl and not self.en:
            typ["refl"] = True
        if clause.get("int") and top and not (self.est_ce_que and not self.en):
            typ["int"] = clause["int"]
        if self.en and clause.get("prog"):  # "The children are playing" -> French present
            typ["prog"] = True
        if self.en and clause.get("perf"):  # "She has eaten" -> passé composé
            typ["perf"] = True
        if clause.get("mod"):  # "can" -> pouvoir, "must" -> devoir
            typ["mod"] = clause["mod"]
        if self.formal and not self.en and top:
            typ["maje"] = True
        if typ:
            s.typ(typ)
        return s

    def _no_object(self, clause) -> bool:
        """French negates a clause whose object is "no X": "I have no money" -> "Je n'ai pas
        d'argent"."""
        obj = clause.get("obj")
        return not self.en and obj is not None and obj[0] == "N" and obj[2] == "no"

    def relative(self, rel):
        """A relative clause: ("subj", clause) -> who/qui ..., ("obj", clause) -> that/que ..."""
        role, clause = rel
        if role == "subj":
            return self._rel_subj(clause)
        pro = Pro("that" if self.en else "que")
        sub = dict(clause, obj=None)
        return self.clause(sub, top=False, head=[pro])

    def _rel_subj(self, clause):
        pro = Pro("who" if self.en else "qui") if clause.get("who", True) else \
            Pro("that" if self.en else "qui")
        verb = verb_of(clause["verb"])
        vp = VP(*self.vp(clause))
        sp = SP(pro, vp, *self.times(clause))
        sp.t(self.tense(clause))
        typ = {}
        if clause.get("neg") or self._no_object(clause):
            typ["neg"] = True  # "who has no key" -> "qui n'a pas de clé"
        if verb.refl and not self.en:
            typ["refl"] = True
        if typ:
            sp.typ(typ)
        return sp

    def sentence(self, spec):
        """The S of a whole sentence spec."""
        kind = spec["kind"]
        self.formal = spec.get("formal", False)
        self.est_ce_que = bool(spec.get("est_ce_que"))
        self.adverbs = []
        if kind == "simple":
            return self.clause(spec["main"])
        if kind == "coord":
            conj = {"and": "et", "but": "mais", "or": "ou"}[spec["conj"]]
            return S(CP(C(spec["conj"] if self.en else conj),
                        self.clause(spec["main"]), self.clause(spec["second"])))
        if kind == "sub":
            main = self.clause(spec["main"])
            sub = spec["second"]
            conj = spec["conj"]
            if self.en:
                head = [C(conj)]
            else:
                head = {"because": [Q("parce"), C("que")], "when": [C("quand")],
                        "if": [C("si")]}[conj]
            main.add(self.clause(sub, top=False, head=head))
            return main
        if kind in KINDS:
            return KINDS[kind](self, spec)
        if kind == "thanks":
            if self.en:
                return S(VP(V("thank"), Pro("me").pe(2), PP(P("for"), self.np(spec["obj"])))
                         .t("ip"))
            return S(N("merci"), PP(P("pour"), self.np(spec["obj"])))
        raise ValueError(kind)

    def realise(self, spec) -> str:
        sentence = self.sentence(spec)
        text = sentence if isinstance(sentence, str) else self.place_adverbs(sentence).strip()
        main = spec.get("main") or {}
        if not self.en and main.get("imp") and not main.get("neg") and any(
                (main.get(role) or ("",))[0] in ("PRO", "REF") for role in ("obj", "to")):
            obj = main.get("obj") or ("",)
            elided = "la" if obj[0] == "PRO" and obj[3] == "f" and obj[2] == "s" else "le"
            text = hyphenate_imperative(text, elided)  # a pronoun, never "Regarde le vélo"
        if not self.en:
            text = unclimb_clitic(text)
        if self.est_ce_que and not self.en:  # "Il est riche." -> "Est-ce qu'il est riche?"
            text = f"Est-ce que {_uncapitalised(text)[:-1]}?"
        prefix = spec.get("prefix")
        if prefix == "please_end":  # "Help me, please." -> "Aide-moi, s'il te plaît."
            word = "please" if self.en else ("s'il vous plaît" if spec.get("plural_you")
                                             or spec.get("formal") else "s'il te plaît")
            text = f"{text[:-1]}, {word}{text[-1]}"
            prefix = None
        if prefix:
            word = (VOCATIVES.get(prefix) or INTERJECTIONS.get(prefix)
                    or ("Please", "S'il te plaît" if not spec.get("formal") and
                        not spec.get("plural_you") else "S'il vous plaît"))
            word = word[0] if self.en else word[1]
            sep = " " if (self.en and word == "Please") else ", "
            text = f"{word}{sep}{_uncapitalised(text)}"
        if not self.en:
            text = fix_french(text)
        return text

    def place_adverbs(self, sentence) -> str:
        """The realised sentence, with each French frequency adverb of :meth:`clause` put
        after the conjugated verb, once pyrealb has placed the object pronouns: between the
        auxiliary and the participle in a compound tense ("Ils l'ont souvent vu", "Tes frères
        ont toujours commencé à cuisiner", "Tom s'est parfois souvenu de Jean"), after the
        verb otherwise ("Marie l'aime souvent")."""
        if not self.adverbs:
            return sentence.realize()
        terminals = sentence.real()
        for verb, word, compound in self.adverbs:
            at = next(i for i, t in enumerate(terminals) if t is verb)
            # in a compound tense the verb is the participle, its auxiliary just before it
            if not (compound and at > 0 and terminals[at - 1].isA("V")):
                at += 1
            terminals[at:at] = Adv(word, "fr").real()
        return sentence.detokenize(terminals)


def _uncapitalised(text: str) -> str:
    """``text`` with its first letter in lower case, unless its first word is "I" or a name."""
    first = text.split(" ", 1)[0].rstrip(",.?!")
    keep = first == "I" or first in PEOPLE or first in {v[0] for v in PEOPLE.values()}
    return text if keep else text[0].lower() + text[1:]


def _prenominal(adjective: str) -> bool:
    """Does pyrealb put this French adjective before the noun?"""
    from pyrealb import getLemma

    info = getLemma(adjective, "fr") or {}
    return info.get("A", {}).get("pos") == "pre"


# pyrealb 3.3.1 turns every lemma's "œ" into "oe" before it looks the word up (Terminal.setLemma),
# so no lexicon entry can keep the ligature; these words get it back after realisation.
_OE_WORDS = re.compile(r"\b([sScCbBnNvV]?)([oO])e(?=(?:ur|uf|il|uvre|ud|u)[sx]?\b)")


def _ligature(match: re.Match) -> str:
    first, o = match.group(1), match.group(2)
    return first + ("Œ" if o == "O" else "œ")


def fix_french(text: str) -> str:
    """Repair what pyrealb 3.3.1 gets wrong in French: the elisions "Que est-ce que" ->
    "Qu'est-ce que", "que Alice" -> "qu'Alice" and "que un" -> "qu'un", the inversion
    "Veux-je" (-> "Est-ce que je veux"), the future "s'asseoira" (-> "s'assiéra") and the
    ligature it drops ("soeur" -> "sœur")."""
    text = re.sub(r"^Que (?=[aeiouéèêh])", "Qu'", text)
    text = re.sub(r"(?<!\w)([Qq])ue (?=[AEIOUaeiouéèê])", r"\1u'", text)  # "qu'Alice", "qu'un"
    text = re.sub(r"^Veux-je ", "Est-ce que je veux ", text)
    text = re.sub(r"\basseoir(ai|as|a|ons|ez|ont)\b", r"assiér\1", text)  # "s'assiéra"
    text = re.sub(r"(?<!\w)de (?=[AEIOU])", "d'", text)  # "la voiture d'Alice"
    text = re.sub(r"(?<!\w)([Cc])e (?=[éè])", r"\1'", text)  # "C'étaient ses livres"
    return _OE_WORDS.sub(_ligature, text)


# Positive French imperatives: pyrealb 3.3.1 leaves the object pronoun before the verb's
# complements without its hyphen and with "me"/"te" ("Aide me", "Donne leur"); French joins it
# to the verb, with the tonic form: "Aide-moi", "Donne-leur".
_IMPERATIVE_CLITIC = re.compile(
    r"^(\w+) (me|te|le|la|les|lui|nous|vous|leur|m'|t'|l')(?= |[.,!?]|$|(?<=')\w)")


# pyrealb puts an infinitive's object pronoun before "vouloir"/"pouvoir"/"devoir", as
# classical French did ("il la voulait voir"); today it stays with the infinitive.
_CLIMBED_CLITIC = re.compile(
    r"\b(ne )?(me|te|le|la|les|lui|leur) (voul\w+|veu\w+|pouv\w+|peu\w+|pourr\w+|doi\w+|"
    r"dev\w+|devr\w+)( pas| jamais)? (\w+(?:er|ir|re|oir))\b")


def unclimb_clitic(text: str) -> str:
    """"il la voulait voir" -> "il voulait la voir", "ne le peut pas lire" -> "ne peut pas
    le lire", "la veut aider" -> "veut l'aider"."""
    def move(m):
        pronoun, infinitive = m.group(2), m.group(5)
        if pronoun in ("le", "la") and infinitive[0] in "aeéèêiouyh":
            joined = f"l'{infinitive}"
        elif pronoun in ("me", "te") and infinitive[0] in "aeéèêiouyh":
            joined = f"{pronoun[0]}'{infinitive}"
        else:
            joined = f"{pronoun} {infinitive}"
        return f"{m.group(1) or ''}{m.group(3)}{m.group(4) or ''} {joined}"
    return _CLIMBED_CLITIC.sub(move, text)


def hyphenate_imperative(text: str, elided_l: str = "le") -> str:
    """"Aide me." -> "Aide-moi.", "Apporte leur des pommes." -> "Apporte-leur des pommes.",
    "Apporte m'un sac." -> "Apporte-moi un sac." (``elided_l``: what an elided "l'" was)."""
    tonic = {"me": "moi", "te": "toi", "m'": "moi ", "t'": "toi ", "l'": elided_l + " "}
    return _IMPERATIVE_CLITIC.sub(lambda m: f"{m.group(1)}-{tonic.get(m.group(2), m.group(2))}",
                                  text)


# English contractions, each a surface variant of the same sentence (same French, same
# skeleton, so the same split): "do not" -> "don't", "I am" -> "I'm".
_CONTRACTIONS = [
    (r"\b([Dd])o not\b", r"\1on't"), (r"\b([Dd])oes not\b", r"\1oesn't"),
    (r"\b([Dd])id not\b", r"\1idn't"), (r"\bis not\b", "isn't"), (r"\bare not\b", "aren't"),
    (r"\bwas not\b", "wasn't"), (r"\bwere not\b", "weren't"), (r"\bwill not\b", "won't"),
    (r"\bcannot\b", "can't"), (r"\bhas not\b", "hasn't"), (r"\bhave not\b", "haven't"),
    (r"\bmust not\b", "mustn't"),
    (r"\b([Ii]) am\b(?! ?[.?!,])", r"\1'm"),
    (r"\b([Yy]ou|[Ww]e|[Tt]hey) are\b(?! ?[.?!,])", r"\1're"),
    (r"\b([Hh]e|[Ss]he|[Ii]t) is\b(?! ?[.?!,])", r"\1's"),
    (r"\b(I|[Yy]ou|[Hh]e|[Ss]he|[Ii]t|[Ww]e|[Tt]hey) will\b(?! ?[.?!,])", r"\1'll"),
]


def contract(english: str) -> str:
    """The English sentence with its contractions: "I do not know." -> "I don't know."."""
    for pattern, repl in _CONTRACTIONS:
        english = re.sub(pattern, repl, english)
    return english


def can_contract(english: str) -> bool:
    """Does the sentence have a form that :func:`contract` changes?"""
    return contract(english) != english


_REALISERS: dict[str, Realiser] = {}


def realise_pair(spec) -> tuple[str, str]:
    """(English, French) for one sentence spec."""
    out = []
    for lang in ("en", "fr"):
        (loadEn if lang == "en" else loadFr)()
        realiser = _REALISERS.setdefault(lang, Realiser(lang))
        out.append(realiser.realise(spec))
    if spec.get("contract") == "only":
        out[0] = contract(out[0])
    return out[0], out[1]


__all__ = ["AP", "Realiser", "can_contract", "contract", "fix_french", "realise_pair",
           "STATES", "AVOIR_STATES", "THING_STATES"]
