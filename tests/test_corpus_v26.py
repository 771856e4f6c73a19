"""Corpus version 2.6: the faults the 2.5 audit and review found, each fixed at its cause in
the generator. Each test names the finding it guards and would fail on version 2.5."""

from __future__ import annotations

import re

import pytest
from corpus_specs import draw_pairs as _draw

from rnnbook.corpus.generator import everyday, short_kinds
from rnnbook.corpus.generator.grammar import if_sentence
from rnnbook.corpus.generator.scenes import GIFTS, scene_sentence

KIN = "mother|father|sister|brother|son|daughter"
CHILD_SUBJECTS = r"^(The children|The boys|The girls|Our children|My son|My daughter|Our son" \
    r"|Our daughter|The boy|The girl)\b"




@pytest.fixture(scope="module")
def scenes():
    return _draw(scene_sentence, 3000, 26)


@pytest.fixture(scope="module")
def short():
    return _draw(everyday.short, 3000, 27)


def test_a_meal_for_visitors_is_not_for_ones_own_children(scenes):
    """2.5 audit (5 of 7 long flags): "cooked some soup for his children because his mother
    and his father were coming from London with their children"."""
    visits = [e for e, _, _ in scenes if "were coming from" in e]
    assert len(visits) >= 5
    for english in visits:
        assert not re.search(r"\bfor (my|his|her|our|their|your) (children|son|daughter|family)"
                             r"\b.*because", english), english
        assert "with their children" not in english, english


def test_children_do_not_cook_for_their_children(scenes):
    """2.5 audit: "our children cooked a fish for their children"."""
    for english, _, _ in scenes:
        if re.search(CHILD_SUBJECTS, english):
            assert not re.search(r"\bcook\w* .*\bfor (his|her|their) children\b", english), \
                english


def test_no_one_visits_or_serves_their_own_kin_noun(scenes, short):
    """2.5 audit: "My sister has visited our sister."."""
    for english, _, _ in scenes + short:
        match = re.match(rf"^My ({KIN})\b", english)
        if match:
            kin = match.group(1)
            assert not re.search(rf"\b(our|his|her) {kin}\b", english), english


def test_who_questions_do_not_keep_a_plural_owner():
    """2.5 audit: "Who has made a cake for their mother?" -> *leur mère* (who is singular)."""
    questions = [(e, f) for e, f, spec in _draw(short_kinds.wh_question, 3000, 28)
                 if spec["main"]["int"] == "wos"]
    assert len(questions) > 300
    for english, french in questions:
        assert not re.search(r"\bleurs?\b", french), (english, french)


def test_negative_imperatives_keep_their_verb(short):
    """2.5 review: "Don't the dishes.", "Don't your homework." (4 pairs)."""
    negatives = [e for e, _, spec in short if spec.get("main", {}).get("imp")
                 and spec["main"].get("neg")]
    assert len(negatives) > 10
    for english in negatives:
        assert not re.search(r"\b(Don't|Do not) (the|your|my|a|some|his|her)\b", english), \
            english


def test_gifts_suit_anyone():
    """2.5 audit: "a green dress" bought for a son."""
    assert not any(re.search(r"\b(dress|skirt)\b", gift) for gift in GIFTS)


def test_what_one_hands_over_is_something_one_hands():
    """2.5 audit: "Children, give a shoe to me."."""
    handed = {noun for noun, _ in everyday.HANDED}
    drawn = _draw(everyday.pronoun_imperative, 400, 29)
    given = [spec for _, _, spec in drawn if spec["main"]["verb"] in ("give", "bring")]
    assert len(given) > 30
    for spec in given:
        assert spec["main"]["obj"][1] in handed, spec


def test_people_compared_are_not_babies():
    """2.5 audit: "Tom is happier than this baby"."""
    for english, _, _ in _draw(everyday.compare, 600, 30):
        assert "baby" not in english, english


def test_waits_are_round_and_numbers_come_in_counts(scenes, short):
    """2.5 audit: "We waited for the bus for fourteen minutes"; the numbers six to twenty
    come in counts instead ("There are fourteen chairs in the kitchen.")."""
    for english, _, _ in scenes + short:
        for minutes in re.findall(r"for (\w+) minutes", english):
            assert minutes in ("ten", "fifteen", "twenty", "thirty"), english
    counted = [e for e, _, _ in _draw(everyday.there_is, 1500, 31)
               if re.search(r"\b(six|seven|eight|nine|eleven|twelve|thirteen|fourteen|fifteen"
                            r"|sixteen|seventeen|eighteen|nineteen|twenty) (chairs|children)\b",
                            e)]
    assert len(counted) > 20
    for english in counted:
        assert not re.search(r"\bin (the|my|his|her|our|their|your) (car|house)\b", english), \
            english


def test_if_conditions_are_not_traits():
    """2.5 audit: "We'll help Tom if we're kind"."""
    for english, _, spec in _draw(if_sentence, 400, 32):
        assert not re.search(r"\bif .* kind\b", english), english
        assert spec["main"]["verb"] != "help", english


# ----- found by the first reading of a 2.6 build (three readers; fixed before shipping) -----
def test_a_parents_child_is_said_as_the_speakers_kin(scenes, short):
    """2.6 pre-release audit (6 of 11 flags): "My father bought a bag for his daughter" (one
    says "for my sister"); "My friends ... want to visit their brother with their daughter"."""
    for english, _, _ in scenes + short:
        if re.search(r"\b(knows|thinks|says|knew|thought|said|told \w+) that\b", english):
            continue  # "My mother knows that the woman ... bought a picture for her daughter"
        assert not re.search(r"^(My|Your|Our) (father|mother)\b.*\b(his|her) "
                             r"(son|daughter|children)\b", english), english
        assert not re.search(r"^My friends\b.*\btheir (mother|father|sister|brother|son"
                             r"|daughter)\b", english), english


def test_if_sentences_say_a_need_and_its_remedy():
    """2.6 pre-release audit: "My daughter will drink the good tea with milk if she is
    thirsty", "The old man will not go to the new school if he is busy"."""
    from rnnbook.corpus.generator.grammar import IF_VERBS

    for english, _, spec in _draw(if_sentence, 400, 33):
        if spec["kind"] == "sub":
            assert spec["main"]["verb"] in IF_VERBS, english
            assert not re.search(r"\b(the|this|that) \w+ \w+ (with|if)\b", english), english


def test_who_is_asks_about_the_listeners_people():
    """2.6 pre-release audit: "Who was my teacher?"."""
    for english, _, _ in _draw(everyday.be_question, 1500, 34):
        assert not re.match(r"^Who (is|was) (my|our)\b", english), english


def test_a_persons_things_have_one_owner():
    """2.6 pre-release audit: "This is not our dress."."""
    for english, _, _ in _draw(everyday.this_is, 1500, 35):
        match = re.search(r"\b(our|their) (\w+?)s?\.$", english)
        if match:
            assert match.group(2) in everyday.SHARED_THINGS, english


def test_people_are_compared_with_someone_one_knows():
    """2.6 pre-release audit: "Their friend is more tired than the student."."""
    for english, _, spec in _draw(everyday.compare, 600, 36):
        if spec.get("people"):
            assert not re.search(r"than (the|this|that|a|an) ", english), english
