"""How every self-check reports: a failure raises :class:`SelfCheckError`, a pass prints."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NoReturn


class SelfCheckError(AssertionError):
    """A self-check found a mistake; its message says what is wrong and how to fix it."""


def fail(task: str, message: str) -> NoReturn:
    """Stop the notebook at the check with ``"<task>: <message>"``."""
    raise SelfCheckError(f"{task}: {message}")


def require_filled(task: str, **values: object) -> None:
    """Fail with a clear message if a value is still the template's ``...`` placeholder."""
    for name, value in values.items():
        if value is Ellipsis:
            fail(task, f"{name} is still ... (the template's placeholder): fill in the TODO "
                       "cell above and run it, then run this check again")


def passed(task: str, checked: Sequence[str]) -> None:
    """Print what the check verified, one short line each."""
    print(f"{task} self-check passed:")
    for line in checked:
        print(f"  ok  {line}")


def describe_row(row: Sequence[int], limit: int = 12) -> str:
    """A row of ids as short text, cut after ``limit`` ids."""
    ids = [int(i) for i in row]
    text = ", ".join(str(i) for i in ids[:limit])
    return f"[{text}{', ...' if len(ids) > limit else ''}]"
