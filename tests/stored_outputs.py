"""Reading what a chapter printed, as stored in its notebook (for the README tests)."""

from __future__ import annotations

from pathlib import Path

import nbformat


def printed_lines_after(chapter: Path, header: str) -> list[str]:
    """The non-blank lines a chapter's cell printed after the line containing ``header``."""
    notebook = nbformat.read(chapter, as_version=4)
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            text = output.get("text", "")
            if output.get("output_type") == "stream" and header in text:
                lines = text.splitlines()
                start = next(i for i, line in enumerate(lines) if header in line)
                return [line for line in lines[start + 1 :] if line.strip()]
    raise AssertionError(f"no stored output of {chapter.name} contains {header!r}")
