"""BLEU and masked token accuracy."""

from __future__ import annotations

import numpy as np
import pytest

from rnnbook.seq2seq.evaluation import corpus_bleu, masked_token_accuracy, paired_bootstrap


def test_bleu_is_100_for_exact_copies_and_lower_otherwise():
    references = ["le chat noir dort sur la table .", "je vois une maison ."]
    assert corpus_bleu(references, references).score == pytest.approx(100.0)
    worse = corpus_bleu(["le chat noir dort sur le lit .", "je vois une voiture ."], references)
    assert 0 < worse.score < 100


def test_bleu_compares_lower_case_output_with_raw_references_and_says_so():
    # The models write lower case; the corpus' references keep their capitals.
    raw = ["Le chat de Marie dort.", "Je vois une maison."]
    model_output = ["le chat de marie dort.", "je vois une maison."]
    bleu = corpus_bleu(model_output, raw)
    assert bleu.score == pytest.approx(100.0)
    assert "case:lc" in bleu.signature and "tok:13a" in bleu.signature
    assert f"{bleu:.1f}" == "100.0"
    cased = corpus_bleu(model_output, raw, lowercase=False)
    assert cased.score < 90 and "case:mixed" in cased.signature


def test_bleu_refuses_mismatched_or_non_text_input():
    with pytest.raises(ValueError, match="one each"):
        corpus_bleu(["a"], ["a", "b"])
    with pytest.raises(ValueError):
        corpus_bleu([], [])
    with pytest.raises(TypeError, match="strings"):
        corpus_bleu([["le", "chat"]], ["le chat"])


def test_masked_accuracy_ignores_padding():
    targets = np.array([[5, 6, 3, 0, 0], [7, 3, 0, 0, 0]])
    # Right on 4 of the 5 real tokens; wrong on every padding position.
    predicted = np.array([[5, 6, 3, 9, 9], [8, 3, 9, 9, 9]])
    assert masked_token_accuracy(targets, predicted) == pytest.approx(0.8)
    scores = np.eye(10)[predicted]
    assert masked_token_accuracy(targets, scores) == pytest.approx(0.8)


def test_masked_accuracy_checks_shapes_and_content():
    with pytest.raises(ValueError, match="differ"):
        masked_token_accuracy(np.zeros((2, 3)), np.zeros((2, 4)))
    with pytest.raises(ValueError, match="only padding"):
        masked_token_accuracy(np.zeros((2, 3)), np.zeros((2, 3)))


def test_bleu_takes_several_references_per_sentence():
    hypotheses = ["vous êtes fatigué .", "elles sont parties ."]
    one = corpus_bleu(hypotheses, ["tu es fatigué .", "ils sont partis ."])
    several = corpus_bleu(
        hypotheses, [["tu es fatigué .", "vous êtes fatigué ."], ["ils sont partis ."]]
    )
    assert several.score > one.score
    # a sentence with one reference among sentences with two: the same as listing it alone
    assert corpus_bleu(["tu es là ."], [["tu es là ."]]).score == pytest.approx(100.0)
    mixed = corpus_bleu(hypotheses, [["tu es fatigué .", "vous êtes fatigué ."], "x y z ."])
    assert 0 < mixed.score < 100
    with pytest.raises(TypeError, match="non-empty lists"):
        corpus_bleu(["a"], [[]])
    with pytest.raises(TypeError, match="non-empty lists"):
        corpus_bleu(["a"], [["a", 3]])


def _systems():
    # Two systems on 300 sentences: the second is right where the first is wrong on a
    # third of them; a third system differs from the first on one sentence only.
    references = [["le chat dort.", "le chat dort bien."], "je vois une maison.", "il mange."]
    references = references * 100
    first = ["le chat dort.", "je vois une voiture.", "il mange du pain."] * 100
    second = ["le chat dort.", "je vois une maison.", "il mange."] * 100
    third = [*first[:-1], "il mange."]
    return references, first, second, third


def test_paired_bootstrap_scores_both_systems_as_corpus_bleu_does():
    references, first, second, _ = _systems()
    result = paired_bootstrap(first, second, references)
    assert result.baseline == pytest.approx(corpus_bleu(first, references).score)
    assert result.system == pytest.approx(corpus_bleu(second, references).score)
    assert result.difference == pytest.approx(result.system - result.baseline)
    assert result.samples == 1000
    # A large, consistent difference: the smallest p-value the test can give.
    assert result.p_value == pytest.approx(1 / 1001)
    assert 0 < result.baseline_margin < 10 and result.system_margin == pytest.approx(0)


def test_paired_bootstrap_finds_no_evidence_in_tiny_or_no_differences():
    references, first, _, third = _systems()
    assert paired_bootstrap(first, first, references).p_value == 1.0
    tiny = paired_bootstrap(first, third, references)
    assert 0 < tiny.difference < 1 and tiny.p_value > 0.05


def test_paired_bootstrap_repeats_exactly_and_checks_its_arguments():
    references, first, second, _ = _systems()
    assert paired_bootstrap(first, second, references, samples=200) == paired_bootstrap(
        first, second, references, samples=200
    )
    with pytest.raises(ValueError, match="at least 100"):
        paired_bootstrap(first, second, references, samples=10)
    with pytest.raises(ValueError, match="give one each"):
        paired_bootstrap(first, second[:-1], references)
