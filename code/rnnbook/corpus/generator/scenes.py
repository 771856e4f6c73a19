"""Scene-based long and joined sentences (corpus version 2.4).

A sentence is drawn from one scene (a frame: cooking, the library, a lost key...): a subject
who fits the scene, one of its actions with the objects, places and times that go with it,
at most one relative clause taken from the scene's identifying facts ("the woman who works at
the library", "the letter that her son wrote"), and a second clause written for that action:
a reason (because), what comes next (and), what happened meanwhile (when) or a real contrast
(but). Nothing is combined across scenes or across actions.

``scene_sentence(rng)`` returns a spec of grammar.long_sentence's format, which
realise.realise_pair renders unchanged. ``scene_clause(rng)`` (version 2.5) draws one
clause of a scene alone, for the short kinds of short_kinds.py. The notation of the
templates is in scene_engine.py.
"""

from __future__ import annotations

import random

from rnnbook.corpus.generator.grammar import nonsense
from rnnbook.corpus.generator.scene_engine import (
    TENSE,
    TIMES,
    A,
    C,
    Ctx,
    L,
    Reject,
    ambiguous,
    build,
    fact_name,
    parse_ent,
    same_referent,
    with_relative,
)
from rnnbook.corpus.generator.verbs import VERBS

# ----- who ---------------------------------------------------------------------------------
ADULT = ["I", "we", "he", "she", "Tom", "Mary", "John", "Alice", "my mother", "my father",
         "my sister", "my brother", "my friend", "the man", "the woman", "they"]
SINGLE = [w for w in ADULT if w not in ("we", "they")]
PARENT = ["my mother", "my father", "Mary", "Tom", "she", "he", "I", "Alice", "John", "we",
          "my sister", "my brother", "they"]
KID = ["my son", "my daughter", "the children", "the boys", "the girls", "my brother",
       "the boy", "the girl", "my sister", "our son", "our daughter", "our children"]
STUDENT = ["I", "we", "my sister", "my brother", "the students", "Alice", "John", "she", "he",
           "my son", "my daughter"]
GROUP = ["we", "they", "Tom & Mary", "John & Alice", "my friends", "I", "my sister",
         "my brother", "Mary & John", "Alice & Tom"]
WOMAN = ["Mary", "Alice", "my sister", "my mother", "she", "I", "my daughter", "we",
         "my friend"]
KIN = "~mother|~sister|~brother|~father|~friend|~son|~daughter"
GIFTS = ["a new bag", "a beautiful picture", "a book", "a new phone", "a black hat",
         "a green bag", "a good book",
         "a new bike", "a new computer"]


def ch(text: str) -> list[str]:
    """"a|b|c" -> ["a", "b", "c"]."""
    return text.split("|")


def T(times: str) -> list[str]:  # noqa: N802 - the notation's short name
    """"every day|tomorrow" -> ["T:every day", "T:tomorrow"]."""
    return [f"T:{t}" for t in times.split("|")]


# ----- the scenes --------------------------------------------------------------------------
FRAMES: dict[str, dict] = {}


# Who someone is, in any scene: where they live.
NEIGHBOURS = [C("live", adj=[ch("in our street|near the station|near the park"
                                "|near the school|near the library")])]
NEIGHBOUR = C("live", adj=[ch("in our street|near the station|near the park|near the school")])
PEOPLE_FACTS = {k: NEIGHBOURS for k in ("man", "woman", "men", "women", "boy", "girl",
                                         "boys", "girls", "children", "doctor", "teacher")}


def frame(name, actions, who=ADULT, facts=None, neighbours=True):
    """A scene. ``neighbours``: may its people be said by where they live (not where
    someone moves house)."""
    FRAMES[name] = dict(actions=actions, who=who, facts=dict(
        PEOPLE_FACTS if neighbours else {}, **(facts or {})))


frame("breakfast", neighbours=False, who=["my father", "my mother", "I", "Tom", "Alice",
                                          "my brother", "he", "she", "John", "Mary",
                                          "my sister", "we"], actions=[
    A("drink", modes="habit", times="morning",
      obj=[("bare coffee", "bare tea"), ("bare tea", "bare coffee")],
      adj=[["", "without milk", "with milk"]],
      links=[L("but", C("drink", obj="$A", adv="never")),
             L("when", C("read", obj="the newspaper"))]),
    A("read", modes="habit past", times="morning", obj="the newspaper",
      adj=[["in the kitchen", "in the garden", ""]],
      links=[L("when", C("drink", obj=ch("~coffee|~tea")), modes="habit"),
             L("when", C("call", subj="@", obj="$S"), modes="past", prog=True)]),
    A("eat", modes="habit", times={"habit": ["in_the morning"]}, weight=0.4,
      links=[L("because", C("be_state", state="hungry", neg=True), neg=True)]),
    A("leave_place", modes="habit past", times="morning", obj="the house", adj=["early*"],
      links=[L("because", C("want_inf", neg=True, inner=C("be_state", state="late"))),
             L("and", C("go", adj=["to the office", ch("by bus|by bike|by train")]),
               modes="habit")]),
])

frame("cooking", neighbours=False, who=PARENT, actions=[
    A("cook", modes="past fut now", obj=ch("some soup|some meat|some eggs"),
      adj=[["in the kitchen", ""]],
      links=[L("because", C("be_state", state="hungry", degree=[None, "very"]),
               modes="past now"),
             L("when", C("come_home", subj=ch("~son|~daughter|~children"), adj=["home"]),
               modes="past", prog=True),
             L("and", C("eat", obj="$O", adj=[ch("with ~children|in the garden")]),
               modes="past fut"),
             L("but", C("eat", subj=ch("~children|~son|~daughter"), obj="$O", neg=True),
               modes="past"),
             L("and", C("eat", obj="$O", adj=["in the garden", ch(
                 "with ~children & ~friends|with ~family & ~friends|with ~children")]),
               modes="past fut", long=True, main={"adj": ["in the kitchen"]})]),
    A("cook", modes="past fut now", obj=ch("some soup|some meat|some eggs"),
      adj=[ch("for ~children|for ~son|for ~daughter|for ~family")],
      links=[L("because", C("be_state", subj="$F", state="hungry", degree=[None, "very"]),
               modes="past now"),
             L("but", C("eat", subj="$F", obj="$O", neg=True), modes="past"),
             # relatives coming: a meal for everyone, not "for his children because his
             # mother and his father were coming ... with their children" (2.5 audit)
             L("because", C("come", subj=ch("~sister & ~brother|~mother & ~father"
                                           "|~brother & ~sister|~friends"),
                            adj=[ch("from London|from Paris")],
                            prog=True, fr_tense="i"), modes="past", long=True,
               main={"obj": ch("some soup|some meat|some fish"),
                     "adj": [["in the kitchen", ""]]})]),
    A("make", modes="past fut", obj="a cake",
      adj=[ch("for ~daughter|for ~son|for ~mother|for ~children|for @")],
      links=[L("and", C("give", obj="$O", to="$F", adj=[T("this evening|tomorrow")]),
               modes="fut", notime=True),
             L("and", C("eat", subj="$F", obj="$O", adj=[ch("|with ~F friends")]),
               modes="past"),
             L("but", C("like", subj="$F", obj="$O", neg=True, fr_tense="pc"),
               modes="past"),
             L("because", C("visit_person", subj="$F", obj="$S", adj=T("tomorrow")),
               modes="fut", tense="f")]),
    A("cook_intr", modes="habit", times="evening", who=["my father", "Tom", "John"],
      weight=0.6,
      links=[L("because", C("work", subj="~partner",
                              adj=["late*", ch("at the hospital|at the office")]))]),
])

frame("restaurant", neighbours=False, who=GROUP, facts={
    "restaurant": [C("like", subj="@", tense="p")]}, actions=[
    A("go", modes="past fut", adj=["to the restaurant", ch("|with ~friends|with ~family")],
      times={"past": ["yesterday", "last week"], "fut": ["tomorrow", "this evening"]},
      links=[L("because", C("want_inf", neg=True, inner=C("cook_intr"))),
             L("because", C("want_inf", subj="~mother", neg=True,
                            inner=C("cook_intr")), modes="past"),
             L("and", C("eat", obj=ch("some soup|some meat")), modes="past"),
             L("and", C("drink", obj="some wine"), modes="past"),
             L("but", C("be_state", subj="$P", state="closed"), modes="past")]),
    A("eat", modes="habit", times={"habit": ["ADV"]}, adj=["at the restaurant"],
      links=[L("because", C("like_inf", neg=True, inner=C("cook_intr")))]),
])

frame("food shopping", neighbours=False, actions=[
    A("buy", modes="past fut",
      obj=[("some eggs & some milk", "a cake"), ("some eggs", "a cake"),
           ("some apples", "a cake"), ("some meat", "some soup")],
      adj=[["", "at the shop"]],
      links=[L("because", C("want_inf", inner=C("make", obj="$A",
                                                 adj=[ch("|for ~son|for ~daughter")]))),
             L("and", C("make", obj="$A"), modes="past"),
             L("because", C("want_inf", inner=C("make", obj="$A", adj=[ch(
                 "for ~son|for ~daughter|for ~children|for ~friends|with ~children")])),
               long=True, main={"adj": ["at the shop"]})]),
    A("go", modes="past fut", adj=["to the shop"],
      links=[L("because", C("need", obj=ch("some bread|some milk|some eggs|some cheese"))),
             L("and", C("buy", obj=ch("some bread & some milk|some eggs|some apples"))),
             L("because", C("want_inf", inner=C("buy", obj=ch(
                 "some bread & some milk|some eggs & some cheese|some bread & some cheese"
                 "|some apples & some milk"), adj=[ch(
                     "for ~mother|for ~children|for ~family|for ~son|for ~daughter")])),
               long=True),
             L("but", C("be_state", subj="$P", state="closed"), modes="past")]),
])

frame("clothes", neighbours=False, who=WOMAN, actions=[
    A("buy", modes="past", times="week",
      obj=ch("a new dress|a red dress|a white shirt|a black hat|some new shoes|a blue shirt"),
      links=[L("but", C("be_state", subj="$O", state="small", degree="too"))]),
    A("buy", modes="past fut", times="week",
      obj=ch("a new dress|a red dress|a white shirt|a black hat|some new shoes"),
      adj=[ch("for ~daughter|for ~sister|for ~mother")],
      links=[L("but", C("like", subj="$F", obj="$O", neg=True, fr_tense="pc"),
               modes="past"),
             L("and", C("give", obj="$O", to="$F", adj=[T("tomorrow|this evening")],
                        tense="f"), modes="past")]),
    A("see", modes="past", obj=ch("a beautiful dress|a red bag|some beautiful shoes|a new phone"),
      adj=[ch("at the shop|in the shop")],
      links=[L("but", C("have", obj="no money")),
             L("and", C("buy", obj="$O"))]),
])

frame("library", who=STUDENT, facts={
    "woman": [C("work", adj=["at the library"])],
    "man": [C("work", adj=["at the library"])]}, actions=[
    A("go", modes="past fut", adj=["to the library"],
      links=[L("because", C("want_inf", inner=C("read", obj=ch("the newspaper|a book")))),
             L("because", C("need", obj="a book")),
             L("and", C("read", obj=ch("the newspaper|a book")), modes="past")]),
    A("work", modes="habit", adj=["at the library"],
      links=[L("because", C("be_state", subj="~room", state="small", degree="too")),
             L("because", C("have", obj="no computer", adj=["at home"]))]),
    A("find", modes="past", who=["the woman", "the man"], force="subj",
      obj=ch("my bag|my key|my book"),
      links=[L("and", C("call", obj="me")),
             L("and", C("give", obj="$O", to=ch("my mother|my sister|my father"))),
             L("and", C("give", obj="$O", to=ch("my mother|my sister|my father|my brother")),
               long=True, main={"adj": [ch("in the park|in the street|at the station"
                                           "|in the garden")]})]),
])

frame("school", neighbours=False, who=STUDENT, facts={
    "teacher": [C("live", adj=[ch("in our street|near the park")])]}, actions=[
    A("understand", modes="past", who=["the students", "the children", "my son",
                                       "my daughter", "I", "Tom"], obj="the question",
      links=[L("because", C("be_state", subj="$O", state="difficult",
                            degree=["very", "too", None]), neg=True),
             L("but", C("help", subj="~teacher", obj="$S"), neg=True)]),
    A("help", modes="past", who=["the teacher"], obj=ch("the students|the children|my son"),
      links=[L("because", C("understand", subj="$O", obj="the question", neg=True))]),
    A("like", modes="habit", times="none", who=["my daughter", "my son", "the children"],
      obj="~school", weight=0.3,
      links=[L("because", C("be_state", subj="~teacher", state="kind", degree="very"))]),
    A("learn", modes="now", times="none", who=STUDENT,
      obj=[("French", "France"), ("English", "England")],
      links=[L("because", C("go", adj=["to $A", "T:next year"], tense="f"), modes="now")]),
])

frame("homework", neighbours=False, who=[k for k in KID if k not in ("the boy", "the girl")],
      actions=[
    A("do", chore="homework", modes="habit past now", times="evening",
      adj=[["", "in ~room"]],
      links=[L("when", C("come_home", adj=["home"]), modes="habit"),
             L("because", C("want_inf", inner=C("watch", obj="a film",
                                                 adj=T("this evening"))), modes="now",
               notime=True),
             L("because", C("be_state", state=ch("sick|tired")), neg=True, modes="past",
               main={"mod": "poss"}),  # pyrealb drops "do" in "did not do"
             L("when", C("call", subj="@", obj="$S"), prog=True, modes="past"),
             L("because", C("want_inf", inner=C("watch", obj="a film", adj=[
                 ch("with ~friends|with ~sister|with ~brother|with ~father"),
                 "T:this evening"])), modes="now", notime=True, long=True,
               main={"adj": ["in ~room"]})]),
    A("play_sport", sport=ch("football|tennis"), modes="habit",
      times={"habit": ["today"]}, adj=["with ~friends"],
      links=[L("because", C("do", chore="homework", mod="obli"), neg=True,
               main={"mod": "poss"})]),
])

frame("journey", who=ADULT + GROUP, actions=[
    A("go", modes="past fut", times="week",
      adj=[ch("to London|to Paris"), ch("by train|by plane|by car")],
      links=[L("and", C("visit_person", obj=ch("~friends|~sister|~brother|~mother"))),
             L("because", C("want_inf", inner=C("visit_person",
                                                 obj=ch("~mother|~sister|~friends")))),
             L("because", C("want_inf", inner=C("visit_person", obj=ch(
                 "~mother|~sister|~brother|~friends|~father"), adj=[ch(
                     "with ~children|with ~son|with ~daughter")])), long=True)]),
    A("go", modes="past fut habit", times="week", adj=[ch("to London|to Paris"), "by train"],
      links=[L("because", C("have", obj="no car"))]),
    A("wait", modes="past", times={"past": ["for 2 hour", "for 3 hour"]},
      adj=["at the station"], who=ADULT, time_p=1,
      links=[L("because", C("arrive", subj="the train", adj=["late"]))]),
    A("wait", modes="past", obj="the bus", times={"past": ["for 2 hour", "this morning"]},
      links=[L("but", C("come", subj="$O", neg=True)),
             L("when", C("call", subj="@", obj="$S"), prog=True)]),
    A("leave_place", modes="past", who=["the train", "our train"], obj="the station",
      adj=["late"], times="none",
      links=[L("and", C("arrive", adj=[ch("in Paris|in London"), "T:at_night"]))]),
])

frame("work", who=ADULT + ["the man", "the woman"], actions=[
    A("go", modes="habit", times="morning", adj=["to the office", ch("by bus|by bike")],
      links=[L("because", C("have", obj="no car")),
             L("because", C("be_state", subj="~car", state="old", degree="very")),
             L("because", C("sell", obj="~old car", adj=[T("last year|last month")]),
               tense="past", long=True, who=["the man", "the woman"])]),
    A("leave_place", modes="habit past", obj="the office", adj=["late*"],
      times={"habit": ["every evening", "ADV"], "past": ["yesterday"]},
      links=[L("because", C("be_state", state="busy", degree="very"), modes="past"),
             L("and", C("go_home", adj=["home", ch("by bus|by train")]), modes="habit")]),
    A("work", modes="past fut", adj=["late*", "at the office"],
      times={"past": ["yesterday"], "fut": ["this evening", "tomorrow"]},
      links=[L("and", C("be_state", state="tired", degree="very"), modes="past"),
             L("because", C("be_state", state="busy", degree="very"))]),
])

frame("hospital", who=["my mother", "my father", "my sister", "Alice", "John", "she", "he"],
      facts={"doctor": [C("live", adj=[ch("in our street|near the station|near the park")])]},
      actions=[
    A("work", modes="habit past", adj=["at the hospital"], times="none",
      links=[L("when", C("call", subj=ch("~son|~daughter|@"), obj="$S"), modes="past",
               prog=True),
             L("and", C("come_home", adj=["home", "late*"], adv="often"), modes="habit")]),
    A("help", modes="past", who=["the doctor"], obj=ch("my son|my mother|my daughter|Tom"),
      links=[L("because", C("be_state", subj="$O", state="sick", degree="very"))]),
    A("call", modes="past", who=PARENT, obj="the doctor",
      links=[L("because", C("be_state", subj=ch("~son|~daughter|~mother"), state="sick",
                            degree=["very", None]))]),
    A("go", modes="past", adj=["to the hospital"],
      links=[L("because", C("be_state", state="sick", degree="very")),
             L("because", C("be_state", subj=ch("~mother|~son|~friend"), state="sick")),
             L("and", C("visit_person", obj=ch("~mother|~friend|~brother")))]),
])

frame("illness", who=ADULT + KID, actions=[
    A("go", modes="past fut", who=ADULT, adj=[ch("to the office|to the library|to the shop")],
      links=[L("because", C("be_state", state="sick"), neg=True)]),
    A("play", modes="past", who=KID, adj=[ch("in the park|in the garden"), "with ~friends"],
      links=[L("because", C("be_state", state="sick"), neg=True),
             L("because", C("be_state", state="sick"), neg=True, long=True,
               who=["the boy", "the girl", "the boys", "the girls", "the children"])]),
    A("sleep", modes="past", times={"past": ["for 10 hour", "for 12 hour"]}, time_p=1,
      links=[L("because", C("be_state", state=ch("tired|sick"), degree="very"))]),
])

frame("visits", neighbours=False, actions=[
    A("visit_person", modes="past fut", times="week",
      obj=ch("~mother|~sister|~brother|~father|~friends"),
      adj=[["", "in London", "in Paris"]],
      links=[L("because", C("be_state", subj="$O", state="sick"),
               main={"obj": ch("~mother|~sister|~brother|~father")}),
             L("and", C("go", adj=["to the park", "with $O"]), modes="past")]),
    A("live", modes="habit", times="none",
      who=["my sister", "my brother", "my mother", "my son", "my daughter", "my friend"],
      adj=[ch("in London|in Paris|in England|in France")],
      links=[L("and", C("visit_person", subj=ch("I|we"), obj="$S",
                        adj=[T("every year|every month|every week")])),
             L("but", C("visit_person", obj=ch("me|us"), adj=[T("every month|every week")])),
             L("and", C("call", obj=ch("me|us"), adj=[T("every day|every week")]))]),
])

frame("phone", neighbours=False, who=SINGLE, actions=[
    A("call", modes="past fut", obj=ch("~mother|~sister|~friend|@"),
      links=[L("when", C("arrive", adj=[ch("in London|in Paris|at the station")])),
             L("because", C("want_inf", inner=C("see", obj="$O")), modes="past"),
             L("but", C("be_place", subj="$O", adj=["at home"], neg=True), modes="past"),
             L("and", C("speak_to", obj="$O", adj=[T("for 2 hour|for 3 hour")]),
               modes="past")]),
    A("call", modes="past", obj=ch("~mother|~sister|~friend|@"),
      links=[L("because", C("lose", obj="~phone"), neg=True, main={"mod": "poss"})]),
    A("call", modes="habit", obj=ch("~mother|~sister|~friend|@"),
      times={"habit": ["now", "today"]},
      links=[L("because", C("lose", obj="~phone", perf=True), neg=True,
               main={"mod": "poss"})]),
])

frame("letter", neighbours=False,
      facts={"letter": [C("write", subj=ch("~son|~daughter|~friend|@"))]},
      actions=[
    A("write", modes="past fut", times="week", who=["Tom", "Mary", "John", "Alice", "I",
                                                    "she", "he"],
      obj=ch("a letter|a long letter|a short letter"), adj=["to @"],
      links=[L("but", C("read", subj="$P", obj="$O", neg=True), modes="past"),
             L("because", C("be_state", subj="$P", state="sad"), modes="past")]),
    A("read", modes="past", obj="the letter", force="obj", times="none",
      links=[L("and", C("be_state", state="happy", degree="very")),
             L("and", C("give", obj="$O", to=ch("~father|~mother|@"))),
             L("but", C("understand", obj="$O", neg=True))]),
])

frame("temperature", neighbours=False, who=ADULT + ["the children"], actions=[
    A("close", modes="past", obj="the window", times="none",
      links=[L("because", C("be_state", state="cold", degree=[None, "very"]))]),
    A("open", modes="past", obj="the window", times="none",
      links=[L("because", C("be_state", state="hot", degree=[None, "very"]))]),
    A("be_state", modes="habit", times="none", state="cold", degree="very", weight=0.5,
      who=["the children", "I", "we"], adj=[ch("in ~room|in the kitchen")],
      links=[L("because", C("be_state", subj="the window", state="open"))]),
    A("swim", modes="past", adj=[ch("in the sea|in the lake|in the river")],
      who=GROUP + ["the children"],
      links=[L("because", C("be_state", subj="the water", state="cold",
                            degree=["too", "very"]), neg=True),
             L("because", C("be_state", state="hot", degree="very"))]),
])

frame("park", who=KID, facts={
    "children": [C("live", adj=[ch("in our street|near the park")])],
    "boys": [C("live", adj=[ch("in our street|near the park")])],
    "girls": [C("live", adj=[ch("in our street|near the park")])]}, actions=[
    A("play", modes="past", adj=[ch("in the park|in the garden"),
                                 ch("|with ~friends|with ~dog")],
      links=[L("when", C("come_home", subj="~home", adj=["home"]),
               modes="past", prog=True,  # at home when a parent comes home
               main={"adj": ["in the garden", ch("|with ~friends|with ~dog")]})]),
    A("play", modes="past", adj=["in the park", ch("with ~friends|with ~dog")],
      times={"past": ["yesterday"]},
      links=[L("and", C("come_home", adj=["home", "late*"]))]),
    A("walk", modes="habit past", who=ADULT + ["the man", "the woman"],
      adj=["in the park", "with ~dog"],
      links=[L("when", C("call", subj="@", obj="$S"), prog=True, modes="past"),
             L("and", C("see", obj=ch("~friend|@|~teacher")), modes="past"),
             L("and", C("see", obj=ch("~friend|~teacher|~brother|~sister")), modes="past",
               long=True, who=["the man", "the woman"])]),
    A("find", modes="past", who=KID + ADULT, obj=ch("a small dog|a black cat|a white cat"),
      adj=[ch("in the park|in the street|in the garden")], times="none",
      links=[L("and", C("carry", obj="$O", adj=["home"])),
             L("and", C("give", obj="$O", to=ch("the children|the boy|the girl"),
                        rel={"to": NEIGHBOUR}), long=True)]),
])

frame("sport", who=KID + ADULT, facts={
    "boy": [C("live", adj=[ch("in our street|near the park")])],
    "girl": [C("live", adj=[ch("in our street|near the park")])]}, actions=[
    A("play_sport", sport=ch("football|tennis"), modes="habit past fut",
      adj=[["", "in the park"], ["", "with ~friends"]],
      links=[L("and", C("win", obj=["", "the game"]), modes="past"),
             L("but", C("lose"), modes="past"),
             L("because", C("be_state", state=ch("tired|sick")), neg=True,
               modes="past fut"),
             L("when", C("be_state", state="free"), modes="habit")]),
])

frame("music", neighbours=False,
      facts={"song": [C("write", subj=ch("@|~friend|~sister"))]}, actions=[
    A("sing_intr", modes="habit past", who=ADULT + KID,
      adj=[ch("in the kitchen|in the garden|in ~room")], times="none",
      links=[L("when", C("be_state", state="happy"), modes="habit"),
             L("when", C("come_home", subj="~home", adj=["home"]),
               modes="past", prog=True)]),
    A("write", modes="past fut", times="week", obj="a song",
      adj=[ch("for ~mother|for @|for ~daughter|for ~sister")],
      links=[L("and", C("sing", obj="$O", adj=["for $F"])),
             L("and", C("be_state", subj="$F", state="happy", degree="very"),
               modes="past")]),
    A("listen", modes="past", obj="the song", force="obj", times="none", who=GROUP,
      links=[L("and", C("dance", adj=[ch("in the garden|in the kitchen")]))]),
    A("dance", modes="past", who=GROUP, times={"past": ["yesterday", "last week"]},
      adj=[ch("in the garden|at the restaurant"),
                                            ch("with ~friends|with ~family")],
      links=[L("because", C("be_state", state="happy", degree="very"))]),
])

frame("presents", actions=[
    A("buy", modes="past", obj=GIFTS,
      adj=[ch("for ~sister|for ~mother|for ~son|for ~daughter|for @")],
      links=[L("and", C("give", obj="$O", to="$F", adj=[T("tomorrow|this evening")],
                        tense="f")),
             L("but", C("like", subj="$F", obj="$O", neg=True, fr_tense="pc")),
             L("and", C("be_state", subj="$F", state="happy", degree="very"))]),
    A("give", modes="past", obj=GIFTS, to=ch("~daughter|~son|~mother|~sister|@"),
      links=[L("and", C("be_state", subj="$T", state="happy", degree="very"))]),
    A("make", modes="past", who=["the children", "we", "my daughter", "my son"],
      obj="a cake", adj=[ch("for ~mother|for ~father|for ~teacher")], times="none",
      links=[L("and", C("be_state", subj="$F", state="happy", degree="very")),
             L("and", C("eat", subj="$F", obj="$O", adj=[ch("with ~F friends|")])),
             L("and", C("eat", subj="$F", obj="$O", adj=["with ~F friends"]), long=True,
               who=["the children", "the boys", "the girls"])]),
])

frame("moving", who=ADULT + GROUP, neighbours=False, actions=[
    A("live", modes="past", fr_tense="pc",
      adj=[[("in London", "English"), ("in Paris", "French")],
           ch("T:for 2 year|T:for 3 year|T:for 10 year")],
      links=[L("and", C("learn", obj="$A")),
             L("when", C("be_state", state="young"))]),
    A("leave_place", modes="fut past", times="year", obj="this town",
      links=[L("because", C("work", subj=ch("~father|$S|~mother"),
                            adj=[ch("in London|in Paris")], tense="f"), modes="fut"),
             L("and", C("live", adj=[ch("in London|in Paris"), "T:now"], tense="p"),
               modes="past"),
]),
    A("leave_place", modes="fut past", times="year", obj="~old house",
      links=[L("because", C("be_state", subj="$O", state="small", degree="too"))]),
    A("buy", modes="past fut", times="year",
      obj=[("a new car", "~old car"), ("a new house", "~old house")],
      links=[L("because", C("be_state", subj="$A", state="small", degree="too")),
             L("and", C("sell", obj="$A")),
             L("and", C("give", obj="$A", to=ch("~son|~daughter|~brother|~sister"),
                        rel={"to": C("live", adj=[ch("in London|in Paris")])}),
               long=True, main={"obj": [("a new car", "~old car")]},
               who=SINGLE + ["Tom & Mary", "John & Alice"])]),
])

frame("languages", neighbours=False, who=STUDENT, actions=[
    A("learn", modes="now", times="none",
      obj=[("French", "Paris"), ("English", "London")],
      links=[L("because", C("live", adj=["in $A", "T:next year"], tense="f")),
             L("because", C("want_inf", inner=C("work", adj=["in $A"])))]),
    A("learn", modes="past", times="none",
      obj=[("French", "Paris"), ("English", "London")],
      links=[L("when", C("live", adj=["in $A"]))]),
    A("learn", modes="past", times="none",
      obj=[("French", "Paris"), ("English", "London")], adj=["in $A"], weight=0.5,
      links=[L("when", C("be_state", state="young"))]),
    A("speak", modes="habit", times="none",
      obj=[("French", "Paris"), ("English", "London")],
      links=[L("because", C("live", adj=["in $A", ch("T:for 2 year|T:for 3 year")],
                            tense="past", fr_tense="pc"))]),
])

frame("cleaning", neighbours=False, who=ADULT + KID, actions=[
    A("clean", modes="past fut now", obj=ch("the kitchen|the house|~room"),
      links=[L("because", C("come", subj=ch("~friends|~mother|@"), adj=T("this evening"),
                            prog=True), modes="now", notime=True),
             L("because", C("come", subj=ch("~friends|~mother|@"), prog=True,
                            fr_tense="i"), modes="past"),
             L("and", C("wash", obj=ch("the windows|the car")), modes="past fut"),
             L("but", C("do", chore="dishes", neg=True), modes="fut"),
             L("because", C("be_state", subj="~mother", state="angry"), modes="past")]),
    A("do", chore="dishes", modes="habit", times="evening", who=["my son"], weight=0.3,
      links=[L("and", C("clean", subj="my daughter", obj="the kitchen"))]),
    A("do", chore="dishes", modes="habit", times="evening", who=["my brother"], weight=0.3,
      links=[L("and", C("clean", subj="my sister", obj="the kitchen"))]),
    A("wash", modes="habit", times="week", obj="~car", who=["my son", "Tom", "John",
                                                             "my brother"], weight=0.5,
      links=[L("but", C("clean", obj="~room", adv="never"))]),
])

frame("lost things", who=SINGLE, neighbours=False, actions=[
    A("lose", modes="past", obj=ch("~key|~phone|~bag|~ticket"),
      adj=[ch("at the station|in the park|at the restaurant|at the library")],
      links=[L("but", C("find", subj=ch("a man|a woman|~friend"), obj="$O")),
             L("but", C("find", subj=ch("the man|the woman|the boy|the girl"), obj="$O",
                        adj=[T("this morning|in_the evening")],
                        rel={"subj": NEIGHBOUR}), long=True, notime=True),
             L("and", C("be_state", state="sad", degree="very"))]),
    A("open", modes="habit past", obj=ch("the door|~car"), times={"habit": [], "past": []},
      links=[L("because", C("lose", obj="~key", perf=True), neg=True, main={"mod": "poss"},
               modes="habit"),
             L("because", C("lose", obj="~key"), neg=True, main={"mod": "poss"},
               modes="past")]),
    A("find", modes="past", obj=ch("~key|~phone|~ticket"), adj=["under the bed"],
      times="none",
      links=[L("when", C("clean", obj="~room", prog=True, fr_tense="i")),
             L("and", C("be_state", state="happy", degree="very"))]),
    A("find", modes="past", obj=ch("~key|~phone|~ticket"), adj=["in the car"], times="none",
      links=[L("when", C("wash", obj="$P", prog=True, fr_tense="i"))]),
    A("give", modes="past", who=["the man", "the woman", "the boy", "the girl"],
      force="subj", obj="$R", to=ch("my mother|my father|my son|my sister"), times="none",
      links=[L("and", C("be_state", subj="I", state="happy", degree="very"))],
      facts=[C("find", obj=ch("my phone|my bag|my key"), tense="past")]),
])

frame("station", actions=[
    A("wait", modes="past fut", obj=ch("~sister|~mother|@f"), adj=["at the station"],
      times={"past": ["yesterday", "this morning"], "fut": ["tomorrow", "this evening"]},
      links=[L("and", C("carry", obj="~O bag")),
             L("and", C("carry", obj="~O bag", adj=["to ~car"]), long=True,
               who=["the man", "the woman", "the man", "the woman", "my father", "Tom"])]),
    A("wait", modes="past fut", obj=ch("~sister|~friend|~mother|@|~brother"),
      adj=["at the station"],
      times={"past": ["for 2 hour", "yesterday"], "fut": ["tomorrow"]},
      links=[L("because", C("arrive", subj="the train", adj=["late"]), modes="past"),
             L("when", C("call", subj="$O", obj="$S"), modes="past", prog=True),
             L("but", C("come", subj="$O", neg=True), modes="past")]),
])

frame("film", neighbours=False, who=GROUP + ["the children"], actions=[
    A("watch", modes="past fut", obj="a film",
      times={"past": ["yesterday", "last week"], "fut": ["this evening", "tomorrow"]},
      adj=[["at home", ""], ["", "with ~children", "with ~friends"]],
      links=[L("but", C("be_state", subj="$O", state="long", degree=["too", "very"]),
               modes="past"),
             L("but", C("be_state", subj="$O", state="bad", degree="very"), modes="past"),
             L("when", C("come_home", subj="~home", adj=["home"]),
               prog=True, modes="past", main={"adj": [["", "with ~children"]]}),
             L("because", C("be_state", state="tired", degree="very"), neg=True,
               main={"obj": "the film"})]),
    A("like", modes="past", obj="the film", force="obj", fr_tense="pc", times="none",
      who=KID + ["my mother", "my father", "my sister", "Mary", "Tom", "John", "Alice"],
      facts=[C("watch", subj="we", adj=[T("yesterday|last week")])],
      links=[L("because", C("be_state", subj="$O", state="long", degree="too"), neg=True)]),
])

frame("bedtime", neighbours=False,
      who=["the baby", "my son", "the children", "my daughter"], actions=[
    A("sleep", modes="past now", adj=[["", "in ~room"]], times="none",
      links=[L("when", C("come_home", subj="~home", adj=["home"]),
               prog=True, modes="past"),
             L("because", C("be_state", state="tired", degree="very"), modes="now")]),
])

frame("holiday", neighbours=False, who=GROUP, actions=[
    A("go", modes="past fut", times="year", adj=["to the sea"],
      links=[L("and", C("swim", subj=ch("$S|~children"), adj=["T:every day"], fr_tense="i"),
               modes="past")]),
    A("go", modes="past fut", times="year",
      adj=[[("to France", "French"), ("to England", "English")]],
      links=[L("because", C("want_inf", inner=C("learn", obj="$A")))]),
])

# ----- words the other scenes do not say (version 2.5) ----------------------------------
# The course's core vocabulary (tests/test_corpus.py: CORE) needs each word in at least five
# training sentences; before 2.5 the grammar's short sentences carried the rarer ones.
AGES = list(range(6, 20))
MINUTES = [10, 15, 20, 30]  # round waits: not "for fourteen minutes" (2.5 audit)

frame("tastes", neighbours=False, who=ADULT + KID, actions=[
    A("love_thing", modes="habit", times="none",
      obj=[("generic fish", "generic cheese"), ("generic cheese", "generic fish"),
           ("generic cake", "generic eggs"), ("generic apples", "generic soup")],
      links=[L("but", C("hate", obj="$A"))]),
    A("hate", modes="habit", times="none",
      obj=[("generic fish", "generic meat"), ("generic milk", "generic tea"),
           ("generic coffee", "generic tea")],
      links=[L("but", C("love_thing", obj="$A"))]),
    A("cook", modes="past fut", obj="a fish", adj=["for ~children"], who=PARENT,
      links=[L("because", C("love_thing", subj="$F", obj="generic fish"), tense="p")]),
])

frame("countryside", neighbours=False, who=GROUP + ["the children"], actions=[
    A("see", modes="past", obj=ch("some cows|a cow|some horses"), adj=["near the river"],
      times={"past": ["yesterday", "last week"]},
      links=[L("and", C("take", obj=ch("a picture|some pictures")))]),
    A("hear", modes="past", obj=ch("the baby|a dog|a bird"), times="day",
      links=[L("but", C("see", obj="$O", neg=True))]),
    A("go", modes="past fut", times="year", adj=[ch("to France|to England"), "by boat"],
      links=[L("because", C("want_inf", inner=C("see", obj="the sea")))]),
    A("stop", who=["the train", "our train"], modes="past", adj=["near the river"],
      times="none", links=[L("and", C("see", subj="we", obj="some boats"))]),
])

frame("class", neighbours=False, who=STUDENT, actions=[
    A("teach", who=["my mother", "my father", "Alice", "John", "my sister"], modes="habit",
      times="none", obj=[("French", "Paris"), ("English", "London")],
      links=[L("because", C("live", adj=["in $A", ch("T:for 10 year|T:for 8 year")],
                            fr_tense="pc"), tense="past")]),
    A("know", modes="past", obj="the answer", times="none",
      links=[L("because", C("be_state", subj="the question", state="easy"))]),
    A("be_state", state="right", modes="past", times="none",
      links=[L("because", C("know", obj="the answer"))]),
    A("be_state", state="wrong", modes="past", times="none",
      links=[L("because", C("understand", obj="the question", neg=True))]),
    A("stand", modes="past", who=["the students", "the children", "we"],
      adj=["near the door"], links=[L("and", C("wait", obj="~teacher"))]),
    A("start", who=["the film", "the game"], modes="past", adj=["late"], times="none",
      links=[L("and", C("go_home", subj="we", adj=["home", "late*"]))]),
])

frame("errands", who=ADULT, actions=[
    A("take", modes="habit", times="morning", obj=ch("the bus|the train"),
      links=[L("because", C("have", obj="no car"))]),
    A("take", modes="past", obj="the first train", times={"past": ["this morning"]},
      links=[L("because", C("want_inf", neg=True, inner=C("be_state", state="late")))]),
    A("pay", modes="past", obj=ch("the bread|the apples|the tickets|the shoes"),
      links=[L("and", C("leave_place", obj="the shop"))]),
    A("forget", modes="past", obj=ch("~key|~phone|~bag|~ticket"), adj=["at home"],
      times={"past": ["this morning", "yesterday"]},
      links=[L("because", C("be_state", state="tired", degree="very"))]),
    A("remember", modes="habit", times="none", obj="the film",
      links=[L("because", C("watch", obj="$O", adj=["T:last week"]), tense="past")]),
    A("wait", modes="past", obj="the bus",
      adj=[[f"T:for {n} minute" for n in MINUTES] + ["T:for 1 hour"]],
      time_p=0, links=[L("but", C("come", subj="$O", neg=True))]),
    A("run", modes="past", adj=["to the station"], times="day",
      links=[L("because", C("be_state", state="late"))]),
    A("cook_intr", modes="past", neg=True, times="day",
      links=[L("because", C("have", obj="no time"))]),
    A("eat", modes="past fut", adj=["at the restaurant", ch("T:after film|T:before film")],
      time_p=0, who=GROUP, links=[L("because", C("want_inf", neg=True, inner=C("cook_intr")))]),
])

frame("growing up", neighbours=False, who=KID, actions=[
    A("be_age", modes="habit", times="none", age=AGES, who=[k for k in KID if k not in (
        "the children", "the boys", "the girls", "our children")],
      links=[L("and", C("swim", mod="poss"))]),
    A("be_state", modes="habit", state="ready", times="none",
      who=["the children", "my son", "my daughter", "we"],
      links=[L("because", C("want_inf", inner=C("go", adj=["to the park"])))]),
    A("be_state", modes="past", state=ch("poor|rich"), degree="very", times="none",
      who=["my father", "my mother", "Tom", "Mary"],
      links=[L("when", C("be_state", state="young"))]),
    A("sleep", who=["the dog", "the cat"], modes="past", adj=["in ~bed"], times="none",
      links=[L("when", C("come_home", subj="@", adj=["home"]), prog=True)]),
    A("read", modes="habit", obj="a book", adj=["in ~room"], times={"habit": ["at_night"]},
      links=[L("because", C("sleep", mod="poss", neg=True))]),
])

# ----- the draw ----------------------------------------------------------------------------
FREQ = ["often", "always", "sometimes"]
STATIVE_TIMES_OK = {"be_state", "be_place"}


def _times(action, mode):
    spec = action["times"]
    if isinstance(spec, dict):
        return spec.get(mode, [])
    return TIMES[spec][mode]


def _register(ctx, main):
    ctx.refs["S"] = main["subj"]
    for role, key in (("obj", "O"), ("to", "T")):
        if main.get(role) is not None:
            ctx.refs[key] = main[role]
    for a in main["adjuncts"]:
        if a[0] == "for":
            ctx.refs["F"] = a[1]
        elif a[0] == "with":
            ctx.refs["W"] = a[1]
        elif a[0] == "place":
            ctx.refs["P"] = a[2]


def _relative(rng, ctx, frame_, action, main, link):
    """At most one identifying relative clause, from the scene's facts (the subject's was
    added before the main clause was built when the action forces it). A long draw says
    one whenever it can."""
    second_rel = bool(link and link["clause"].get("rel"))
    if action["force"] == "subj":
        return not second_rel  # not a second relative in the second clause
    facts = frame_["facts"]
    subj = main["subj"]
    if subj[0] == "N" and subj[1] in ("man", "woman") and subj[2] == "the" and (
            fact_name(subj) not in facts):
        return False  # "The man went to the restaurant": which man?
    slots = []
    for role in ("subj", "obj", "to"):
        ent = main.get(role)
        if ent is not None and ent[0] == "N" and ent[2] == "the" and not ent[6] and (
                fact_name(ent) in facts):
            slots.append((role, ent))
    for i, a in enumerate(main["adjuncts"]):
        if a[0] == "place" and a[2][0] == "N" and a[2][2] == "the" and a[2][1] in facts:
            slots.append((i, a[2]))
    if action["force"]:
        slots = [s for s in slots if s[0] == action["force"]]
        if not slots:
            return False
    elif any(s[0] == "subj" and s[1][1] in ("man", "woman") for s in slots):
        if second_rel:
            return False  # "The man who ... gave it to the girl who ...": one relative
        slots = [s for s in slots if s[0] == "subj"]  # "the man" is said with who he is
    elif link is None:  # a clause alone (scene_clause): a relative now and then, never on
        # its subject: "When did the teacher who lives near the park help the students?"
        # names someone for nothing (2.6 audit)
        slots = [s for s in slots if s[0] != "subj"]
        if not slots or rng.random() > 0.15:
            return True
    elif link["who"]:
        slots = [s for s in slots if s[0] == "subj"]  # the subjects chosen for a relative
        if not slots:
            return False
    elif link["clause"].get("rel"):
        return True  # one relative is enough: "... gave it to the girl who lives near ..."
    elif not slots or rng.random() > (0.9 if link["long"] else 0.55):
        return True
    role, ent = slots[rng.randrange(len(slots))]
    fact = ctx.pick(action["facts"] or facts[fact_name(ent)])
    new = with_relative(ctx, ent, fact, main["subj"])
    if isinstance(role, int):
        main["adjuncts"][role] = main["adjuncts"][role][:2] + (new,)
        # what follows the relative would read as its own: "the restaurant that Alice
        # likes with our friends"
        main["adjuncts"] = main["adjuncts"][:role + 1]
    else:
        main[role] = new
        if role != "subj":
            main["adjuncts"] = []
    _register(ctx, main)
    return True


ACTIONS = [(f, a) for name in sorted(FRAMES) for f in [FRAMES[name]] for a in f["actions"]]
LONG_ACTIONS = [(f, a) for f, a in ACTIONS if any(lk["long"] for lk in a["links"])]


def _pick_action(rng, long):
    # a scene, as often as it has actions: small scenes would repeat themselves; an action
    # that varies little is drawn less often
    actions = LONG_ACTIONS if long else ACTIONS
    r = rng.random() * sum(a["weight"] for _, a in actions)
    for frame_, action in actions:
        r -= action["weight"]
        if r < 0:
            return frame_, action
    return actions[-1]


def _add_time(rng, ctx, action, main, mode, p):
    """With probability ``p``, a time that fits the mode, or "often"/"always"/"sometimes"
    for a habit."""
    options = _times(action, mode)
    if options and rng.random() < p:
        t = ctx.pick(options)
        if t == "ADV":
            if not main.get("neg") and not main.get("mod"):
                main["adv"] = ctx.pick(FREQ)
        else:
            main["adjuncts"].append(("time", t))


def _clause(rng: random.Random, modes: tuple[str, ...]):
    """One clause of one scene, alone: (clause, mode, ctx) or None to draw again."""
    frame_, action = _pick_action(rng, False)
    # a mode in which the action is said without the help of its second clause: not "My
    # daughter plays football today", written for "... can't ... because she must ..."
    usable = [m for m in action["modes"] if m in modes and any(
        m in lk["modes"] and not (lk["neg"] or lk["prog"] or lk["main"] or lk["long"])
        for lk in action["links"])]
    if not usable:
        return None
    mode = usable[rng.randrange(len(usable))]
    ctx = Ctx(rng)
    subj = parse_ent(ctx.pick(action["who"] or frame_["who"]), ctx)
    if action["force"] == "subj":
        subj = with_relative(ctx, subj, ctx.pick(action["facts"] or frame_["facts"][
            fact_name(subj)]), subj)
    elif subj[0] == "N" and subj[1] in ("man", "woman") and subj[2] == "the":
        # alone, "the man" would need a relative to say which, and "The man who lives near
        # the school waited for the bus." says it for nothing (2.6 audit)
        return None
    ctx.refs["S"] = subj
    tpl = dict(action["tpl"])
    if action.get("fr_tense"):
        tpl["fr_tense"] = action["fr_tense"]
    main = build(tpl, ctx, subj, TENSE[mode], mode)
    if mode == "now" and not main.get("prog") and not VERBS[main["verb"]].stative:
        return None  # not "Tom calls his friend now"
    _register(ctx, main)
    if not any(a[0] == "time" for a in main["adjuncts"]) and "adv" not in main:
        p = 1.0 if mode == "habit" else 0.6  # alone, a habit says how often
        _add_time(rng, ctx, action, main, mode, p if action["time_p"] is None
                  else action["time_p"])
    if not _relative(rng, ctx, frame_, action, main, None):
        return None
    if nonsense({"kind": "simple", "main": main}):
        return None
    return main, mode, ctx


def scene_clause(rng: random.Random,
                 modes: tuple[str, ...] = ("habit", "past", "fut", "now")) -> tuple:
    """One clause of one scene, alone, in one of ``modes`` ("habit": the simple present of a
    habit, "past", "fut", "now": the present progressive): (clause dict, mode). Since
    version 2.5 the short statements, questions and reported clauses come from here."""
    for _ in range(200):
        try:
            out = _clause(rng, modes)
        except Reject:
            continue
        if out is not None:
            return out[0], out[1]
    raise RuntimeError(f"no clause in modes {modes}")


def _draw(rng: random.Random, long: bool):
    frame_, action = _pick_action(rng, long)
    usable = [lk for lk in action["links"] if lk["long"] == long]
    modes = [m for m in action["modes"] if any(m in lk["modes"] for lk in usable)]
    if not modes:
        raise ValueError(action)
    mode = modes[rng.randrange(len(modes))]
    links = [lk for lk in usable if mode in lk["modes"]]
    link = links[rng.randrange(len(links))]
    ctx = Ctx(rng)
    who = link["who"] or action["who"] or frame_["who"]
    subj = parse_ent(ctx.pick(who), ctx)
    if action["force"] == "subj":  # "The man who found my phone gave it to me"
        subj = with_relative(ctx, subj, ctx.pick(action["facts"] or frame_["facts"][
            fact_name(subj)]), subj)
    ctx.refs["S"] = subj
    tense = TENSE[mode]
    tpl = dict(action["tpl"], **link["main"])
    if action.get("fr_tense"):
        tpl["fr_tense"] = action["fr_tense"]
    main = build(tpl, ctx, subj, tense, mode)
    if link["neg"]:
        main["neg"] = True
        main.pop("prog", None) if mode != "now" else None
    if link["prog"]:
        main["prog"] = True
        if not VERBS[main["verb"]].stative:
            main["fr_tense"] = "i"
    _register(ctx, main)
    # a time that fits the mode
    if not any(a[0] == "time" for a in main["adjuncts"]) and "adv" not in main and (
            not link["notime"]):
        p = 0.85 if mode == "habit" else 0.75
        if action["time_p"] is not None:
            p = action["time_p"]
        if link["prog"]:
            p = 0  # "was cooking when her son came home": the "when" says when
        elif link["conj"] == "when":
            p = 0.25
        elif long:
            p = 0.95
        _add_time(rng, ctx, action, main, mode, p)
    if not _relative(rng, ctx, frame_, action, main, link):
        return None
    # the second clause
    second_tpl = dict(link["clause"])
    ctx.self_ent = subj
    subj2 = parse_ent(second_tpl.pop("subj", "$S"), ctx)
    conj = link["conj"]
    if link["tense"]:
        tense2 = link["tense"]
    elif conj in ("and", "but"):
        tense2 = tense
    else:
        tense2 = "past" if mode == "past" else "p"
    second = build(second_tpl, ctx, subj2, tense2, mode if conj in ("and", "but") else None)
    if conj == "when" and mode == "fut":
        second["fr_tense"] = "f"
    if second.get("prog") and mode == "now" and conj in ("and", "but") and (
            VERBS[second["verb"]].stative):
        second.pop("prog")
    if ambiguous(main, second):
        return None
    a, b = main["subj"], second["subj"]
    if a[0] == b[0] == "N" and a[1] == b[1] and not same_referent(a, b):
        return None  # "The man who ... lost his bag but a man found it"
    kind = "coord" if conj in ("and", "but") else "sub"
    spec = {"kind": kind, "conj": conj, "main": main, "second": second,
            "scene": frame_name(frame_)}
    if nonsense(spec):
        return None
    return spec


def frame_name(frame_: dict) -> str | None:
    """The name of a scene (a value of FRAMES)."""
    return next((name for name, f in FRAMES.items() if f is frame_), None)


# The share of draws made long on purpose (a relative, a time and a second clause with its
# own object or reason): with the draws that come out long anyway, about 7% of the
# sentences have 20 words or more.
LONG_SHARE = 0.065


def scene_sentence(rng: random.Random, long: bool | None = None,
                   keep_scene: bool = False) -> dict:
    """A sentence spec of grammar.long_sentence's format drawn from one scene. ``long``:
    True for a long draw (mostly 20 words or more), False for an ordinary one, None to
    draw a long one with probability LONG_SHARE. ``keep_scene``: the spec keeps the
    scene's name under "scene" (for diagnostics; realise ignores it)."""
    if long is None:
        long = rng.random() < LONG_SHARE
    for _ in range(100):
        try:
            spec = _draw(rng, long)
        except Reject:
            continue
        if spec is not None:
            if not keep_scene:
                spec.pop("scene")
            return spec
    raise RuntimeError("no sentence")
