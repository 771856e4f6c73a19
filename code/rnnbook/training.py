"""Training helpers shared by the chapters."""

from __future__ import annotations

import math

import keras


class EpochLogger(keras.callbacks.Callback):
    """Print one short line per epoch: its number, the loss and every metric, rounded.

    Use it with ``verbose=0`` in ``fit`` so that nothing else (no progress bar, no timing) is
    printed. ``every`` prints only every n-th epoch (the last epoch is always printed);
    ``digits`` is the number of significant digits of each value; ``two_lines=True`` puts the
    validation values on a second line, for models with many metrics.
    """

    def __init__(self, every: int = 1, digits: int = 4, two_lines: bool = False) -> None:
        super().__init__()
        if isinstance(every, bool) or not isinstance(every, int) or every < 1:
            raise ValueError(f"every must be a positive int, got {every!r}")
        if isinstance(digits, bool) or not isinstance(digits, int) or not 1 <= digits <= 10:
            raise ValueError(f"digits must be an int from 1 to 10, got {digits!r}")
        self.every = every
        self.digits = digits
        self.two_lines = two_lines
        self._epochs = 0

    def on_train_begin(self, logs=None) -> None:
        self._epochs = self.params.get("epochs", 0) if self.params else 0

    def on_epoch_end(self, epoch: int, logs=None) -> None:
        number = epoch + 1
        if number % self.every and number != self._epochs:
            return
        print(format_epoch_line(number, self._epochs, logs or {}, self.digits, self.two_lines))


def format_epoch_line(
    epoch: int, epochs: int, logs: dict, digits: int = 4, two_lines: bool = False
) -> str:
    """The line EpochLogger prints, e.g. ``epoch  3/10  loss 0.4121  val_loss 0.4502``.

    With ``two_lines`` the validation values go on a second line, under the training ones.
    """
    width = len(str(epochs)) if epochs else 1
    head = f"epoch {epoch:>{width}d}/{epochs}" if epochs else f"epoch {epoch}"
    parts = [head]
    second = [" " * len(head)]
    for name in sorted(logs, key=_log_order):
        if name != "learning_rate":
            text = f"{name} {_round(float(logs[name]), digits)}"
            (second if two_lines and name.startswith("val_") else parts).append(text)
    lines = ["  ".join(parts)] + (["  ".join(second)] if len(second) > 1 else [])
    return "\n".join(lines)


def _log_order(name: str) -> tuple[bool, bool, str]:
    # Training values before validation ones; within each, the loss first, then metrics by name.
    validation = name.startswith("val_")
    return validation, name.removeprefix("val_") != "loss", name


def _round(value: float, digits: int) -> str:
    if math.isnan(value) or math.isinf(value):
        return str(value)
    return f"{value:.{digits}g}"
