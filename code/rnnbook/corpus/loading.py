"""Read the parallel corpus (or any Anki/Tatoeba file), its splits and its POS-tagged twin.

Files (all UTF-8, tab-separated "English<TAB>French<TAB>attribution", so any of them loads
with :func:`load_pairs`): ``data/en_fr.tsv``, one pair per English sentence (the training
targets); ``data/en_fr_refs.tsv``, the other correct translations of validation and test
sentences, one per line (:func:`load_references` merges them); ``data/handwritten_en_fr.tsv``,
everyday sentences written by hand, a sentence on several lines having several references
(:func:`load_handwritten`).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import NamedTuple


def default_data_dir() -> Path:
    """The folder of the book's corpus files, read once when this module is imported.

    In order: the folder named by the environment variable ``RNNBOOK_DATA``; the copy of
    ``data/`` installed inside the package (``rnnbook/data``, from a wheel or
    ``pip install git+...``); the repository's ``data/`` folder (a clone, or an editable
    install: ``code/rnnbook/corpus/loading.py`` -> ``parents[3]`` is the repository's root).
    """
    override = os.environ.get("RNNBOOK_DATA", "").strip()
    if override:
        folder = Path(override).expanduser()
        if not folder.is_dir():
            raise NotADirectoryError(
                f"RNNBOOK_DATA is set to {override!r}, which is not a folder; set it to the "
                "folder holding en_fr.tsv, or unset it to use the book's own data"
            )
        return folder.resolve()
    here = Path(__file__).resolve()
    installed = here.parents[1] / "data"
    if (installed / "manifest.json").is_file():
        return installed
    return here.parents[3] / "data"


DATA_DIR = default_data_dir()
PAIRS_FILE = DATA_DIR / "en_fr.tsv"
TAGGED_FILE = DATA_DIR / "en_pos.tsv"
MANIFEST_FILE = DATA_DIR / "manifest.json"
# Other correct translations of validation and test pairs: lines "English<TAB>French<TAB>
# attribution" like en_fr.tsv, one line per extra reference (see load_references).
REFERENCES_FILE = DATA_DIR / "en_fr_refs.tsv"
# Everyday sentences written by hand, outside the generator: the same format, and an English
# sentence on several lines has several correct translations (see load_handwritten).
HANDWRITTEN_FILE = DATA_DIR / "handwritten_en_fr.tsv"
SPLITS = ("train", "validation", "test")


class Pair(NamedTuple):
    """One translation pair."""

    english: str
    french: str


class PairList(list):
    """A list of :class:`Pair` that remembers where it came from and what was skipped."""

    def __init__(self, pairs=(), source: Path | None = None,
                 skipped: list[tuple[int, str]] | None = None):
        super().__init__(pairs)
        self.source = source
        self.skipped: list[tuple[int, str]] = list(skipped or [])

    @property
    def kept(self) -> int:
        return len(self)

    def report(self) -> str:
        """One line: how many pairs were kept, how many lines skipped and why (first five)."""
        name = self.source.name if self.source else "pairs"
        line = f"{name}: kept {self.kept} pairs"
        if not self.skipped:
            return line + ", skipped no lines"
        reasons = "; ".join(f"line {n}: {why}" for n, why in self.skipped[:5])
        more = f"; and {len(self.skipped) - 5} more" if len(self.skipped) > 5 else ""
        plural = "s" if len(self.skipped) != 1 else ""
        return f"{line}, skipped {len(self.skipped)} malformed line{plural} ({reasons}{more})"

    def __repr__(self) -> str:
        return f"<PairList {self.report()}>"


def _read_text(path: Path) -> str:
    """The file's text (UTF-8, BOM allowed) with clear errors for missing, empty, bad bytes."""
    if not path.exists():
        raise FileNotFoundError(f"no such corpus file: {path}")
    if path.is_dir():
        raise IsADirectoryError(f"{path} is a folder; give the path of a .tsv/.txt file")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise ValueError(
            f"{path}, line {line}: bytes that are not UTF-8 ({data[err.start:err.start + 4]!r}); "
            "save the file as UTF-8"
        ) from None
    if not text.strip():
        raise ValueError(f"{path} is empty: expected lines 'English<TAB>French[<TAB>source]'")
    return text


def _lines(text: str):
    """(line number, line) for each non-blank line, CRLF or LF endings."""
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.rstrip("\r")
        if line.strip():
            yield number, line


def load_pairs(path: str | Path | None = None, *, skip_malformed: bool = False) -> PairList:
    """Load translation pairs from an Anki/Tatoeba tab-separated file.

    Each non-blank line is ``English<TAB>French`` or ``English<TAB>French<TAB>attribution``.
    With no ``path``, the book's own corpus (``data/en_fr.tsv``). A malformed line raises a
    ValueError naming the file and line, unless ``skip_malformed=True``: then it is skipped and
    listed in the result's ``skipped`` and ``report()``.
    """
    path = PAIRS_FILE if path is None else Path(path)
    text = _read_text(path)
    pairs: list[Pair] = []
    skipped: list[tuple[int, str]] = []
    for number, line in _lines(text):
        fields = [field.strip() for field in line.split("\t")]
        reason = None
        if len(fields) not in (2, 3):
            plural = "s" if len(fields) != 1 else ""
            reason = f"{len(fields)} column{plural}, expected 2 or 3 separated by tabs"
        elif not fields[0] or not fields[1]:
            reason = "empty English side" if not fields[0] else "empty French side"
        if reason is None:
            pairs.append(Pair(fields[0], fields[1]))
        elif skip_malformed:
            skipped.append((number, reason))
        else:
            raise ValueError(f"{path}, line {number}: {reason} (pass skip_malformed=True to skip)")
    if not pairs:
        raise ValueError(f"{path} has no valid pair (skipped {len(skipped)} malformed lines)")
    return PairList(pairs, source=path, skipped=skipped)


def split_of(english: str) -> str:
    """The split of a pair, from a stable hash of its English sentence's skeleton: 70/14/16.

    The skeleton (:func:`rnnbook.corpus.skeleton.skeleton`) masks nouns, names, adjectives
    and numbers and writes contractions out, so "Tom has a red car." and "Mary has a new
    bike." are in the same split, and so are "I do not know." and "I don't know.". sha256
    (never Python's ``hash()``, which changes between runs) makes the splits fixed, disjoint
    on the English side, and the same for any corpus file. (The book's corpus then drops the
    validation and test sentences one word away from a training sentence, which brings its
    splits to about 80/10/10.)
    """
    if not isinstance(english, str):
        raise TypeError(f"split_of expects the English sentence as a str, got {type(english)}")
    from rnnbook.corpus.skeleton import skeleton

    bucket = int(hashlib.sha256(skeleton(english).encode("utf-8")).hexdigest()[:8], 16) % 100
    return "train" if bucket < 70 else "validation" if bucket < 84 else "test"


def load_split(split: str, path: str | Path | None = None, *,
               skip_malformed: bool = False) -> PairList:
    """The pairs of one split (``"train"``, ``"validation"`` or ``"test"``), in file order."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
    pairs = load_pairs(path, skip_malformed=skip_malformed)
    return PairList((p for p in pairs if split_of(p.english) == split),
                    source=pairs.source, skipped=pairs.skipped)


def load_references(split: str, path: str | Path | None = None,
                    references_path: str | Path | None = None) -> list[list[str]]:
    """All correct translations of each pair of a split, aligned with ``load_split(split)``.

    Each item is ``[target, *others]``: the pair's own French first, then the other correct
    translations the references file lists for its English (French "vous" for "you", "elles"
    for "they", "vivre" for "live"...). With no paths, the book's corpus and
    ``data/en_fr_refs.tsv``; a missing references file means one reference per pair. Give the
    result to ``rnnbook.seq2seq.evaluation.corpus_bleu`` as its ``references``.
    """
    pairs = load_split(split, path)
    if references_path is None:  # another corpus file has no references file of ours
        references_path = REFERENCES_FILE if path is None else None
    extra: dict[str, list[str]] = {}
    if references_path is not None and Path(references_path).exists() and \
            Path(references_path).stat().st_size:
        for english, french in load_pairs(references_path):
            extra.setdefault(english, []).append(french)
    return [[pair.french, *[f for f in extra.get(pair.english, []) if f != pair.french]]
            for pair in pairs]


def load_handwritten(path: str | Path | None = None) -> list[tuple[str, list[str]]]:
    """The hand-written everyday sentences: (English, [French references]) in file order.

    Lines sharing their English are several correct translations of one sentence.
    """
    pairs = load_pairs(HANDWRITTEN_FILE if path is None else path)
    out: dict[str, list[str]] = {}
    for english, french in pairs:
        out.setdefault(english, [])
        if french not in out[english]:
            out[english].append(french)
    return list(out.items())


def load_tagged(path: str | Path | None = None,
                pairs_path: str | Path | None = None) -> list[tuple[list[str], list[str]]]:
    """English sentences as (tokens, Universal POS tags), for sequence labelling.

    ``data/en_pos.tsv`` holds one line of space-separated tags per line of the pairs file
    (``data/en_fr.tsv``); the tokens are ``tokenize(english, "en", lower=False)``, the same
    tokenisation the translation chapters use.
    """
    from rnnbook.text import tokenize

    path = TAGGED_FILE if path is None else Path(path)
    lines = list(_lines(_read_text(path)))
    pairs = load_pairs(pairs_path)
    if len(lines) != len(pairs):
        raise ValueError(f"{path} has {len(lines)} lines of tags for {len(pairs)} pairs "
                         f"in {pairs.source}")
    out: list[tuple[list[str], list[str]]] = []
    for (number, line), pair in zip(lines, pairs, strict=True):
        tokens, tags = tokenize(pair.english, "en", lower=False), line.split()
        if len(tokens) != len(tags):
            raise ValueError(f"{path}, line {number}: {len(tags)} tags for {len(tokens)} tokens")
        out.append((tokens, tags))
    return out
