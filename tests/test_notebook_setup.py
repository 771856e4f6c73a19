"""Every chapter opens with the set-up cell and imports glue from rnnbook.display (issue 14).

``python tools/notebook_setup.py`` brings the notebooks there; these tests check that it did,
that it is idempotent, and what the set-up cell and the glue wrapper do.
"""

from __future__ import annotations

import copy
import fnmatch
import re
import sys

import nbformat
import numpy as np
import pytest

from rnnbook import display
from rnnbook.corpus import loading
from tools.notebook_setup import SETUP_TAGS, conform, main, repository, setup_source
from tools.toc import ROOT, toc_notebooks

NOTEBOOKS = toc_notebooks()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_opens_with_the_set_up_cell(path):
    notebook = nbformat.read(path, as_version=4)
    first = next(cell for cell in notebook.cells if cell.cell_type == "code")
    assert first.source == setup_source(), "run python tools/notebook_setup.py"
    assert set(SETUP_TAGS) <= set(first.metadata.get("tags", []))
    assert not first.outputs, "the set-up cell prints nothing where the book is installed"
    assert sum("setup" in c.metadata.get("tags", []) for c in notebook.cells) == 1


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_does_not_need_myst_nb_to_run(path):
    notebook = nbformat.read(path, as_version=4)
    imports = re.compile(r"^\s*(from\s+myst_nb\b|import\s+myst_nb\b)", re.MULTILINE)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert not imports.search(cell.source), f"imports myst_nb: {cell.source[:80]!r}"


def toy_notebook():
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_markdown_cell("# A chapter"),
        nbformat.v4.new_code_cell(
            "import rnnbook\n\nrnnbook.init(seed=0)\n\nimport numpy as np\n"
            "from myst_nb import glue\n\nfrom rnnbook import tasks"
        ),
        nbformat.v4.new_code_cell("glue('x', 1, display=False)"),
    ]
    return notebook


def test_conform_inserts_the_cell_first_rewrites_glue_and_is_idempotent():
    notebook = toy_notebook()
    changes = conform(notebook)
    assert "inserted the set-up cell" in changes and "imported glue from rnnbook.display" in changes
    codes = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert codes[0].source == setup_source() and notebook.cells[0].cell_type == "markdown"
    assert "from myst_nb" not in codes[1].source
    # ruff's isort order: the wrapper joins the first-party block.
    assert codes[1].source.endswith("from rnnbook import tasks\nfrom rnnbook.display import glue")
    again = copy.deepcopy(notebook)
    assert conform(again) == [] and again == notebook


def test_conform_updates_and_moves_an_old_set_up_cell():
    notebook = toy_notebook()
    old = nbformat.v4.new_code_cell("print('old set-up')", metadata={"tags": ["setup"]})
    old.outputs = [nbformat.v4.new_output("stream", text="old set-up\n")]
    notebook.cells.append(old)
    notebook.cells.append(copy.deepcopy(old))
    changes = conform(notebook)
    assert {"updated the set-up cell", "moved the set-up cell first",
            "removed a second set-up cell"} <= set(changes)
    setups = [cell for cell in notebook.cells if "setup" in cell.metadata.get("tags", [])]
    assert len(setups) == 1 and setups[0] is notebook.cells[1]
    assert setups[0].outputs == [] and setups[0].execution_count is None


def test_conform_rejects_what_is_not_a_notebook():
    with pytest.raises(TypeError, match="nbformat notebook"):
        conform({"cells": []})


def test_check_mode_reports_without_writing(tmp_path, capsys):
    path = tmp_path / "chapter.ipynb"
    nbformat.write(toy_notebook(), path)
    before = path.read_bytes()
    assert main(["--check", str(path)]) == 1
    assert path.read_bytes() == before and "differ" in capsys.readouterr().out
    assert main([str(path)]) == 0 and main(["--check", str(path)]) == 0


def test_set_up_cell_installs_from_this_repository_and_branch_and_is_valid_python():
    url, branch = repository()
    source = setup_source()
    assert f'"git+{url}@{branch}"' in source.replace("\n", "").replace("    ", "")
    compile(source, "setup", "exec")
    assert "--no-deps" in source and "tensorflow" in source  # an existing TF is kept


def test_set_up_cell_does_nothing_where_the_package_is_installed(monkeypatch):
    calls = []
    monkeypatch.setattr("subprocess.run", lambda *a, **k: calls.append(a))
    exec(setup_source(), {})  # rnnbook is importable in the test environment
    assert calls == []


def test_glue_falls_back_to_showing_the_value_without_myst_nb(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "myst_nb", None)  # `import myst_nb` now fails
    display.glue("answer", 0.125, display=False)
    assert capsys.readouterr().out == "answer = 0.125\n"
    display.glue("accuracy", np.float32(0.506), display=False)  # rounded as the prose does
    display.glue("count", np.int64(38), display=False)
    assert capsys.readouterr().out == "accuracy = 0.506\ncount = 38\n"
    display.glue("shown", 3)
    assert capsys.readouterr().out.strip() == "3"


def test_glue_calls_myst_nb_when_it_is_installed(monkeypatch):
    seen = []
    monkeypatch.setattr(display, "_myst_nb_glue", lambda: lambda *a, **k: seen.append((a, k)))
    display.glue("answer", 42, display=False)
    assert seen == [(("answer", 42), {"display": False})]


@pytest.mark.parametrize(("name", "flag", "error"), [("", True, ValueError),
                                                     (3, True, ValueError),
                                                     ("x", "no", TypeError)])
def test_glue_checks_its_arguments(name, flag, error):
    with pytest.raises(error):
        display.glue(name, 1, display=flag)


def test_data_folder_override_and_package_copy(monkeypatch, tmp_path):
    monkeypatch.setenv("RNNBOOK_DATA", str(tmp_path))
    assert loading.default_data_dir() == tmp_path.resolve()
    monkeypatch.setenv("RNNBOOK_DATA", str(tmp_path / "missing"))
    with pytest.raises(NotADirectoryError, match="RNNBOOK_DATA"):
        loading.default_data_dir()
    monkeypatch.delenv("RNNBOOK_DATA")
    assert loading.default_data_dir() == ROOT / "data"  # a checkout reads data/ in place


def test_every_package_and_the_data_are_in_the_wheel_list():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    listed = set(config["setuptools"]["packages"])
    on_disk = {
        ".".join(path.parent.relative_to(ROOT / "code").parts)
        for path in (ROOT / "code" / "rnnbook").rglob("__init__.py")
    }
    assert on_disk <= listed, f"add to pyproject.toml's packages: {sorted(on_disk - listed)}"
    assert config["setuptools"]["package-dir"]["rnnbook.data"] == "data"
    shipped = config["setuptools"]["package-data"]["rnnbook.data"]
    files = [p.name for p in (ROOT / "data").iterdir() if not p.name.startswith(".")]
    missing = [name for name in files if not any(fnmatch.fnmatch(name, g) for g in shipped)]
    assert not missing, f"add to pyproject.toml's package-data for rnnbook.data: {missing}"
