"""The book's trained translators for later chapters: the same configuration as Chapters 9
and 10, and compiled inference pairs that decode exactly as the eager ones."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import numpy as np
import pytest

import rnnbook

rnnbook.init(seed=0)

from rnnbook.seq2seq.attention_model import (  # noqa: E402
    attention_inference,
    build_attention_translator,
)
from rnnbook.seq2seq.beam import beam_search  # noqa: E402
from rnnbook.seq2seq.decoding import greedy_decode, greedy_decode_with_attention  # noqa: E402
from rnnbook.seq2seq.lstm_model import build_lstm_translator, lstm_inference  # noqa: E402
from rnnbook.text import END_ID, PAD_ID, START_ID  # noqa: E402
from rnnbook.translators import (  # noqa: E402
    CHAPTER9_CONFIG,
    CHAPTER10_CONFIG,
    MAX_TRAIN_TOKENS,
    compiled,
)

BOOK = Path(__file__).resolve().parents[1] / "book"
ENGLISH = np.array([[5, 6, 7, 8], [9, 4, 0, 0], [4, 4, 5, 0]], dtype="int32")


def notebook_config(notebook: str, name: str) -> dict:
    """The dict literal assigned to ``name`` in a chapter's code (MAX_TRAIN_TOKENS resolved)."""
    cells = json.loads((BOOK / notebook).read_text(encoding="utf-8"))["cells"]
    for cell in cells:
        source = "".join(cell["source"])
        if cell["cell_type"] == "code" and f"{name} = {{" in source:
            for node in ast.walk(ast.parse(source)):
                if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == name:
                    text = ast.unparse(node.value).replace("MAX_TRAIN_TOKENS",
                                                           str(MAX_TRAIN_TOKENS))
                    return ast.literal_eval(text)
    raise AssertionError(f"{notebook} has no {name} = {{...}}")


def test_the_configurations_are_the_chapters_own():
    assert notebook_config("10_attention.ipynb", "ATTENTION_CONFIG") == CHAPTER10_CONFIG
    # Chapter 10 writes Chapter 9's settings to find its model in the cache.
    assert notebook_config("10_attention.ipynb", "LSTM_CONFIG") == CHAPTER9_CONFIG


def test_a_changed_configuration_is_noticed():
    changed = dict(CHAPTER9_CONFIG, epochs=CHAPTER9_CONFIG["epochs"] + 1)
    assert notebook_config("10_attention.ipynb", "LSTM_CONFIG") != changed


@pytest.fixture(scope="module")
def models():
    rnnbook.reset(seed=0)
    lstm = build_lstm_translator(12, 15, 6, 10)
    rnnbook.reset(seed=1)
    attention = build_attention_translator(12, 15, 6, 10)
    return lstm, attention


def test_compiled_lstm_decodes_as_the_eager_one(models):
    eager = lstm_inference(models[0])
    fast = compiled(eager)
    for pair in (eager, fast):
        assert pair.encode(ENGLISH)[0].shape == (3, 10)
    expected = greedy_decode(eager.step, eager.encode(ENGLISH), 3, START_ID, END_ID, 6)
    found = greedy_decode(fast.step, fast.encode(ENGLISH), 3, START_ID, END_ID, 6)
    np.testing.assert_array_equal(found, expected)
    probabilities, _ = fast.step(np.full(3, START_ID), fast.encode(ENGLISH))
    reference, _ = eager.step(np.full(3, START_ID), eager.encode(ENGLISH))
    np.testing.assert_allclose(probabilities, reference, atol=1e-6)


def test_compiled_attention_decodes_as_the_eager_one(models):
    eager = attention_inference(models[1])
    fast = compiled(eager)
    expected = greedy_decode_with_attention(
        eager.step, eager.encode(ENGLISH), 3, START_ID, END_ID, 6
    )
    found = greedy_decode_with_attention(fast.step, fast.encode(ENGLISH), 3, START_ID, END_ID, 6)
    np.testing.assert_array_equal(found[0], expected[0])
    np.testing.assert_allclose(found[1], expected[1], atol=1e-6)
    # Beam search reorders the rows: each row must still read its own sentence.
    options = dict(beam_width=3, alpha=0.6, banned_ids=(PAD_ID, START_ID))
    slow = beam_search(eager.step, eager.encode(ENGLISH), 3, START_ID, END_ID, 6, **options)
    quick = beam_search(fast.step, fast.encode(ENGLISH), 3, START_ID, END_ID, 6, **options)
    np.testing.assert_array_equal(quick.ids, slow.ids)
    np.testing.assert_allclose(quick.scores, slow.scores, atol=1e-5)


def test_compiled_rejects_other_objects():
    with pytest.raises(TypeError, match="lstm_inference or attention_inference"):
        compiled(object())


def test_an_empty_cache_trains_says_so_and_then_loads(tmp_path, monkeypatch, capsys):
    # The cold-cache path of a later chapter, on a tiny slice of the data and one epoch.
    import dataclasses

    from rnnbook import translators

    monkeypatch.setenv("RNNBOOK_CACHE", str(tmp_path))
    monkeypatch.setattr(
        translators, "CHAPTER9_CONFIG", dict(CHAPTER9_CONFIG, epochs=1, units=16)
    )
    data = translators.load_translation_data()
    small = dataclasses.replace(
        data,
        train=translators.prepare(data.train_pairs[:64], data.source_vocab, data.target_vocab),
        validation_curve=translators.prepare(
            data.validation_pairs[:32], data.source_vocab, data.target_vocab
        ),
    )
    first = translators.chapter9_translator(small)
    assert not first.loaded and "not in the model cache: training it now" in capsys.readouterr().out
    again = translators.chapter9_translator(small)
    assert again.loaded and capsys.readouterr().out == ""
    for trained, loaded in zip(first.model.weights, again.model.weights, strict=True):
        np.testing.assert_array_equal(np.asarray(trained), np.asarray(loaded))
    with pytest.raises(TypeError, match="load_translation_data"):
        translators.chapter9_translator(object())
