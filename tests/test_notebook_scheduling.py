"""`make test` runs the notebooks two at a time (conftest.py): the chapters that share trained
models through the model cache must run one after another, in the book's order, on one worker."""

from __future__ import annotations

import json

from conftest import TRANSLATION_GROUP, group_of, notebook_path
from tools.toc import ROOT, chapter_notebooks

CACHE_WORDS = ("rnnbook.model_cache", "rnnbook.translators", "train_or_load")


def uses_model_cache(path: str) -> bool:
    cells = json.loads((ROOT / path).read_text(encoding="utf-8"))["cells"]
    return any(
        word in "".join(cell["source"])
        for cell in cells
        if cell["cell_type"] == "code"
        for word in CACHE_WORDS
    )


def test_every_chapter_that_uses_the_model_cache_runs_in_the_translation_group():
    chapters = [str(path.relative_to(ROOT)) for path in chapter_notebooks()]
    sharing = [path for path in chapters if uses_model_cache(path)]
    assert len(sharing) >= 3, sharing  # Chapters 9, 10 and 11
    assert all(group_of(path) == TRANSLATION_GROUP for path in sharing), sharing
    # The others are each their own unit of work.
    others = [path for path in chapters if path not in sharing]
    assert all(group_of(path) == path for path in others)
    # In the group, the book's order is the run's order: Chapter 9 stores what 10 and 11 load.
    grouped = [path for path in chapters if group_of(path) == TRANSLATION_GROUP]
    assert grouped == sharing


def test_notebook_path_is_the_file_part_of_a_test_id():
    assert notebook_path("book/09_translation_lstm.ipynb::Cell 3") == (
        "book/09_translation_lstm.ipynb"
    )
