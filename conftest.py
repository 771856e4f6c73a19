"""Runs the notebooks two at a time in order-safe groups, and prints how long each took.

`make test` runs nbval with pytest-xdist (``-n 2``) and the scheduler below. Each notebook is one
unit of work, so all its cells run in one kernel, in order, on one worker; the chapters that
share trained translation models through the model cache (9 trains one, 10 loads it and trains
another, 11 loads both) form a single unit, run in that order. pytest-xdist starts the unit with
the most cells first, which is this one, the longest.

Timing is reported, not asserted: the machine is shared and noisy. The budgets are the book's
(DESIGN.md): 3 minutes a chapter, 4 for chapters that train translation models, 15 minutes for
the whole book, all on a 2-core CPU. With two notebooks at a time each one runs slower than
alone, so the per-notebook times here are not the chapters' costs (their "Measured cost" lines,
from `make measure`, run one notebook at a time); the budget of the whole book is checked
against the run's wall time.
"""

from __future__ import annotations

import time
from collections import defaultdict

CHAPTER_BUDGET_S = 180
TRANSLATION_BUDGET_S = 240
TRANSLATION_CHAPTERS = ("translation", "attention", "decoding")
TRANSLATION_GROUP = "translation-models"
BOOK_BUDGET_S = 900

_notebook_seconds: dict[str, float] = defaultdict(float)
_session_start = time.perf_counter()


def budget_of(path: str) -> int:
    """A notebook's time budget in seconds, by its file name."""
    name = path.rsplit("/", 1)[-1]
    if any(word in name for word in TRANSLATION_CHAPTERS):
        return TRANSLATION_BUDGET_S
    return CHAPTER_BUDGET_S


def group_of(path: str) -> str:
    """The unit of work a notebook belongs to: itself, or the translation chapters' group."""
    if budget_of(path) == TRANSLATION_BUDGET_S:
        return TRANSLATION_GROUP
    return path


def notebook_path(nodeid: str) -> str:
    """The file part of a test id."""
    return nodeid.split("::")[0]


def pytest_sessionstart(session) -> None:
    global _session_start
    _session_start = time.perf_counter()


def pytest_xdist_make_scheduler(config, log):
    """pytest-xdist's scheduler for ``-n``: its file-by-file one (loadfile), with the
    translation chapters as one unit of work. (Its ``--dist loadgroup`` marks would do this,
    but pytest-xdist 3.8 cannot rename the tests' ids under pytest 9.)"""
    from xdist.scheduler import LoadScopeScheduling

    class NotebookScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = notebook_path(nodeid)
            return group_of(path) if path.endswith(".ipynb") else path

    return NotebookScheduling(config, log)


def pytest_runtest_logreport(report) -> None:
    path = notebook_path(report.nodeid)
    if path.endswith(".ipynb"):
        _notebook_seconds[path] += report.duration


def pytest_terminal_summary(terminalreporter) -> None:
    if not _notebook_seconds:
        return
    workers = getattr(terminalreporter.config.option, "numprocesses", None) or 1
    terminalreporter.section("notebook durations")
    for path, seconds in sorted(_notebook_seconds.items()):
        budget = budget_of(path)
        # With two at a time a notebook's time here is not its cost: no flag then.
        flag = "  OVER BUDGET" if workers == 1 and seconds > budget else ""
        terminalreporter.write_line(f"{seconds:7.1f} s  of {budget:3d} s  {path}{flag}")
    total = sum(_notebook_seconds.values())
    if workers > 1:
        wall = time.perf_counter() - _session_start
        flag = "" if wall <= BOOK_BUDGET_S else "  OVER BUDGET"
        terminalreporter.write_line(
            f"{total:7.1f} s  the notebooks' times added up ({workers} ran at a time, so "
            "each ran slower than alone; `make measure` gives their own costs)"
        )
        terminalreporter.write_line(
            f"{wall:7.1f} s  of {BOOK_BUDGET_S:3d} s  the whole book (wall time){flag}"
        )
    else:
        flag = "" if total <= BOOK_BUDGET_S else "  OVER BUDGET"
        terminalreporter.write_line(
            f"{total:7.1f} s  of {BOOK_BUDGET_S:3d} s  the whole book{flag}"
        )
