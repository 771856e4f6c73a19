"""The trained-model cache gives exactly the weights that training again would give."""

from __future__ import annotations

import numpy as np
import pytest

import rnnbook

rnnbook.init()

import keras  # noqa: E402

from rnnbook.model_cache import cache_dir, cache_key, file_sha256, train_or_load  # noqa: E402

RNG = np.random.default_rng(0)
X = RNG.integers(1, 20, size=(64, 7))
Y = (X.sum(axis=1) % 2).astype("float32")
CONFIG = {"units": 8, "epochs": 3, "seed": 0}


def build() -> keras.Model:
    rnnbook.reset(seed=0)
    model = keras.Sequential(
        [
            keras.Input(shape=(None,), dtype="int32"),
            keras.layers.Embedding(20, 4, mask_zero=True, name="embedding"),
            keras.layers.LSTM(CONFIG["units"], name="lstm"),
            keras.layers.Dense(1, activation="sigmoid", name="out"),
        ]
    )
    model.compile(optimizer=keras.optimizers.Adam(1e-2), loss="binary_crossentropy")
    return model


def train(model: keras.Model):
    return model.fit(X, Y, batch_size=16, epochs=CONFIG["epochs"], shuffle=False, verbose=0)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("RNNBOOK_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_loaded_weights_equal_a_fresh_training_weight_by_weight(cache):
    first = train_or_load("tiny", CONFIG, "data-sha", build, train)
    assert not first.loaded and first.path.parent == cache and first.path.is_dir()
    loaded = train_or_load("tiny", CONFIG, "data-sha", build, train)
    assert loaded.loaded and loaded.history == first.history
    retrained = build()
    train(retrained)
    pairs = list(zip(loaded.model.weights, retrained.weights, strict=True))
    assert len(pairs) == 6
    for cached, fresh in pairs:
        assert cached.path == fresh.path
        assert np.array_equal(cached.numpy(), fresh.numpy()), cached.path
    # The weights really were trained (not the initial ones), and loading really loaded them.
    assert not np.array_equal(build().get_layer("lstm").get_weights()[0],
                              loaded.model.get_layer("lstm").get_weights()[0])


def test_another_configuration_or_data_is_another_key(cache):
    key = cache_key("tiny", CONFIG, "a")
    assert key.startswith("tiny-") and key == cache_key("tiny", dict(CONFIG), "a")
    assert key != cache_key("tiny", {**CONFIG, "epochs": 4}, "a")
    assert key != cache_key("tiny", CONFIG, "b")
    assert key != cache_key("other", CONFIG, "a")
    assert key != cache_key("tiny", CONFIG, "a", code=[build])
    assert cache_key("tiny", CONFIG, "a", code=[build]) != cache_key("tiny", CONFIG, "a",
                                                                      code=[train])


def test_use_cache_false_trains_again(cache):
    train_or_load("tiny", CONFIG, "x", build, train)
    again = train_or_load("tiny", CONFIG, "x", build, train, use_cache=False)
    assert not again.loaded


def test_cache_dir_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("RNNBOOK_CACHE", str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"
    monkeypatch.delenv("RNNBOOK_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "rnnbook"


def test_bad_arguments_are_refused(cache):
    with pytest.raises(ValueError, match="name"):
        cache_key("no spaces", CONFIG, "x")
    with pytest.raises(TypeError, match="JSON"):
        cache_key("tiny", {"f": object()}, "x")


def test_file_sha256(tmp_path):
    path = tmp_path / "f.txt"
    path.write_bytes(b"abc")
    assert file_sha256(path) == (
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    )
