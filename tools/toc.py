"""Read the book's table of contents: ``python tools/toc.py`` prints its notebooks."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


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
    """The notebooks of the book, in reading order."""
    return [page for page in toc_files(root) if page.suffix == ".ipynb"]


if __name__ == "__main__":
    print(" ".join(str(p.relative_to(ROOT)) for p in toc_notebooks()))
    sys.exit(0)
