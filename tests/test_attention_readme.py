"""The README's attention samples are the ones Chapter 10 printed, and their heatmaps exist."""

from __future__ import annotations

from pathlib import Path

from stored_outputs import printed_lines_after

ROOT = Path(__file__).resolve().parents[1]
CHAPTER = ROOT / "book" / "10_attention.ipynb"
HEADER = "Sample translations of test sentences with and without attention"
HEATMAPS = ROOT / "book" / "images" / "attention_samples.png"


def stored_samples() -> list[str]:
    """The lines Chapter 10's sample cell printed after its header, as stored."""
    return printed_lines_after(CHAPTER, HEADER)


def test_readme_shows_chapter_10_samples_verbatim():
    samples = stored_samples()
    assert sum(line.lstrip()[:2] in {"1.", "2.", "3.", "4.", "5."} for line in samples) == 5
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "\n".join(samples) in readme, "copy the samples of Chapter 10 into the README"


def test_readme_gives_the_attention_model_and_its_heatmaps():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "Encoder: Embedding -> bidirectional LSTM" in readme
    assert "attention" in readme and "book/images/attention_samples.png" in readme
    assert HEATMAPS.is_file() and HEATMAPS.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
