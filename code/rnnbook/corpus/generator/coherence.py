"""What goes with what: the tables that keep joined clauses related (version 2.2).

Version 2.1 joined a main clause with any "when" event and any second action of its subject,
so that four sentences in ten read oddly ("Tom will not see a boat when Alice calls this
woman", "John cooks at night and he goes to Paris by boat"). These tables say which
joins make sense; grammar.py draws the joined clauses from them and makes a simple sentence
where none fits.
"""

from __future__ import annotations

# "Tom eats when he is hungry": states of the subject that prompt what the main clause says.
WHEN_STATES: dict[str, tuple[str, ...]] = {
    "eat": ("hungry",), "cook": ("hungry",), "cook_intr": ("hungry",), "make": ("hungry",),
    "drink": ("thirsty",), "sleep": ("tired",), "sit": ("tired",), "go_home": ("tired", "sick"),
    "sing_intr": ("happy",), "dance": ("happy",), "sing": ("happy",),
    "call": ("sad", "sick", "late"), "help": ("free",), "play": ("free",),
    "read": ("free", "tired"), "visit_person": ("free",), "walk": ("free",),
    "watch": ("free", "tired"), "swim": ("hot",), "run": ("late",),
}

# "Mary reads the letter when she comes home": what one does on coming home ...
ON_COMING_HOME = frozenset({
    "eat", "drink", "cook", "cook_intr", "make", "read", "write", "sleep", "call", "wash",
    "clean", "watch", "listen", "do", "open", "sit", "play", "sing_intr", "help",
    "speak_to", "be_state",
})
# ... and on arriving somewhere ("She calls her mother when she arrives in Paris").
ON_ARRIVING = frozenset({"call", "buy", "eat", "drink", "visit_person", "sit",
                         "be_state"})
# States a person can be in on coming home or arriving ("She is tired when she comes home").
ARRIVAL_STATES = frozenset({"tired", "hungry", "thirsty", "happy", "sad", "late", "cold",
                            "hot", "sick", "busy"})
# What one is doing when someone else arrives, comes home or calls ("Mary was in the
# kitchen when Tom came home", "I was reading a book when Tom called me").
WHILE_OTHERS_COME = frozenset({"be_place", "sleep", "cook", "cook_intr", "read", "work",
                               "play", "eat", "watch", "sing_intr", "dance", "write",
                               "clean", "wash", "do", "swim", "walk", "listen"})

# "He comes home and he cooks some soup": what the same subject plausibly does next. Version
# 2.2's first build also had "walked and he ran", "goes to the park and she sits": readers
# found such tacked-on intransitive clauses odd, so the next action mostly has an object.
AND_NEXT: dict[str, tuple[str, ...]] = {
    "go_home": ("cook", "eat", "call"), "come_home": ("cook", "eat", "call", "read"),
    "arrive": ("call",), "eat": ("drink",), "drink": ("eat",), "cook_intr": ("eat",),
    "sing_intr": ("dance",), "dance": ("sing_intr",),
    "wash": ("clean",), "clean": ("wash",), "sit": ("read", "eat", "drink"),
    "wait": ("read",),
}
# "She goes to the library and she reads": what one does where one went.
AT_DESTINATION: dict[str, tuple[str, ...]] = {
    "library": ("read",), "shop": ("buy",), "restaurant": ("eat", "drink"),
    "school": ("learn",), "kitchen": ("cook", "eat"), "office": ("work",),
    "station": ("wait",), "CITY": ("visit_person",), "COUNTRY": ("learn",),
}
# "He buys a cake and he eats it": what the subject then does with the object.
WITH_THE_OBJECT: dict[str, tuple[str, ...]] = {
    "buy": ("eat", "drink", "read", "give", "bring", "wash"),
    "find": ("give", "bring", "read", "open", "carry", "wash"),
    "cook": ("eat", "give", "bring"), "make": ("eat", "drink", "give", "bring"),
    "write": ("give", "sing"), "open": ("read",), "take": ("give", "bring"),
    "wash": ("give",), "read": ("give", "bring"), "carry": ("give", "bring", "open"),
}
# "He likes tea but he does not like coffee": verbs whose objects are naturally contrasted.
CONTRASTED = frozenset({"like", "love_thing", "hate", "want", "need", "buy", "eat", "drink",
                        "have", "read", "sell"})
# Verbs that happen at a time far from now ("I bought a car last year"); others get a near
# time (not "She will cook the cakes next year", "He calls her this week").
FAR_TIME_VERBS = frozenset({"buy", "sell", "visit", "visit_person", "go", "come", "learn",
                            "learn_inf", "win", "write", "live", "work", "leave", "arrive",
                            "start_inf", "go_home", "come_home", "play_sport", "be_state",
                            "be_age", "have", "swim"})

# What one does with someone else ("eats with his brother", "works with Tom").
WITH_COMPANY = frozenset({"eat", "drink", "play", "work", "go", "walk", "cook_intr", "watch",
                          "wait", "read", "dance", "swim", "visit_person"})
# What one does before or after the film.
FILM_TIME_VERBS = frozenset({"eat", "drink", "cook_intr", "sleep", "read", "call", "go_home",
                             "dance", "walk"})
# Verbs that make their object: it has no past to identify it by ("the book that Mary lost").
CREATING = frozenset({"write", "make", "cook", "sing"})

# Objects a verb does not take although their class allows it ("watch a song").
NOT_OBJECT_OF: dict[str, frozenset[str]] = {
    "watch": frozenset({"song"}), "hear": frozenset({"film", "game"}),
    "listen": frozenset({"film", "game"}), "remember": frozenset({"game"}),
    "think_about": frozenset({"game"}),
    "cook": frozenset({"cake", "bread", "cheese", "apple"}),  # one makes a cake, not cooks it
}
# Relative clauses that say which one is meant. Things: by what happened to them, in the past
# ("the cake that Tom made", "the soup that she cooked"); not "the bikes that he heard", nor
# "buys the shoe that Tom lost" (the audit of the first 2.2 build found those odd).
OBJECT_RELATIVE_VERBS = frozenset({"buy", "make", "cook", "write", "sing", "win"})
# People: by where they live or work, what they speak, or what they did (with its tense):
# "the man who lives in London", "the woman who speaks French", "the boy who called me".
PERSON_RELATIVES: dict[str, str] = {
    "live": "p", "work": "p", "speak": "p", "teach": "p", "call": "past", "help": "past",
    "visit_person": "past",
}
# Verbs whose object is not the subject's own ("The father can buy his shirt").
NOT_OWN_OBJECT = frozenset({"buy", "pay", "make", "cook", "win"})


def fits_object(verb_key: str, noun_key: str) -> bool:
    """Does this noun make sense as the verb's object (beyond its class)?"""
    return noun_key not in NOT_OBJECT_OF.get(verb_key, frozenset())
