"""Code written once: a chapter's cells tagged ``export:<module>`` equal the package's code.

A chapter shows the code it teaches in full (the reader reads and can edit it there), and the
package holds the same code for everything else that needs it (tools, later chapters, tests).
This test fails when the two differ, and when a public function of an exported module is not
shown in any chapter.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import nbformat
import pytest

from tools.toc import toc_notebooks

TAG_PREFIX = "export:"


def exported_cells() -> dict[str, list[tuple[Path, int, str]]]:
    """Module name -> the (notebook, cell index, source) of every cell exported to it."""
    found: dict[str, list[tuple[Path, int, str]]] = {}
    for path in toc_notebooks():
        notebook = nbformat.read(path, as_version=4)
        for index, cell in enumerate(notebook.cells):
            for tag in cell.metadata.get("tags", []):
                if tag.startswith(TAG_PREFIX):
                    assert cell.cell_type == "code", f"{path.name} cell {index}: not code"
                    module = tag[len(TAG_PREFIX) :]
                    found.setdefault(module, []).append((path, index, cell.source))
    return found


def definitions(source: str) -> dict[str, str]:
    """Top-level function and class definitions of a source text, name -> exact text."""
    tree = ast.parse(source)
    lines = source.splitlines()
    found = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            first = min([node.lineno] + [d.lineno for d in node.decorator_list])
            found[node.name] = "\n".join(lines[first - 1 : node.end_lineno])
    return found


EXPORTS = exported_cells()


def test_chapter_9_exports_its_model():
    assert "rnnbook.seq2seq.lstm_model" in EXPORTS


@pytest.mark.parametrize("module", sorted(EXPORTS))
def test_exported_cells_equal_the_package_code(module):
    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin, f"no module {module}"
    in_package = definitions(Path(spec.origin).read_text(encoding="utf-8"))
    shown = set()
    for path, index, source in EXPORTS[module]:
        in_cell = definitions(source)
        assert in_cell, f"{path.name} cell {index} defines nothing to export"
        tree = ast.parse(source)
        extra = [type(node).__name__ for node in tree.body if not isinstance(
            node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)]
        assert not extra, f"{path.name} cell {index}: only definitions belong in it, {extra}"
        for name, text in in_cell.items():
            assert name in in_package, f"{path.name} cell {index}: {name} is not in {module}"
            assert text == in_package[name], (
                f"{path.name} cell {index}: {name} differs from {module}; copy one to the other"
            )
            shown.add(name)
    public = {name for name in in_package if not name.startswith("_")}
    assert public <= shown, f"{module} has code no chapter shows: {sorted(public - shown)}"


def test_a_changed_cell_is_caught():
    source = definitions(Path(importlib.util.find_spec(
        "rnnbook.seq2seq.lstm_model").origin).read_text())["train_translator"]
    changed = source.replace("500", "499")
    assert changed != source
    assert definitions(changed)["train_translator"] != source
