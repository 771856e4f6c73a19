"""The Task 3 data pipeline on a few hand-made sentence pairs."""

from __future__ import annotations

import numpy as np
import pytest

from rnnbook.seq2seq.data import build_vocabularies, prepare, reverse_source, tokenize_pairs
from rnnbook.text import Vocabulary

PAIRS = [("I see the cat.", "Je vois le chat."), ("The dog runs.", "Le chien court.")]


def test_tensors_have_start_end_and_zero_padding():
    source_vocab, target_vocab = build_vocabularies(PAIRS)
    data = prepare(PAIRS, source_vocab, target_vocab)
    assert len(data) == 2
    assert data.input_tensor.shape == (2, 5)  # "i see the cat ." is the longest source
    assert data.target_tensor.shape == (2, 7)  # <start> je vois le chat . <end>
    assert data.input_tensor.dtype == np.int32
    assert data.input_tensor[1, -1] == 0  # the shorter sentence is padded with 0 at the end
    assert (data.target_tensor[:, 0] == target_vocab.id_of(Vocabulary.START)).all()
    last = [row[row != 0][-1] for row in data.target_tensor]
    assert last == [target_vocab.id_of(Vocabulary.END)] * 2
    assert target_vocab.decode(data.target_tensor[0]) == ["je", "vois", "le", "chat", "."]


def test_decoder_target_is_decoder_input_shifted_by_one():
    data = prepare(PAIRS, *build_vocabularies(PAIRS))
    assert data.decoder_input.shape == data.decoder_target.shape == (2, 6)
    end = data.target_vocab.id_of(Vocabulary.END)
    shifted = np.where(data.decoder_target[:, :-1] == end, 0, data.decoder_target[:, :-1])
    np.testing.assert_array_equal(data.decoder_input[:, 1:], shifted)
    # The decoder never reads <end>, and reads exactly as many real tokens as it predicts.
    assert not (data.decoder_input == end).any()
    np.testing.assert_array_equal(data.decoder_input != 0, data.decoder_target != 0)
    assert data.encoder_input is data.input_tensor


def test_unknown_words_map_to_the_unknown_id():
    source_vocab, target_vocab = build_vocabularies(PAIRS)
    data = prepare([("I see the zebra.", "Je vois le zèbre.")], source_vocab, target_vocab)
    assert data.input_tensor[0, 3] == source_vocab.id_of(Vocabulary.UNK) == 1
    assert data.source_tokens[0][3] == "zebra"
    assert "zebra" not in source_vocab


def test_tokenize_pairs_splits_both_sides():
    sources, targets = tokenize_pairs(PAIRS)
    assert sources[0][-1] == "." and targets[1][0] == "le"


@pytest.mark.parametrize(
    "pairs, error",
    [([], ValueError), ([("only one side",)], ValueError), ([("a", 3)], TypeError),
     (["hi"], ValueError)],
)
def test_bad_pairs_are_refused_with_a_clear_error(pairs, error):
    with pytest.raises(error):
        build_vocabularies(pairs)


def test_bucketed_batches_cover_every_pair_once_and_trim_padding():
    pairs = [("a " * n, "b " * (n + 1)) for n in range(1, 11)]
    data = prepare(pairs, *build_vocabularies(pairs))
    from rnnbook.seq2seq.data import bucketed_batches

    dataset = bucketed_batches(data, batch_size=3, seed=1)
    assert int(dataset.cardinality()) == 4
    for _ in range(2):  # two epochs, each a new order
        seen = []
        for (source, decoder_input), target in dataset:
            source, target = source.numpy(), target.numpy()
            assert decoder_input.shape == target.shape
            assert (source[:, -1] != 0).any() and (target[:, -1] != 0).any()  # no all-0 column
            seen += list((source != 0).sum(axis=1))
        assert sorted(seen) == list(range(1, 11))
    with pytest.raises(ValueError, match="batch_size"):
        bucketed_batches(data, batch_size=0)


def batches_of(dataset, epochs: int) -> list[list[tuple]]:
    """The batches of several epochs, as tuples of lists, for comparison."""
    return [
        [(s.numpy().tolist(), d.numpy().tolist(), t.numpy().tolist()) for (s, d), t in dataset]
        for _ in range(epochs)
    ]


def test_bucketed_batches_are_the_same_for_the_same_seed_and_differ_for_another():
    from rnnbook.seq2seq.data import bucketed_batches

    pairs = [("a " * (n % 7 + 1) + "c", "b " * (n % 5 + 1)) for n in range(40)]
    data = prepare(pairs, *build_vocabularies(pairs))
    first = batches_of(bucketed_batches(data, batch_size=4, seed=3), epochs=2)
    again = batches_of(bucketed_batches(data, batch_size=4, seed=3), epochs=2)
    other = batches_of(bucketed_batches(data, batch_size=4, seed=4), epochs=2)
    assert first == again
    assert first != other
    assert first[0] != first[1], "each epoch visits the batches in a new order"
    fixed = batches_of(bucketed_batches(data, batch_size=4, shuffle=False), epochs=2)
    assert fixed[0] == fixed[1], "without shuffling every epoch is the same"


def test_bucketed_batches_round_lengths_up_to_a_multiple():
    from rnnbook.seq2seq.data import bucketed_batches

    pairs = [("a " * (n % 7 + 1) + "c", "b " * (n % 5 + 1)) for n in range(40)]
    data = prepare(pairs, *build_vocabularies(pairs))
    plain = batches_of(bucketed_batches(data, batch_size=4, seed=3), epochs=1)[0]
    rounded = batches_of(bucketed_batches(data, batch_size=4, seed=3, length_multiple=4), 1)[0]
    assert len(plain) == len(rounded) == 10
    for (source, decoder_input, target), (source4, decoder_input4, target4) in zip(
        plain, rounded, strict=True
    ):
        assert len(source4[0]) % 4 == 0 and len(target4[0]) % 4 == 0
        assert [row[: len(source[0])] for row in source4] == source
        assert [row[: len(target[0])] for row in target4] == target
        assert [row[: len(target[0])] for row in decoder_input4] == decoder_input
        assert all(set(row[len(target[0]) :]) <= {0} for row in decoder_input4)
    with pytest.raises(ValueError, match="length_multiple"):
        bucketed_batches(data, batch_size=4, length_multiple=0)


def test_within_target_length_keeps_short_targets_in_order():
    from rnnbook.seq2seq.data import within_target_length

    pairs = [("a", "un deux trois ."), ("b", "un ."), ("c", "l'homme est là .")]
    # Tokens: "un deux trois ." = 4; "un ." = 2; "l' homme est là ." = 5.
    assert within_target_length(pairs, 4) == pairs[:2]
    assert within_target_length(pairs, 2) == [pairs[1]]
    assert within_target_length(iter(pairs), 5) == pairs
    with pytest.raises(ValueError, match="max_tokens"):
        within_target_length(pairs, 0)


def test_reverse_source_reverses_real_tokens_and_keeps_padding_at_the_end():
    batch = np.array([[5, 6, 7, 0], [8, 9, 0, 0], [4, 0, 0, 0]], dtype=np.int32)
    np.testing.assert_array_equal(
        reverse_source(batch), [[7, 6, 5, 0], [9, 8, 0, 0], [4, 0, 0, 0]]
    )
    np.testing.assert_array_equal(reverse_source(reverse_source(batch)), batch)
    with pytest.raises(ValueError, match="2-D"):
        reverse_source(np.array([1, 2, 3]))
