"""Every course question is in the question index, and every link there reaches its answer."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tools.toc import toc_files

ROOT = Path(__file__).resolve().parents[1]
INDEX = ROOT / "book" / "questions.md"
# The IDs of the course's question catalogue, in its order, kept in the repository so that the
# tests below run on any clone; the course's own catalogue (shared/course/questions.md) lives
# outside the repository, beside the maintainers' checkout.
IDS_FILE = Path(__file__).resolve().parent / "question_ids.txt"
CATALOGUE_IDS = [
    line.strip()
    for line in IDS_FILE.read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]
CATALOGUE_FILE = ROOT.parent / "shared" / "course" / "questions.md"


def label_of(question_id: str) -> str:
    """The MyST label of a question's answer: T1.2 -> q-t1-2."""
    return "q-" + question_id.lower().replace(".", "-")


def labels_in_book(pattern: str = r"q-[a-z0-9-]+") -> dict[str, Path]:
    """Every (label)= matching pattern (by default q-...) in the book, with its page."""
    found = {}
    for page in toc_files():
        text = page.read_text(encoding="utf-8")
        if page.suffix == ".ipynb":
            cells = json.loads(text)["cells"]
            text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
        for label in re.findall(rf"^\(({pattern})\)=\s*$", text, re.MULTILINE):
            assert label not in found, f"label {label} defined twice"
            found[label] = page
    return found


def test_the_repository_lists_the_catalogue_ids_once_each():
    assert len(CATALOGUE_IDS) == 45 and len(set(CATALOGUE_IDS)) == len(CATALOGUE_IDS)
    assert CATALOGUE_IDS[:2] == ["T1.1", "T1.2"] and CATALOGUE_IDS[-1] == "D4"
    assert all(re.fullmatch(r"(T[0-9.]+|SUB|[BCD][0-9]+[ab]?)", i) for i in CATALOGUE_IDS)


@pytest.mark.skipif(
    not CATALOGUE_FILE.is_file(),
    reason="the course catalogue (../shared/course/questions.md) is only beside a maintainer's "
    "checkout; tests/question_ids.txt is checked against it there",
)
def test_catalogue_ids_match_the_course_catalogue():
    ids = re.findall(r"^- \*\*([A-Z0-9.a-z]+)\*\*", CATALOGUE_FILE.read_text(), re.MULTILINE)
    assert ids == CATALOGUE_IDS


def test_index_lists_every_question_once_in_order():
    listed = re.findall(r"^- \*\*([A-Za-z0-9.]+)\*\*", INDEX.read_text(), re.MULTILINE)
    assert listed == CATALOGUE_IDS


def test_every_answer_label_is_linked_from_the_index_and_carries_its_id():
    index = INDEX.read_text()
    labels = labels_in_book()
    for question_id in CATALOGUE_IDS:
        label = label_of(question_id)
        line = next(line for line in index.splitlines() if f"**{question_id}**" in line)
        if label in labels:
            assert f"<{label}>`" in line or f"`{label}`" in line, f"index does not link {label}"
            # The reader sees the ID next to the answer.
            assert f"Question {question_id}" in labels[label].read_text(), question_id
        else:
            # Only part of the answer is written: every link must reach a page that names the
            # question, and the line must say which part answers the rest.
            every_label = labels_in_book(r"[A-Za-z0-9_-]+")
            for target in re.findall(r"<([^<>`]+)>`", line):
                assert target in every_label, f"{question_id}: no label {target}"
                assert f"Question {question_id}" in every_label[target].read_text(), question_id
            assert re.search(r"\(Parts? [IV]+", line), f"{question_id}: say which part answers it"
    unknown = set(labels) - {label_of(question_id) for question_id in CATALOGUE_IDS}
    assert unknown == set(), f"labels with no question: {unknown}"
