"""Give every chapter the book's set-up cell, and make ``glue`` work without myst-nb.

    python tools/notebook_setup.py            # rewrite the notebooks of _toc.yml in place
    python tools/notebook_setup.py --check    # only report the notebooks that differ (exit 1)
    python tools/notebook_setup.py a.ipynb    # only these notebooks

For every notebook it

1. makes the canonical set-up cell (:func:`setup_source`, tagged ``setup`` and
   ``remove-cell``) the first code cell: inserted before the first code cell, or updated and
   moved there when a cell tagged ``setup`` already exists. The cell does nothing where the
   book's package is installed (a clone, Binder, CI); in Colab or a bare Jupyter it installs
   the package, with its data, from the repository and branch in ``_config.yml``, keeping the
   TensorFlow already there, so the next cell's ``import rnnbook`` works without a restart.
   The website drops it (``remove-cell``): there it would be a no-op with no output;
2. rewrites ``from myst_nb import glue`` to ``from rnnbook.display import glue``, which falls
   back to showing the value where myst-nb (needed only to build the book) is missing, and
   sorts that cell's imports again with ruff (``book/ruff.toml``).

It is idempotent: a second run changes nothing. A cell whose source changes loses its stored
outputs and execution count, so run ``make execute`` afterwards.
"""

from __future__ import annotations

import argparse
import functools
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `python tools/notebook_setup.py` from the repository's root
    sys.path.insert(0, str(ROOT))

from tools.toc import toc_notebooks  # noqa: E402

SETUP_TAGS = ("setup", "remove-cell")
GLUE_IMPORT = re.compile(r"^from myst_nb import glue[ \t]*$", re.MULTILINE)
WRAPPER_IMPORT = "from rnnbook.display import glue"

_SETUP_TEMPLATE = """\
# Set-up for Colab or any Jupyter without the book: where its package is installed (a
# clone, Binder) this does nothing. Elsewhere it installs the package and its data from
# the book's repository, keeping the TensorFlow already there. No restart is needed.
import importlib.metadata
import importlib.util
import os
import subprocess
import sys

if importlib.util.find_spec("rnnbook") is None:
    book = os.environ.get("RNNBOOK_INSTALL", "git+{url}@{branch}")
    pip = [sys.executable, "-m", "pip", "install", "--quiet"]
    if importlib.util.find_spec("tensorflow") is None:
        subprocess.run([*pip, book], check=True)
    else:  # the package alone, then what it needs besides TensorFlow
        subprocess.run([*pip, "--no-deps", book], check=True)
        importlib.invalidate_caches()
        needs = importlib.metadata.requires("rnnbook") or []
        needs = [r for r in needs if "tensorflow" not in r and "extra ==" not in r]
        subprocess.run([*pip, "--no-warn-conflicts", *needs], check=True)
    importlib.invalidate_caches()"""


def repository(root: Path = ROOT) -> tuple[str, str]:
    """The book's repository address and branch, from ``_config.yml``."""
    config = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8"))
    repo = config.get("repository") or {}
    url, branch = str(repo.get("url", "")).rstrip("/"), str(repo.get("branch", ""))
    if not re.fullmatch(r"https://[\w.-]+/[\w.-]+/[\w.-]+", url):
        raise ValueError(f"_config.yml: repository.url must be https://host/owner/repo: {url!r}")
    if not re.fullmatch(r"[\w./-]+", branch):
        raise ValueError(f"_config.yml: repository.branch must be a branch name, got {branch!r}")
    return url, branch


@functools.cache
def setup_source(root: Path = ROOT) -> str:
    """The source of the canonical set-up cell, for the repository and branch of ``root``.

    Formatted by ruff, so that ``make lint`` accepts it whatever the address's length.
    """
    url, branch = repository(root)
    return _ruff(["format", "--quiet"], _SETUP_TEMPLATE.format(url=url, branch=branch), root)


def _is_setup(cell) -> bool:
    return cell.cell_type == "code" and "setup" in cell.metadata.get("tags", [])


def _ruff(args: list[str], source: str, root: Path = ROOT) -> str:
    """``source`` passed through ``ruff <args>`` with the book's configuration."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            *args,
            "--config",
            str(root / "book" / "ruff.toml"),
            "--stdin-filename",
            "cell.py",
            "-",
        ],
        input=source,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"ruff {args[0]} failed on a cell: {result.stderr.strip()}")
    return result.stdout.rstrip("\n")


def _sort_imports(source: str, root: Path = ROOT) -> str:
    """``source`` with its imports sorted and its code formatted as ``make lint`` wants."""
    return _ruff(
        ["format", "--quiet"],
        _ruff(["check", "--quiet", "--select", "I", "--fix-only"], source, root),
        root,
    )


def _index(cells: list, cell) -> int | None:
    """The position of this very cell (cells that are equal but distinct do not count)."""
    return next((i for i, other in enumerate(cells) if other is cell), None)


def _remove(cells: list, cell) -> bool:
    """Remove this very cell; True if it was there."""
    position = _index(cells, cell)
    if position is not None:
        del cells[position]
    return position is not None


def _changed(cell, source: str) -> None:
    cell.source = source
    cell.outputs = []
    cell.execution_count = None


def conform(notebook, root: Path = ROOT) -> list[str]:
    """Bring ``notebook`` (an nbformat node, changed in place) to the book's conventions.

    Returns what was changed, one short phrase each; an empty list means it already conformed.
    """
    if not hasattr(notebook, "cells"):
        raise TypeError(f"conform expects an nbformat notebook, got {type(notebook).__name__}")
    changes = []
    wanted = setup_source(root)
    setups = [cell for cell in notebook.cells if _is_setup(cell)]
    for extra in setups[1:]:
        _remove(notebook.cells, extra)
        changes.append("removed a second set-up cell")
    if setups:
        cell = setups[0]
        if cell.source != wanted:
            _changed(cell, wanted)
            changes.append("updated the set-up cell")
    else:
        cell = nbformat.v4.new_code_cell(wanted)
        changes.append("inserted the set-up cell")
    tags = list(cell.metadata.get("tags", []))
    missing = [tag for tag in SETUP_TAGS if tag not in tags]
    if missing:
        cell.metadata["tags"] = tags + missing
        changes.append("tagged the set-up cell " + ", ".join(missing))
    first_code = next((c for c in notebook.cells if c.cell_type == "code"), None)
    if first_code is not cell:
        if _remove(notebook.cells, cell):
            changes.append("moved the set-up cell first")
        first_code = next((c for c in notebook.cells if c.cell_type == "code"), None)
        position = _index(notebook.cells, first_code)
        notebook.cells.insert(len(notebook.cells) if position is None else position, cell)
    for other in notebook.cells:
        if other.cell_type == "code" and GLUE_IMPORT.search(other.source):
            source = GLUE_IMPORT.sub(WRAPPER_IMPORT, other.source)
            _changed(other, _sort_imports(source, root))
            changes.append("imported glue from rnnbook.display")
    return changes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "notebooks",
        nargs="*",
        type=Path,
        help="notebooks to conform (default: every notebook of _toc.yml)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; list the notebooks that do not conform (exit 1)",
    )
    args = parser.parse_args(argv)
    paths = args.notebooks or toc_notebooks()
    differing = 0
    for path in paths:
        notebook = nbformat.read(path, as_version=4)
        changes = conform(notebook)
        if not changes:
            continue
        differing += 1
        print(f"{path}: {'; '.join(changes)}")
        if not args.check:
            nbformat.write(notebook, path)
    if args.check and differing:
        print(f"{differing} notebook(s) differ: run python tools/notebook_setup.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
