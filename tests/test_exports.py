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


def export_problems(module: str, module_source: str, cells: list[tuple[str, str]]) -> list[str]:
    """What is wrong between a module's source and the (where, source) of its exported cells."""
    in_package = definitions(module_source)
    problems, shown = [], set()
    for where, source in cells:
        in_cell = definitions(source)
        if not in_cell:
            problems.append(f"{where} defines nothing to export")
        extra = [type(node).__name__ for node in ast.parse(source).body if not isinstance(
            node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)]
        if extra:
            problems.append(f"{where}: only definitions belong in it, found {extra}")
        for name, text in in_cell.items():
            if name not in in_package:
                problems.append(f"{where}: {name} is not in {module}")
            elif text != in_package[name]:
                problems.append(f"{where}: {name} differs from {module}; copy one to the other")
            shown.add(name)
    public = {name for name in in_package if not name.startswith("_")}
    if not public <= shown:
        problems.append(f"{module} has code no chapter shows: {sorted(public - shown)}")
    return problems


def module_source(module: str) -> str:
    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin, f"no module {module}"
    return Path(spec.origin).read_text(encoding="utf-8")


@pytest.mark.parametrize("module", sorted(EXPORTS))
def test_exported_cells_equal_the_package_code(module):
    cells = [(f"{path.name} cell {index}", source) for path, index, source in EXPORTS[module]]
    assert export_problems(module, module_source(module), cells) == []


def test_a_changed_missing_or_impure_cell_is_caught():
    module = "rnnbook.seq2seq.lstm_model"
    source = module_source(module)
    cells = [("cell", text) for text in definitions(source).values()]
    assert export_problems(module, source, cells) == []
    changed = [(where, text.replace("500", "499")) for where, text in cells]
    assert any("differs" in p for p in export_problems(module, source, changed))
    assert any("no chapter shows" in p for p in export_problems(module, source, cells[1:]))
    impure = [(where, text + "\nmodel = None") for where, text in cells]
    assert any("only definitions" in p for p in export_problems(module, source, impure))
