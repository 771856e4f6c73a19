"""The bilingual lexicon: nouns, adjectives and names with their French and semantic class.

Each noun records its English and French lemma, the French gender (``"m"``/``"f"``), its
semantic class (which verbs can take it) and whether it is a mass noun (``"some milk"`` ->
``"du lait"``). Verbs and their selectional restrictions live in
:mod:`rnnbook.corpus.generator.verbs`.
Words that pyrealb's own lexicons lack are added through :func:`extend_pyrealb`.
"""

from __future__ import annotations

from typing import NamedTuple


class Noun(NamedTuple):
    en: str
    fr: str
    g: str  # French gender
    cls: str  # semantic class
    mass: bool = False


class Adj(NamedTuple):
    en: str
    fr: str
    classes: frozenset[str]  # noun classes the adjective can describe (attributively)


# Semantic classes: person, animal, food, drink, place, vehicle, readable, thing, clothes,
# media (song, film, game), time, abstract (question, answer), language. A game is one
# that is won, lost or watched: "un match" (version 2.5; "jeu" is a game one owns or plays).
_NOUNS = """
man homme m person
woman femme f person
boy garçon m person
girl fille f person
child enfant m person
baby bébé m person
friend ami m person
family famille f person
mother mère f person
father père m person
brother frère m person
sister sœur f person
son fils m person
daughter fille f person
teacher professeur m person
student étudiant m person
doctor médecin m person
dog chien m animal
cat chat m animal
horse cheval m animal
bird oiseau m animal
fish poisson m animal
cow vache f animal
apple pomme f food
bread pain m food mass
cheese fromage m food mass
egg œuf m food
cake gâteau m food
soup soupe f food mass
meat viande f food mass
water eau f drink mass
milk lait m drink mass
coffee café m drink mass
tea thé m drink mass
wine vin m drink mass
house maison f place
school école f place
city ville f place
town ville f place
country pays m place
street rue f place
room chambre f place
kitchen cuisine f place
garden jardin m place
park parc m place
shop magasin m place
restaurant restaurant m place
hospital hôpital m place
station gare f place
office bureau m place
library bibliothèque f place
train train m vehicle
car voiture f vehicle
bus bus m vehicle
bike vélo m vehicle
boat bateau m vehicle
plane avion m vehicle
book livre m readable
letter lettre f readable
newspaper journal m readable
table table f furniture
chair chaise f furniture
door porte f opening
window fenêtre f opening
bed lit m furniture
key clé f thing
phone téléphone m thing
computer ordinateur m thing
picture photo f thing
bag sac m thing
ticket billet m thing
money argent m thing mass
shirt chemise f clothes
dress robe f clothes
hat chapeau m clothes
shoe chaussure f clothes
song chanson f media
film film m media
game match m media
question question f abstract
answer réponse f abstract
day jour m time
night nuit f time
morning matin m time
evening soir m time
week semaine f time
month mois m time
year année f time
time temps m time
hour heure f time
minute minute f time
sea mer f water
river rivière f water
lake lac m water
"""

NOUNS: dict[str, Noun] = {}
for _line in _NOUNS.strip().splitlines():
    _en, _fr, _g, _cls, *_rest = _line.split()
    NOUNS[_en] = Noun(_en, _fr, _g, _cls, mass=bool(_rest))

# Names: English, French, gender; countries take "en", cities "à".
PEOPLE = {"Tom": ("Tom", "m"), "Mary": ("Marie", "f"), "John": ("Jean", "m"),
          "Alice": ("Alice", "f")}
CITIES = {"Paris": "Paris", "London": "Londres"}
COUNTRIES = {"France": "France", "England": "Angleterre"}
LANGUAGES = {"French": "français", "English": "anglais"}

_ADJS = """
big grand animal,place,vehicle,furniture,opening,bag,apple,cake
small petit animal,place,vehicle,furniture,opening,bag,apple,cake,hat
old vieux person,animal,house,city,town,street,car,bike,boat,book,furniture,hat,shoe,bag
young jeune person,animal
new nouveau place,vehicle,readable,thing,furniture,clothes,media
good bon food,drink,readable,media,abstract
bad mauvais food,drink,readable,media,abstract
beautiful beau person,animal,place,vehicle,thing,clothes,media
red rouge vehicle,thing,clothes,opening,apple
blue bleu vehicle,thing,clothes,opening
green vert vehicle,thing,clothes,opening,apple
white blanc animal,vehicle,thing,clothes,opening,furniture
black noir animal,vehicle,thing,clothes,furniture
long long book,letter,film,song,street,dress
short court book,letter,film,song,dress
easy facile abstract,media
difficult difficile abstract,media
kind gentil person
first premier train,bus,film,song,question,letter,day
last dernier train,bus,film,song,question,letter,day
rich riche person
happy heureux person
sad triste person
"""
ADJS: dict[str, Adj] = {}
for _line in _ADJS.strip().splitlines():
    _en, _fr, _classes = _line.split()
    ADJS[_en] = Adj(_en, _fr, frozenset(_classes.split(",")))

# Predicative adjectives of people ("Tom is tired" -> "Tom est fatigué"); French "être".
STATES = {"happy": "heureux", "sad": "triste", "tired": "fatigué", "sick": "malade",
          "angry": "fâché", "busy": "occupé", "ready": "prêt", "free": "libre",
          "rich": "riche", "poor": "pauvre", "kind": "gentil", "young": "jeune",
          "old": "vieux", "beautiful": "beau"}
# States that French says with "avoir" + noun ("I am hungry" -> "j'ai faim").
AVOIR_STATES = {"hungry": "faim", "thirsty": "soif", "cold": "froid", "hot": "chaud",
                "right": "raison", "wrong": "tort"}
# "late"/"early" with "be" are French "en retard"/"en avance".
EN_STATES = {"late": "retard", "early": "avance"}
# Predicative adjectives of things, by class.
THING_STATES = {
    "open": ("ouvert", {"opening", "place", "readable", "thing"}),
    "closed": ("fermé", {"opening", "place", "readable", "thing"}),
    "cold": ("froid", {"food", "drink", "place"}),
    "hot": ("chaud", {"food", "drink"}),
    "good": ("bon", {"food", "drink", "readable", "media"}),
    "bad": ("mauvais", {"food", "drink", "readable", "media"}),
    # predicative "new" is "neuf" (brand new); "nouveau" would mean "another one"
    "new": ("neuf", {"vehicle", "thing", "clothes", "readable", "furniture"}),
    "old": ("vieux", {"vehicle", "thing", "clothes", "readable", "furniture", "place"}),
    "big": ("grand", {"place", "vehicle", "furniture", "opening"}),
    "small": ("petit", {"place", "vehicle", "furniture", "opening", "thing", "clothes"}),
    "easy": ("facile", {"abstract"}),
    "difficult": ("difficile", {"abstract"}),
    "long": ("long", {"readable", "media"}),
    "short": ("court", {"readable", "media"}),
    "right": ("juste", {"abstract"}),
    "wrong": ("faux", {"abstract"}),
    "free": ("gratuit", {"thing"}),
    "red": ("rouge", {"vehicle", "clothes", "opening"}),
    "blue": ("bleu", {"vehicle", "clothes", "opening"}),
    "green": ("vert", {"vehicle", "clothes", "opening"}),
    "white": ("blanc", {"vehicle", "clothes", "opening", "furniture"}),
    "black": ("noir", {"vehicle", "clothes", "furniture", "thing"}),
    "beautiful": ("beau", {"place", "clothes", "vehicle", "media"}),
}

NUMBERS = list(range(1, 21)) + [100]

# Words pyrealb 3.3's lexicons lack; added with pyrealb's own lexicon API.
EN_ADDITIONS = {
    "fish": {"N": {"cnt": "yes", "tab": "n4"}},  # plural "fish", not "fishes"
    "closed": {"A": {"tab": "a1"}},
    "Tom": {"N": {"tab": "n5", "cnt": "no"}},
    "Mary": {"N": {"tab": "n5", "cnt": "no"}},
    "John": {"N": {"tab": "n5", "cnt": "no"}},
    "Alice": {"N": {"tab": "n5", "cnt": "no"}},
    "London": {"N": {"tab": "n5", "cnt": "no"}},
    "England": {"N": {"tab": "n5", "cnt": "no"}},
    "France": {"N": {"tab": "n5", "cnt": "no"}},
    "French": {"N": {"tab": "n5", "cnt": "no"}},
    "English": {"N": {"tab": "n5", "cnt": "no"}},
}
FR_ADDITIONS = {
    "Tom": {"N": {"g": "m", "tab": "nI"}},
    "Marie": {"N": {"g": "f", "tab": "nI"}},
    "Jean": {"N": {"g": "m", "tab": "nI"}},
    "Alice": {"N": {"g": "f", "tab": "nI"}},
    "Londres": {"N": {"g": "m", "tab": "nI"}},
}

# French adjectives that go before the noun but that pyrealb 3.3.1 puts after it.
FR_PRENOMINAL = ("gentil", "long")


def _fix_participles() -> None:
    """pyrealb 3.3.1's tables v27, v46 (partir) and v48 give the masculine plural participle
    the feminine singular form ("Nous sommes partie"): mend it to "-is"/"-és" (idempotent)."""
    from pyrealb import getRules

    for tab in ("v27", "v46", "v48"):
        pp = getRules("fr")["conjugation"][tab]["t"]["pp"]
        if pp[2] == pp[1]:
            pp[2] = pp[0] + "s"


_COMPOUND_TENSES = frozenset({"pc", "pq", "cp", "pa", "fa", "spa", "spq", "bp"})


def _fix_polite_participles() -> None:
    """pyrealb 3.3.1 gives a past participle after "avoir" the number of its subject when the
    sentence uses polite "vous" (typ "maje"): "Ils ont dits", "les photos que Jean a portée".
    Such a participle agrees only with a direct object placed before it, which pyrealb gets
    right without "maje"; so conjugate those verbs as if the sentence were not polite (the
    auxiliary, a separate word, still says "vous avez"). Idempotent."""
    from pyrealb.TerminalFr import TerminalFr

    conjugate = TerminalFr.conjugate
    if getattr(conjugate, "rnnbook_fix", False):
        return

    def patched(self):
        if (self.getProp("t") in _COMPOUND_TENSES and not self.isReflexive()
                and self.getProp("aux") != "êt" and self.isMajestic()):
            self.isMajestic = lambda: False  # shadows the method on this word only
            try:
                return conjugate(self)
            finally:
                del self.isMajestic
        return conjugate(self)

    patched.rnnbook_fix = True
    TerminalFr.conjugate = patched


def extend_pyrealb() -> None:
    """Add the corpus's missing words to pyrealb's English and French lexicons (idempotent)."""
    from pyrealb import addToLexicon, getLemma, loadEn, loadFr

    loadEn()
    for lemma, info in EN_ADDITIONS.items():
        addToLexicon(lemma, info)
    loadFr()
    _fix_participles()
    _fix_polite_participles()
    for lemma, info in FR_ADDITIONS.items():
        addToLexicon(lemma, info)
    for lemma in FR_PRENOMINAL:  # "son gentil père", "de longues lettres"
        entry = getLemma(lemma, "fr")
        if entry["A"].get("pos") != "pre":
            addToLexicon(lemma, dict(entry, A=dict(entry["A"], pos="pre")))
