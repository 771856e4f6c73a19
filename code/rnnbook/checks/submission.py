"""The README a student hands in, written from their own trained objects (assignment, SUB)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

_RUN = """\
1. Install the book's package and its pinned dependencies (`make setup` in the book's
   repository, or open the notebook in Binder or Colab, whose first cell installs them).
2. Open `{notebook}` and run all cells, top to bottom (Run > Run All Cells). Training takes a
   few minutes on a laptop CPU.
"""


def _layer_line(layer: Any) -> str | None:
    kind = type(layer).__name__
    if kind == "InputLayer":
        return None
    if kind == "Embedding":
        size = f"{layer.input_dim} ids -> vectors of {layer.output_dim}"
    elif hasattr(layer, "units"):
        activation = getattr(getattr(layer, "activation", None), "__name__", "")
        size = f"{layer.units} units" + (f", {activation}" if kind == "Dense" else "")
    elif kind == "Bidirectional":
        size = f"{layer.forward_layer.units} units each way"
    else:
        size = ""
    return f"| {layer.name} | {kind} | {size} | {layer.count_params():,} |"


def submission_readme(
    model: Any,
    samples: Sequence[tuple[str, str, str]],
    bleu: Any,
    notebook: str = "translation.ipynb",
    structure: str = "Encoder: Embedding -> LSTM; Decoder: Embedding -> LSTM -> Dense",
) -> str:
    """The README's text: model structure and sizes, how to run, samples, BLEU.

    ``samples``: five (English, model output, reference) triples of test sentences;
    ``bleu``: the test BLEU, a :class:`~rnnbook.seq2seq.evaluation.BleuScore` (score and
    sacreBLEU signature) or a ``(score, signature)`` pair.
    """
    if len(samples) != 5 or any(len(sample) != 3 for sample in samples):
        raise ValueError("give five (English, model output, reference) triples")
    score, signature = (
        (bleu.score, bleu.signature) if hasattr(bleu, "signature") else tuple(bleu)
    )
    rows = [line for layer in model.layers if (line := _layer_line(layer))]
    lines = [
        "# English-to-French translation with an LSTM encoder-decoder",
        "",
        "## Model structure",
        "",
        f"{structure}.",
        "",
        "| layer | type | size | parameters |",
        "|---|---|---|---|",
        *rows,
        "",
        f"Total parameters: {model.count_params():,}.",
        "",
        "## How to run",
        "",
        _RUN.format(notebook=notebook).rstrip(),
        "",
        "## Sample translations (test sentences, not used in training)",
        "",
    ]
    for number, (english, output, reference) in enumerate(samples, start=1):
        lines += [f"{number}. EN: {english}", f"   MT: {output}", f"   REF: {reference}", ""]
    lines += [
        "## Score",
        "",
        f"Corpus BLEU on the test sentences: {float(score):.1f} (sacreBLEU `{signature}`).",
        "",
    ]
    return "\n".join(lines)


def write_submission_readme(path: str | Path, *args: Any, **kwargs: Any) -> Path:
    """Write :func:`submission_readme` to ``path`` (folders are made); return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(submission_readme(*args, **kwargs), encoding="utf-8")
    print(f"wrote {path}")
    return path
