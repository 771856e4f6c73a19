"""Read the book's table of contents.

    python tools/toc.py          # the chapters' notebooks (make nbval, make execute, make measure)
    python tools/toc.py --all    # every notebook of the site, the assignment template included

A *chapter* is a page in ``book/``: it stores the outputs of one clean run, states its measured
cost, and nbval re-runs it. The site also shows pages outside ``book/`` (the assignment kit in
``assignments/``: the submission guide and the template students fill in). The template's
``TODO`` cells raise until a student writes them, so it is not a chapter: its own test
(tests/test_assignment_template.py) fills it in with the book's solution and runs it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CHAPTER_DIR = "book"  # the folder of the chapters, relative to the repository's root


def _entries(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for key in ("root", "file"):
            if key in node:
                yield node[key]
        for value in node.values():
            if isinstance(value, list | dict):
                yield from _entries(value)
    elif isinstance(node, list):
        for item in node:
            yield from _entries(item)


def toc_files(root: Path = ROOT) -> list[Path]:
    """Every page listed in ``_toc.yml``, resolved to its existing file (``.md`` or ``.ipynb``)."""
    toc_path = root / "_toc.yml"
    toc = yaml.safe_load(toc_path.read_text(encoding="utf-8"))
    pages = []
    for entry in _entries(toc):
        matches = [root / f"{entry}{suffix}" for suffix in (".md", ".ipynb")]
        found = [match for match in matches if match.is_file()]
        if not found:
            raise FileNotFoundError(f"{toc_path}: page {entry!r} has no .md or .ipynb file")
        pages.append(found[0])
    return pages


def toc_notebooks(root: Path = ROOT) -> list[Path]:
    """Every notebook of the site, in reading order: the chapters and the assignment template."""
    return [page for page in toc_files(root) if page.suffix == ".ipynb"]


def chapter_notebooks(root: Path = ROOT) -> list[Path]:
    """The chapters' notebooks (those in ``book/``), in reading order."""
    return [page for page in toc_notebooks(root) if root / CHAPTER_DIR in page.parents]


def main(argv: list[str] | None = None) -> int:
    """Print the chapters' notebooks (``--all``: every notebook), relative to the root."""
    args = sys.argv[1:] if argv is None else argv
    if args not in ([], ["--all"]):
        print("usage: python tools/toc.py [--all]", file=sys.stderr)
        return 2
    notebooks = toc_notebooks() if args else chapter_notebooks()
    print(" ".join(str(path.relative_to(ROOT)) for path in notebooks))
    return 0


if __name__ == "__main__":
    sys.exit(main())
