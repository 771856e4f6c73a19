"""Universal POS tags for the corpus's English sentences.

The generator's sentences use a closed vocabulary, so a word's tag is known from the lexicon
(nouns, verbs with all their forms, adjectives) plus a few context rules for the words that
can be two things ("that", "to", "do", "no", "open", "home", "when"...). Following Universal
Dependencies: "be" is AUX, possessives (my, her) are PRON, "not" is PART.
"""

from __future__ import annotations

from functools import cache

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

CLOSED = {
    **dict.fromkeys("the a an some every this these those".split(), "DET"),
    **dict.fromkeys("my your his her its our their i you he she it we they me him us them "
                    "who what".split(), "PRON"),
    **dict.fromkeys("where why how".split(), "ADV"),
    **dict.fromkeys("and but or".split(), "CCONJ"),
    **dict.fromkeys("because if".split(), "SCONJ"),
    **dict.fromkeys("in on under with without from for at near behind after before by about"
                    .split(), "ADP"),
    **dict.fromkeys("very too often never always sometimes now here there today tomorrow "
                    "yesterday".split(), "ADV"),
    **dict.fromkeys("am is are was were be will can could must cannot 'm 're 'll ca wo".split(),
                    "AUX"),
    "n't": "PART", "than": "ADP", "more": "ADV", "nurse": "NOUN", "nurses": "NOUN",
    **dict.fromkeys("yes please".split(), "INTJ"),
    "not": "PART", "thank": "VERB", "old": "ADJ", "next": "ADJ", "last": "ADJ",
    "sir": "NOUN", "madam": "NOUN", "children": "NOUN",
}
NUMBERS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
           "fifteen sixteen seventeen eighteen nineteen twenty thirty hundred").split()
EXTRA_NOUNS = "dish dishes shopping homework football tennis year years home".split()
BE = {"am", "is", "are", "was", "were", "be"}
ADJ_CONTEXT = BE | {"very", "too", "not", "always", "often", "never", "sometimes"}
MOTION = {"go", "goes", "went", "come", "comes", "came"}
SAYING = {"say", "says", "said", "think", "thinks", "thought", "know", "knows", "knew"}
TELLING = {"tell", "tells", "told"}
WH = {"what", "who", "where", "when", "why", "how"}
PARTICIPLE_ENDINGS = ("ed", "en", "wn")
PARTICIPLES = {"gone", "come", "drunk", "sung", "swum", "run", "read", "made", "bought",
               "sold", "found", "lost", "taken", "given", "brought", "left", "met", "said",
               "told", "won", "paid", "written", "eaten", "seen", "done", "had", "slept",
               "understood", "learnt", "learned", "thought", "heard", "sat", "stood",
               "forgotten", "cooked", "opened", "closed", "cleaned", "washed", "arrived",
               "helped", "called", "visited", "taught", "known", "been"}
ADVERBS_BETWEEN = {"very", "too", "not", "always", "often", "never", "sometimes", "n't"}
SINGULAR_COUNT = frozenset(k for k, v in NOUNS.items() if not v.mass)


@cache
def _forms() -> tuple[dict[str, str], frozenset[str]]:
    """Word form -> tag for open-class words, and the set of English verb base forms."""
    from pyrealb import A, N, V, loadEn

    from rnnbook.corpus.generator.lexicon import extend_pyrealb
    from rnnbook.corpus.generator.verbs import VERBS

    extend_pyrealb()
    loadEn()
    table: dict[str, str] = {}
    for adj in [*ADJS, *STATES, *AVOIR_STATES, *EN_STATES, *THING_STATES]:
        table[adj.lower()] = "ADJ"
        comparative = A(adj).f("co").realize().strip().lower()
        if " " not in comparative:  # "older"; "more beautiful" is ADV + ADJ
            table.setdefault(comparative, "ADJ")
    for key in [*NOUNS, *EXTRA_NOUNS]:
        table[key] = "NOUN"
        if key not in EXTRA_NOUNS and not NOUNS[key].mass:
            table[N(key).n("p").realize().strip().lower()] = "NOUN"
    bases = set()
    for verb in VERBS.values():
        lemma = verb.en_lemma
        if lemma == "be":
            continue
        bases.add(lemma)
        for tense, pe in (("p", 1), ("p", 3), ("ps", 1), ("pr", 3), ("pp", 3)):
            form = V(lemma).t(tense).pe(pe).realize().strip().lower()
            table.setdefault(form, "VERB")  # also "eating", "eaten"
        table[lemma] = "VERB"
    for key in ("do", "have"):
        bases.add(key)
        for form in ("do does did" if key == "do" else "have has had").split():
            table[form] = "VERB"
    return table, frozenset(bases)


def tag(tokens: list[str]) -> list[str]:
    """UPOS tags for English tokens (as ``tokenize(english, "en", lower=False)`` gives them)."""
    table, bases = _forms()
    lower = [t.lower() for t in tokens]
    question = bool(lower) and lower[-1] == "?"
    tags: list[str] = []
    for i, word in enumerate(lower):
        prev = lower[i - 1] if i else ""
        nxt = lower[i + 1] if i + 1 < len(lower) else ""
        if word == "'s":  # "it's" (is), "Tom's car" (possessive)
            tags.append("AUX" if tags and tags[-1] == "PRON" else "PART")
        elif not word[0].isalnum() and word not in CLOSED:  # but "'m", "'re", "'ll"
            tags.append("PUNCT")
        elif tokens[i] in PEOPLE or tokens[i] in CITIES or tokens[i] in COUNTRIES \
                or tokens[i] in LANGUAGES:
            tags.append("PROPN")
        elif word in NUMBERS or word.isdigit():
            tags.append("NUM")
        elif word == "that":
            verbs_before = [w for w in lower[:i] if w in TELLING or w in SAYING]
            nxt_tag = CLOSED.get(nxt) or table.get(nxt)
            if prev in SAYING and (nxt_tag == "ADJ" or nxt in SINGULAR_COUNT):
                tags.append("DET")  # "I know that hospital", "I know that old man"
            elif prev in SAYING or (verbs_before and verbs_before[-1] in TELLING
                                  and tags[-1] in ("NOUN", "PROPN", "PRON")
                                  and "that" not in lower[lower.index(verbs_before[-1]):i]):
                tags.append("SCONJ")
            elif nxt_tag in ("NOUN", "ADJ"):  # "that old man": DET
                tags.append("DET")
            else:
                tags.append("PRON")
        elif word == "to":
            tags.append("PART" if nxt in bases else "ADP")
        elif word == "there" and nxt in BE:  # "There is a cat"
            tags.append("PRON")
        elif word in ("has", "have", "had") and (table.get(nxt) == "VERB" and nxt.endswith(
                PARTICIPLE_ENDINGS) or nxt in ("not", "n't") or nxt in PARTICIPLES):
            tags.append("AUX")  # "has eaten", "have not seen"
        elif word in ("do", "does", "did"):
            aux = nxt in ("not", "n't") or i == 0 or prev in WH
            tags.append("AUX" if aux else "VERB")
        elif word == "no":
            tags.append("INTJ" if nxt == "," else "DET")
        elif word == "when":
            tags.append("ADV" if question and i == 0 else "SCONJ")
        elif word == "home":
            tags.append("ADV" if prev in MOTION or table.get(prev) == "VERB" and prev != "at"
                        else "NOUN")
        elif word in ("open", "closed", "late", "early"):
            # ADJ after a form of "be" (adverbs and "not" between): "is not open", but
            # "Do not open the door", "I never closed it" are verbs
            j = i - 1
            while j >= 0 and lower[j] in ADVERBS_BETWEEN:
                j -= 1
            if (j >= 0 and lower[j] in BE | {"'m", "'re", "'s"}) or tags and tags[-1] == "DET":
                tags.append("ADJ")
            else:
                tags.append("ADV" if word in ("late", "early") else "VERB")
        elif word in CLOSED:
            tags.append(CLOSED[word])
        elif word in table:
            tags.append(table[word])
        else:
            tags.append("X")
    return tags
