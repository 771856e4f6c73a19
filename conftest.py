"""Prints how long each notebook took under nbval, and the total against the book's budget.

Timing is reported, not asserted: the machine is shared and noisy. The budgets are the book's
(DESIGN.md): 3 minutes a chapter, 4 for chapters that train translation models, 15 minutes for
the whole book, all on a 2-core CPU.
"""

from __future__ import annotations

from collections import defaultdict

CHAPTER_BUDGET_S = 180
TRANSLATION_BUDGET_S = 240
TRANSLATION_CHAPTERS = ("translation", "attention", "decoding")
BOOK_BUDGET_S = 900

_notebook_seconds: dict[str, float] = defaultdict(float)


def budget_of(path: str) -> int:
    """A notebook's time budget in seconds, by its file name."""
    name = path.rsplit("/", 1)[-1]
    if any(word in name for word in TRANSLATION_CHAPTERS):
        return TRANSLATION_BUDGET_S
    return CHAPTER_BUDGET_S


def pytest_runtest_logreport(report) -> None:
    path = report.nodeid.split("::")[0]
    if path.endswith(".ipynb"):
        _notebook_seconds[path] += report.duration


def pytest_terminal_summary(terminalreporter) -> None:
    if not _notebook_seconds:
        return
    terminalreporter.section("notebook durations")
    for path, seconds in _notebook_seconds.items():
        budget = budget_of(path)
        flag = "" if seconds <= budget else "  OVER BUDGET"
        terminalreporter.write_line(f"{seconds:7.1f} s  of {budget:3d} s  {path}{flag}")
    total = sum(_notebook_seconds.values())
    flag = "" if total <= BOOK_BUDGET_S else "  OVER BUDGET"
    terminalreporter.write_line(f"{total:7.1f} s  of {BOOK_BUDGET_S:3d} s  the whole book{flag}")
