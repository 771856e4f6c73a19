"""Self-checks of Tasks 3, 5 (BLEU) and 7 (accuracy): the book's solution passes, and each
planted mistake is caught with the message meant for it. No Keras needed."""

from __future__ import annotations

import numpy as np
import pytest

from rnnbook.checks import SelfCheckError, check_bleu, check_data, check_token_accuracy
from rnnbook.seq2seq.data import build_vocabularies, prepare
from rnnbook.seq2seq.evaluation import corpus_bleu, masked_token_accuracy
from rnnbook.text import END_ID, PAD_ID, detokenize

PAIRS = [
    ("The cat sleeps.", "Le chat dort."),
    ("The small dog sees the cat.", "Le petit chien voit le chat."),
    ("I eat.", "Je mange."),
]


@pytest.fixture(scope="module")
def data():
    source_vocab, target_vocab = build_vocabularies(PAIRS)
    return prepare(PAIRS, source_vocab, target_vocab)


def arrays(data):
    return [data.input_tensor, data.target_tensor, data.decoder_input, data.decoder_target]


def test_the_books_data_passes(data, capsys):
    check_data(*arrays(data))
    assert "Task 3 self-check passed" in capsys.readouterr().out


def test_a_decoder_input_that_keeps_end_is_caught(data):
    source, target, _, decoder_target = arrays(data)
    with pytest.raises(SelfCheckError, match=r"decoder_input row 0 still contains <end>"):
        check_data(source, target, target[:, :-1], decoder_target)


def test_a_decoder_input_without_start_is_caught(data):
    source, target, decoder_input, decoder_target = arrays(data)
    no_start = np.pad(decoder_input[:, 1:], ((0, 0), (0, 1)))  # <start> dropped
    message = r"decoder_input row 0 starts with id \d+, not <start>"
    with pytest.raises(SelfCheckError, match=message):
        check_data(source, target, no_start, decoder_target)


def test_targets_not_shifted_are_caught(data):
    source, target, decoder_input, _ = arrays(data)
    with pytest.raises(SelfCheckError, match="decoder_target equals decoder_input"):
        check_data(source, target, decoder_input, decoder_input)
    # Shifted the wrong way (one step to the right).
    wrong = np.roll(data.decoder_target, 1, axis=1)
    wrong[:, 0] = PAD_ID
    with pytest.raises(SelfCheckError, match="padding before its words|not decoder_input row"):
        check_data(source, target, decoder_input, wrong)


def test_padding_at_the_front_is_caught(data):
    source, target, decoder_input, decoder_target = arrays(data)
    front = np.stack([np.roll(row, (row == PAD_ID).sum()) for row in source])
    message = r"row \d of input_tensor has padding before its words"
    with pytest.raises(SelfCheckError, match=message):
        check_data(front, target, decoder_input, decoder_target)


def test_targets_without_end_are_caught(data):
    source, target, decoder_input, decoder_target = arrays(data)
    no_end = np.where(target == END_ID, PAD_ID, target)
    with pytest.raises(SelfCheckError, match="must end with one <end>"):
        check_data(source, no_end, decoder_input, decoder_target)


def test_an_unfilled_todo_is_named(data):
    with pytest.raises(SelfCheckError, match=r"decoder_target is still \.\.\. .*fill in the TODO"):
        check_data(*arrays(data)[:3], ...)
    with pytest.raises(SelfCheckError, match="score is still"):
        check_bleu(HYPOTHESES, REFERENCES, score=...)


def test_mismatched_shapes_and_ragged_lists_are_caught(data):
    source, target, decoder_input, decoder_target = arrays(data)
    with pytest.raises(SelfCheckError, match="must have the same shape"):
        check_data(source, target, decoder_input, decoder_target[:, :-1])
    with pytest.raises(SelfCheckError, match="pad the id lists"):
        check_data([[4, 5], [6]], target, decoder_input, decoder_target)


# --- BLEU (Task 5) and token accuracy (Task 7) ---

HYPOTHESES = ["Le chat dort.", "Le petit chien voit le chien.", "Je mange."]
REFERENCES = ["Le chat dort.", "Le petit chien voit le chat.", "Je mange une pomme."]
TRAINING = ["Le chien dort.", "Tu manges."]


def test_the_books_bleu_passes(capsys):
    score = corpus_bleu(HYPOTHESES, REFERENCES)
    check_bleu(HYPOTHESES, REFERENCES, TRAINING, score=score)
    assert "corpus BLEU" in capsys.readouterr().out


def test_bleu_on_token_ids_is_caught(data):
    ids = [list(row) for row in data.decoder_target]
    with pytest.raises(SelfCheckError, match=r"hypotheses\[0\] is a list of token ids"):
        check_bleu(ids, REFERENCES)
    as_text = [" ".join(str(i) for i in row if i) for row in data.decoder_target]
    with pytest.raises(SelfCheckError, match="token ids written as text"):
        check_bleu(as_text, REFERENCES)
    tokens = [data.target_vocab.decode(row) for row in data.decoder_target]
    with pytest.raises(SelfCheckError, match="is a list, not a sentence"):
        check_bleu(tokens, REFERENCES)
    with_end = [" ".join(data.target_vocab.decode(r, skip_special=False)) for r in ids]
    with pytest.raises(SelfCheckError, match="contains a special token"):
        check_bleu(with_end, REFERENCES)


def test_bleu_on_training_data_is_caught():
    with pytest.raises(SelfCheckError, match="of the references are training sentences"):
        check_bleu(HYPOTHESES, REFERENCES, training_references=REFERENCES[:2] + TRAINING)


def test_wrong_bleu_scores_are_caught():
    score = corpus_bleu(HYPOTHESES, REFERENCES).score
    with pytest.raises(SelfCheckError, match="on a 0-1 scale"):
        check_bleu(HYPOTHESES, REFERENCES, score=score / 100)
    with pytest.raises(SelfCheckError, match="not an average of sentence scores"):
        check_bleu(HYPOTHESES, REFERENCES, score=score + 3)
    with pytest.raises(SelfCheckError, match="did you pass the references twice"):
        check_bleu(REFERENCES, REFERENCES)


def test_the_books_accuracy_passes_and_unmasked_accuracy_is_caught(capsys):
    check_token_accuracy(masked_token_accuracy)
    assert "padding left out" in capsys.readouterr().out

    def unmasked(targets, probabilities):
        return float((probabilities.argmax(-1) == targets).mean())

    with pytest.raises(SelfCheckError, match="it counts the padding positions"):
        check_token_accuracy(unmasked)

    def on_probabilities(targets, probabilities):  # compares scores, not the argmax
        real = targets != PAD_ID
        return float((probabilities.max(-1)[real] > 0.5).mean())

    with pytest.raises(SelfCheckError, match="compare the argmax"):
        check_token_accuracy(on_probabilities)


def test_detokenised_outputs_of_the_data_pass(data, capsys):
    hypotheses = [detokenize(data.target_vocab.decode(r), "fr") for r in data.decoder_target]
    check_bleu(hypotheses[::-1], [french for _, french in PAIRS])
    assert "self-check passed" in capsys.readouterr().out
