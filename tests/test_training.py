"""EpochLogger prints one short, rounded line per epoch."""

from __future__ import annotations

import numpy as np
import pytest

import rnnbook

rnnbook.init()

import keras  # noqa: E402

from rnnbook.training import EpochLogger, format_epoch_line  # noqa: E402


def test_format_epoch_line_rounds_and_aligns():
    line = format_epoch_line(3, 10, {"loss": 0.412345678, "val_accuracy": 0.9, "learning_rate": 1})
    assert line == "epoch  3/10  loss 0.4123  val_accuracy 0.9"
    ordered = format_epoch_line(1, 1, {"val_mae": 1, "mae": 2, "val_loss": 3, "loss": 4})
    assert ordered == "epoch 1/1  loss 4  mae 2  val_loss 3  val_mae 1"
    assert format_epoch_line(1, 1, {"loss": float("nan")}) == "epoch 1/1  loss nan"
    assert format_epoch_line(2, 5, {"loss": 1.23456e-7}, digits=2) == "epoch 2/5  loss 1.2e-07"


def test_epoch_logger_prints_one_line_per_epoch_with_validation(capsys):
    rnnbook.reset(0)
    model = keras.Sequential(
        [keras.Input((4, 1)), keras.layers.SimpleRNN(3, name="rnn"), keras.layers.Dense(1)]
    )
    model.compile("adam", "mse", metrics=["mae"])
    x = np.random.rand(16, 4, 1)
    y = x.sum(axis=(1, 2))
    model.fit(x, y, epochs=3, batch_size=8, validation_split=0.25, verbose=0,
              callbacks=[EpochLogger()])
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("epoch 1/3  loss ")
    for name in ("loss", "mae", "val_loss", "val_mae"):
        assert f" {name} " in lines[-1]


def test_epoch_logger_every_n_always_prints_last(capsys):
    logger = EpochLogger(every=4)
    logger.params = {"epochs": 10}
    logger.on_train_begin()
    for epoch in range(10):
        logger.on_epoch_end(epoch, {"loss": 1.0})
    printed = [line.split()[1] for line in capsys.readouterr().out.splitlines()]
    assert printed == ["4/10", "8/10", "10/10"]


@pytest.mark.parametrize("kwargs", [{"every": 0}, {"every": 1.5}, {"digits": 0}, {"digits": 11}])
def test_epoch_logger_rejects_bad_arguments(kwargs):
    with pytest.raises(ValueError):
        EpochLogger(**kwargs)


def test_epoch_logger_is_available_from_the_package():
    assert rnnbook.EpochLogger is EpochLogger


def test_format_epoch_line_can_put_validation_on_a_second_line():
    from rnnbook.training import format_epoch_line

    logs = {"loss": 0.5, "val_loss": 0.75, "token_accuracy": 0.9, "val_token_accuracy": 0.8}
    assert format_epoch_line(3, 10, logs, two_lines=True) == (
        "epoch  3/10  loss 0.5  token_accuracy 0.9\n"
        "             val_loss 0.75  val_token_accuracy 0.8"
    )
    assert "\n" not in format_epoch_line(3, 10, {"loss": 0.5}, two_lines=True)
