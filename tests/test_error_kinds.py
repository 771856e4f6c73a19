"""The failure taxonomy of Chapter 11: each kind found on a made-up case, and its limits."""

from __future__ import annotations

import doctest

import pytest

from rnnbook.corpus.french_forms import Analysis, french_analyses
from rnnbook.seq2seq import error_kinds
from rnnbook.seq2seq.error_kinds import (
    ERROR_KINDS,
    classify_error,
    closest_reference,
    is_truncation,
    word_relation,
)


@pytest.fixture(scope="module")
def table():
    return french_analyses()


def kind(output, references, table, **options):
    found = classify_error(output.split(), [r.split() for r in references], table, **options)
    return None if found is None else found.kind


@pytest.mark.parametrize(
    ("output", "reference", "expected"),
    [
        ("le chien mange la pomme .", "le chien mange la pomme .", None),
        ("la chien mange .", "le chien mange .", "agreement"),
        ("le chien mangent .", "le chien mange .", "agreement"),
        ("nous sommes partie .", "nous sommes partis .", "agreement"),
        ("le chien mangeait .", "le chien mange .", "tense"),
        ("le chien a mangé .", "le chien mangeait .", "tense"),
        ("il avait faim .", "il a faim .", "tense"),
        ("le chat mange .", "le chien mange .", "wrong word"),
        ("le chien .", "le chien mange .", "omission"),
        # Cut short with the wrong final mark: still words left out (as is_truncation says).
        ("cet ami va chez moi ?", "cet ami va chez moi aujourd'hui .", "omission"),
        ("le chien ?", "le chat .", "wrong word"),
        ("le chien mange mange .", "le chien mange .", "repetition"),
        ("le chien mange souvent .", "le chien mange .", "addition"),
        ("le chat a un chat a un .", "le chat a un ami gentil .", "repetition"),
        ("il a mangé mangé .", "il a mangé la pomme .", "repetition"),
        # Spans of unequal length: the first pair decides when it is related.
        ("deux beau beau vélos .", "deux beaux billets .", "agreement"),
        ("il mangeait la pomme .", "il a mangé la pomme .", "tense"),
        # A determiner or pronoun in another form: the words after it decide.
        ("les poissons mangent .", "le poisson mange .", "agreement"),
        ("le chien noir mange .", "la vache mange .", "wrong word"),
        ("sa chaise .", "son lit .", "wrong word"),
        ("un grand chien dort .", "une grande maison dort .", "wrong word"),
        ("je suis venu .", "j' étais venu .", "tense"),
        ("mange le chien .", "le chien mange .", "word order"),
    ],
)
def test_each_kind_on_a_made_up_case(table, output, reference, expected):
    assert kind(output, [reference], table) == expected


def test_the_closest_reference_decides(table):
    # "vous" is one correct translation: the output is compared with it, not with "tu".
    references = ["tu manges .", "vous mangez ."]
    assert kind("vous mangez .", references, table) is None
    found = classify_error("vous mangeait .".split(), [r.split() for r in references], table)
    assert found.reference == ["vous", "mangez", "."] and found.kind == "tense"
    assert closest_reference(["a", "b"], [["c"], ["a", "c"], ["a", "b", "c"]]) == ["a", "b", "c"]


def test_cut_off_and_unknown_words_come_first(table):
    assert kind("la chien", ["le chien ."], table, cut_off=True) == "length cut-off"
    assert kind("la chien .", ["le chien ."], table, unknown_source_words=["dogg"]) == (
        "unknown word"
    )


def test_the_first_difference_is_reported(table):
    found = classify_error("le chat mangeait la pomme".split(), ["le chien mange la pomme".split()],
                           table)
    assert (found.kind, found.position, found.output_span) == ("wrong word", 1, ["chat"])


def test_word_relation(table):
    assert word_relation("grande", "grands", table) == "agreement"
    assert word_relation("serai", "suis", table) == "tense"
    assert word_relation("chat", "chien", table) is None
    assert word_relation("il", "elle", table) == "agreement"
    assert word_relation("étudiantes", "étudiants", table) == "agreement"  # a noun's gender
    assert word_relation("me", "leur", table) is None  # another person: another referent
    assert word_relation("son", "ta", table) is None
    assert word_relation("xyz", "chien", table) is None
    with pytest.raises(ValueError, match="the same"):
        word_relation("chien", "chien", table)


def test_bad_arguments_get_clear_errors(table):
    with pytest.raises(ValueError, match="at least one reference"):
        classify_error(["a"], [], table)
    with pytest.raises(TypeError, match="tokens"):
        classify_error([4, 5], [["a"]], table)


def test_every_kind_is_listed():
    assert len(set(ERROR_KINDS)) == 9 and "wrong word" in ERROR_KINDS
    assert doctest.testmod(error_kinds).failed == 0


def test_french_analyses_cover_the_lexicon(table):
    assert Analysis("manger", "verb", "i", 3, "s") in table["mangeait"]
    assert {a.gender for a in table["parties"] if a.kind == "participle"} == {"f"}
    assert {a.lemma for a in table["sont"]} == {"être"}
    # A pronominal imperative ("souvenons-nous") gives its verb, not its pronoun, a reading.
    assert all(a.kind == "pronoun" for a in table["nous"] | table["vous"] | table["toi"])
    assert any(a.tense == "ip" for a in table["souvenons"])
    assert len(table) > 1500
    # Predicative adjectives ("Is he ready?" -> "est-il prêt ?") are in the table too, so
    # "prête" for "prêt" is an agreement error, not a wrong word.
    assert {(a.number, a.gender) for a in table["prête"]} == {("s", "f")}
    assert any(a.lemma == "fatigué" for a in table["fatiguées"])
    assert any(a.lemma == "neuf" for a in table["neuve"])


def test_is_truncation():
    references = [["il", "est", "prêt", "."], ["est-il", "prêt", "?"]]
    assert is_truncation(["est-il", "?"], references)
    assert is_truncation(["il", "est"], references)  # no final mark at all
    assert not is_truncation(["il", "est", "prêt", "."], references)  # whole, not cut short
    assert not is_truncation(["il", "a", "."], references)  # another word: not a beginning
    with pytest.raises(ValueError):
        is_truncation(["il"], [])
