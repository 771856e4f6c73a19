"""The README's sample translations are the ones Chapter 9 printed (SUB of the assignment)."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
from stored_outputs import printed_lines_after

ROOT = Path(__file__).resolve().parents[1]
CHAPTER = ROOT / "book" / "09_translation_lstm.ipynb"
HEADER = "Sample translations of test sentences"


def readme_words() -> str:
    """The README with every run of whitespace (line breaks included) turned into one space."""
    return " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())


def stored_samples() -> list[str]:
    """The lines Chapter 9's sample cell printed after its header, as stored."""
    return printed_lines_after(CHAPTER, HEADER)


def test_readme_shows_chapter_9_sample_translations_verbatim():
    samples = stored_samples()
    # Each sample: "N. EN:", "   MT:", "   REF:" lines; long sentences wrap onto indented lines.
    starts = [re.match(r"^(?:\d\. )?\s*(EN|MT|REF):", line) for line in samples]
    labels = [start.group(1) for start in starts if start]
    assert labels == ["EN", "MT", "REF"] * 5, "five samples of three parts (EN, MT, REF)"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "\n".join(samples) in readme, "copy the samples of Chapter 9 into the README"


def test_readme_gives_model_structure_and_how_to_run():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "Encoder: Embedding -> LSTM" in readme
    assert "Decoder: Embedding -> LSTM -> Dense" in readme
    assert "make execute NB=book/09_translation_lstm.ipynb" in readme


def test_readme_quotes_chapter_9_test_bleu():
    notebook = nbformat.read(CHAPTER, as_version=4)
    printed = [
        line.split()[2]
        for cell in notebook.cells
        for output in cell.get("outputs", [])
        for line in output.get("text", "").splitlines()
        if line.startswith("test BLEU: ")
    ]
    assert len(printed) == 1, "Chapter 9 prints its test BLEU once"
    assert f"sacreBLEU score of {printed[0]}" in readme_words()


def notebook_constants() -> dict[str, int]:
    """The integer settings (``NAME = 123`` lines) of Chapter 9's model cell."""
    notebook = nbformat.read(CHAPTER, as_version=4)
    constants = {}
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        for line in cell.source.splitlines():
            name, equals, value = line.partition("=")
            value = value.split("#")[0].strip()
            if equals and name.strip().isupper() and value.isdigit():
                constants[name.strip()] = int(value)
    return constants


def test_readme_states_the_sizes_chapter_9_trains_with():
    constants = notebook_constants()
    readme = readme_words()
    assert f"Embedding({constants['EMBEDDING_SIZE']}, mask_zero)" in readme
    assert f"LSTM({constants['UNITS']}, reading the sentence backwards)" in readme
    assert f"LSTM({constants['UNITS']}, initial state" in readme
    assert f"for {constants['EPOCHS']} epochs" in readme
    assert f"batches of {constants['BATCH_SIZE']}" in readme
