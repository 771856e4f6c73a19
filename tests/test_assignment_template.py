"""The assignment template (assignments/translation.ipynb) works as a student meets it.

Filled in with the book's solution (tests/assignment_solution.py) and shrunk to tiny sizes, it
runs top to bottom and every self-check passes; filled in with a classic mistake, it stops at
that task's check with the check's message. Left as it is, every TODO cell says what to write.
"""

from __future__ import annotations

import copy
from pathlib import Path

import nbformat
import pytest
from assignment_solution import SOLUTIONS
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "assignments" / "translation.ipynb"
TINY = """
MAX_TRAIN_TOKENS = 8
TRAIN_PAIRS = 256
VALIDATION_PAIRS = 64
EMBEDDING_SIZE = 16
UNITS = 32
EPOCHS = 10
BATCH_SIZE = 32
BLEU_SENTENCES = 20
"""


def template() -> nbformat.NotebookNode:
    return nbformat.read(TEMPLATE, as_version=4)


def tags(cell) -> list[str]:
    return cell.metadata.get("tags", [])


def filled(notebook, solutions: dict[str, str]) -> nbformat.NotebookNode:
    notebook = copy.deepcopy(notebook)
    for cell in notebook.cells:
        names = [tag for tag in tags(cell) if tag.startswith("todo:")]
        if names and names[0] in solutions:
            cell.source = solutions[names[0]].strip("\n")
        if "parameters" in tags(cell):
            cell.source = TINY.strip("\n")
    return notebook


def run(notebook: nbformat.NotebookNode, folder: Path) -> nbformat.NotebookNode:
    """Execute in ``folder`` (the template writes submission/README.md there)."""
    client = NotebookClient(
        notebook, timeout=600, kernel_name="python3",
        resources={"metadata": {"path": str(folder)}},
    )
    client.execute()
    return notebook


def text_of(notebook) -> str:
    return "\n".join(
        output.get("text", "")
        for cell in notebook.cells if cell.cell_type == "code"
        for output in cell.get("outputs", [])
    )


def test_every_todo_cell_has_a_solution_and_a_todo():
    todo_cells = [c for c in template().cells if any(t.startswith("todo:") for t in tags(c))]
    names = [next(t for t in tags(c) if t.startswith("todo:")) for c in todo_cells]
    assert sorted(names) == sorted(SOLUTIONS), "a TODO cell without solution, or the reverse"
    assert all("TODO" in cell.source for cell in todo_cells)
    # Every task ends with its self-check.
    calls = [c.source for c in template().cells if "checks.check_" in c.source]
    assert len(calls) >= 10


@pytest.mark.slow
def test_a_mistake_in_task_3_stops_at_its_check_with_the_message(tmp_path):
    notebook = template()
    # Stop right after the first self-check (Task 3).
    end = next(i for i, c in enumerate(notebook.cells) if "checks.check_data" in c.source)
    notebook.cells = notebook.cells[: end + 1]
    wrong = SOLUTIONS["todo:task3"].replace(
        "data.decoder_input", "data.target_tensor[:, :-1]"  # keeps <end> in the input
    )
    with pytest.raises(CellExecutionError, match="still contains <end>"):
        run(filled(notebook, {"todo:task3": wrong}), tmp_path)


@pytest.mark.slow
def test_the_template_filled_with_the_books_solution_runs_and_passes_every_check(tmp_path):
    notebook = run(filled(template(), SOLUTIONS), tmp_path)
    out = text_of(notebook)
    calls = sum(c.source.count("checks.check_") for c in notebook.cells)
    assert out.count("self-check passed") == calls, out
    assert "test BLEU:" in out and "5. EN:" in out
    readme = (tmp_path / "submission" / "README.md").read_text(encoding="utf-8")
    assert "| encoder_lstm | LSTM | 32 units |" in readme and "5. EN: " in readme
    assert "sacreBLEU `nrefs:1|case:lc" in readme
