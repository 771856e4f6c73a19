"""Build the corpus files in data/: pairs, POS tags and manifest, byte for byte reproducible.

``python -m rnnbook.corpus build`` draws sentence specs with a seeded generator, realises them
with pyrealb (in two worker processes; the order of the output does not depend on them), keeps
the first ``PAIRS`` distinct English sentences and writes the files.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import random
import time
from multiprocessing import get_context
from pathlib import Path

from rnnbook.corpus.loading import DATA_DIR, split_of
from rnnbook.text import tokenize

GENERATOR_VERSION = "1.0"
SEED = 2024
PAIRS = 40_000
BATCH = 6_000
ATTRIBUTION = "CC-BY 4.0 rnnbook"
MIN_WORDS, MAX_WORDS = 2, 32  # "Sing." is dropped: sentences have 2 to about 30 words


def _init_worker() -> None:
    from rnnbook.corpus.generator.lexicon import extend_pyrealb

    extend_pyrealb()


def _realise_chunk(specs: list) -> list[tuple[str, str] | None]:
    """Realise specs; None for one pyrealb cannot realise cleanly (it prints a warning)."""
    from rnnbook.corpus.generator.realise import realise_pair

    out = []
    for spec in specs:
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
            en, fr = realise_pair(spec)
        clean = not buffer.getvalue().strip() and "[[" not in en + fr
        words = sum(1 for t in tokenize(en, "en") if t[0].isalnum())
        out.append((en, fr) if clean and MIN_WORDS <= words <= MAX_WORDS else None)
    return out


def generate(n_pairs: int = PAIRS, seed: int = SEED, workers: int | None = None
             ) -> tuple[list[tuple[str, str]], dict]:
    """The first ``n_pairs`` distinct-English pairs for this seed, and build statistics."""
    from rnnbook.corpus.generator.grammar import sentence

    rng = random.Random(seed)
    workers = workers or min(2, os.cpu_count() or 1)
    pairs: list[tuple[str, str]] = []
    seen: set[str] = set()
    drawn = rejected = duplicates = 0
    ctx = get_context("fork") if hasattr(os, "fork") else get_context()
    with ctx.Pool(workers, initializer=_init_worker) as pool:
        while len(pairs) < n_pairs:
            # Specs are drawn one after another from one generator, so the batch size changes
            # only how many are wasted at the end, never which pairs are kept.
            wanted = int(1.15 * (n_pairs - len(pairs))) + 50
            batch = [sentence(rng) for _ in range(min(BATCH, wanted))]
            drawn += len(batch)
            size = max(1, len(batch) // (4 * workers))
            chunks = [batch[i:i + size] for i in range(0, len(batch), size)]
            for result in pool.map(_realise_chunk, chunks):
                for pair in result:
                    if pair is None:
                        rejected += 1
                    elif pair[0] in seen:
                        duplicates += 1
                    elif len(pairs) < n_pairs:
                        seen.add(pair[0])
                        pairs.append(pair)
    return pairs, {"specs_drawn": drawn, "specs_rejected": rejected,
                   "duplicates_dropped": duplicates}


def render_files(pairs: list[tuple[str, str]]) -> dict[str, bytes]:
    """The bytes of each data file for these pairs."""
    from rnnbook.corpus.generator.tagging import tag

    tsv = "".join(f"{en}\t{fr}\t{ATTRIBUTION}\n" for en, fr in pairs)
    # One line of tags per pair, aligned with en_fr.tsv; the tokens are
    # tokenize(english, "en", lower=False), so the file need not repeat them.
    pos_lines = [" ".join(tag(tokenize(en, "en", lower=False))) + "\n" for en, _ in pairs]
    return {"en_fr.tsv": tsv.encode("utf-8"), "en_pos.tsv": "".join(pos_lines).encode("utf-8")}


def manifest(files: dict[str, bytes], pairs: list[tuple[str, str]], stats: dict,
             seed: int) -> dict:
    import pyrealb

    splits = {"train": 0, "validation": 0, "test": 0}
    for en, _ in pairs:
        splits[split_of(en)] += 1
    return {
        "name": "rnnbook English-French corpus",
        "generator": "rnnbook.corpus",
        "generator_version": GENERATOR_VERSION,
        "pyrealb_version": pyrealb.pyrealb_version,
        "seed": seed,
        "pairs": len(pairs),
        "splits": splits,
        "split_rule": "sha256(English) first 8 hex digits mod 100: <80 train, <90 validation",
        **stats,
        "files": {
            name: {"bytes": len(data), "lines": data.count(b"\n"),
                   "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in files.items()
        },
        "license": "CC BY 4.0",
    }


def build(out_dir: str | Path = DATA_DIR, n_pairs: int = PAIRS, seed: int = SEED,
          workers: int | None = None) -> dict:
    """Generate the corpus and write it to ``out_dir``; returns the manifest."""
    start = time.perf_counter()
    pairs, stats = generate(n_pairs, seed, workers)
    files = render_files(pairs)
    info = manifest(files, pairs, stats, seed)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (out_dir / name).write_bytes(data)
    text = json.dumps(info, indent=2, ensure_ascii=False) + "\n"
    (out_dir / "manifest.json").write_text(text, encoding="utf-8")
    info["seconds"] = time.perf_counter() - start
    try:  # CPU time of this process and its workers (Unix only)
        import resource

        usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                     resource.RUSAGE_CHILDREN)]
        info["cpu_seconds"] = sum(u.ru_utime + u.ru_stime for u in usage)
    except ImportError:
        info["cpu_seconds"] = float("nan")
    return info
