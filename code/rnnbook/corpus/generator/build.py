"""Build the corpus files in data/: pairs, POS tags, extra references and manifest, byte for
byte reproducible.

``python -m rnnbook.corpus build`` draws sentence specs with a seeded generator, realises them
with pyrealb (in two worker processes; the order of the output does not depend on them), keeps
the distinct English sentences in order, drops the validation and test sentences that are one
word away from a training sentence (the split is by sentence skeleton, see
:mod:`rnnbook.corpus.skeleton`), keeps the first ``PAIRS`` and writes the files.

Size: 40,000 pairs, as in version 1: Chapter 9 trains its LSTM on the training split within
the book's time budget, and the everyday kinds replace generated sentences rather than adding
to them.
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

GENERATOR_VERSION = "2.7"
SEED = 2024
PAIRS = 40_000
BATCH = 6_000
ATTRIBUTION = "CC-BY 4.0 rnnbook"
MIN_WORDS, MAX_WORDS = 2, 32  # "Sing." is dropped: sentences have 2 to about 30 words


def _init_worker() -> None:
    from rnnbook.corpus.generator.lexicon import extend_pyrealb

    extend_pyrealb()


def _realise_chunk(specs: list) -> list[list[tuple[str, str, tuple[str, ...]]] | None]:
    """Realise specs: the pairs of each (two when its English is also written with
    contractions), each with its other correct French translations when it falls in the
    validation or test split; None for a spec that makes no sense (`nonsense`) or that pyrealb
    cannot realise cleanly (it warns)."""
    from rnnbook.corpus.generator.grammar import nonsense
    from rnnbook.corpus.generator.realise import contract, realise_pair
    from rnnbook.corpus.generator.references import other_translations

    out = []
    for spec in specs:
        if nonsense(spec):
            out.append(None)
            continue
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
            en, fr = realise_pair(spec)
        clean = not buffer.getvalue().strip() and "[[" not in en + fr
        words = sum(1 for t in tokenize(en, "en") if t[0].isalnum())
        if not (clean and MIN_WORDS <= words <= MAX_WORDS):
            out.append(None)
            continue
        refs: tuple[str, ...] = ()
        if split_of(en) != "train":
            with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
                refs = tuple(other_translations(spec, en, fr))
        pairs = [(en, fr, refs)]
        if spec.get("contract") == "both" and contract(en) != en:
            pairs.append((contract(en), fr, refs))
        out.append(pairs)
    return out


def candidates(n_pairs: int = PAIRS, seed: int = SEED, workers: int | None = None
               ) -> tuple[list[tuple[str, str, tuple[str, ...]]], dict]:
    """The first ``n_pairs`` distinct-English pairs for this seed (with their extra
    references), before the near-duplicate filter of :func:`generate`; and statistics."""
    from rnnbook.corpus.generator.everyday import draw

    rng = random.Random(seed)
    workers = workers or min(2, os.cpu_count() or 1)
    pairs: list[tuple[str, str, tuple[str, ...]]] = []
    seen: set[str] = set()
    drawn = rejected = duplicates = 0
    ctx = get_context("fork") if hasattr(os, "fork") else get_context()
    with ctx.Pool(workers, initializer=_init_worker) as pool:
        while len(pairs) < n_pairs:
            # Specs are drawn one after another from one generator, so the batch size changes
            # only how many are wasted at the end, never which pairs are kept.
            wanted = int(1.15 * (n_pairs - len(pairs))) + 50
            batch = [draw(rng) for _ in range(min(BATCH, wanted))]
            drawn += len(batch)
            size = max(1, len(batch) // (4 * workers))
            chunks = [batch[i:i + size] for i in range(0, len(batch), size)]
            for result in pool.map(_realise_chunk, chunks):
                for realised in result:
                    if realised is None:
                        rejected += 1
                        continue
                    for pair in realised:
                        if pair[0] in seen:
                            duplicates += 1
                        elif len(pairs) < n_pairs:
                            seen.add(pair[0])
                            pairs.append(pair)
    return pairs, {"specs_drawn": drawn, "specs_rejected": rejected,
                   "duplicates_dropped": duplicates}


def drop_near_duplicates(pairs: list[tuple]) -> tuple[list[tuple], int, float]:
    """Drop the validation and test pairs whose English is one word away from a training
    sentence; returns the kept pairs, how many were dropped, and the test split's
    one-word-away rate before dropping."""
    from rnnbook.corpus.skeleton import near_duplicates

    train = [p[0] for p in pairs if split_of(p[0]) == "train"]
    held = [p for p in pairs if split_of(p[0]) != "train"]
    flags = dict(zip((p[0] for p in held), near_duplicates([p[0] for p in held], train),
                     strict=True))
    test = [flags[p[0]] for p in held if split_of(p[0]) == "test"]
    rate = sum(test) / max(1, len(test))
    kept = [p for p in pairs if not flags.get(p[0], False)]
    return kept, len(pairs) - len(kept), rate


def generate(n_pairs: int = PAIRS, seed: int = SEED, workers: int | None = None
             ) -> tuple[list[tuple[str, str, tuple[str, ...]]], dict]:
    """``n_pairs`` pairs: the candidates in order, less the validation and test sentences
    one word away from a training sentence (drawing more candidates to make up for them).

    Dropping a held-out sentence never makes another one a near-duplicate, and cutting the
    list at ``n_pairs`` only removes sentences, so no kept validation or test sentence is
    one word away from a kept training sentence."""
    margin = 1.04
    while True:
        pool, stats = candidates(int(n_pairs * margin) + 20, seed, workers)
        kept, dropped, rate = drop_near_duplicates(pool)
        if len(kept) >= n_pairs:
            break
        margin += 0.03
    kept = kept[:n_pairs]
    last = pool.index(kept[-1]) + 1
    stats["candidates"] = last
    stats["near_duplicates_dropped"] = last - n_pairs
    stats["test_one_word_away_before_dropping"] = round(rate, 4)
    return kept, stats


def render_files(pairs: list[tuple[str, str, tuple[str, ...]]]) -> dict[str, bytes]:
    """The bytes of each data file for these pairs (en_fr.tsv, en_pos.tsv, en_fr_refs.tsv)."""
    from rnnbook.corpus.generator.tagging import tag

    tsv = "".join(f"{en}\t{fr}\t{ATTRIBUTION}\n" for en, fr, *_ in pairs)
    # One line of tags per pair, aligned with en_fr.tsv; the tokens are
    # tokenize(english, "en", lower=False), so the file need not repeat them.
    pos_lines = [" ".join(tag(tokenize(en, "en", lower=False))) + "\n" for en, *_ in pairs]
    # Extra references of validation and test pairs: the same three columns as en_fr.tsv,
    # one line per other correct translation (load_references reads them).
    refs = "".join(f"{en}\t{ref}\t{ATTRIBUTION}\n" for en, _, extra in pairs
                   if split_of(en) != "train" for ref in extra)
    return {"en_fr.tsv": tsv.encode("utf-8"), "en_pos.tsv": "".join(pos_lines).encode("utf-8"),
            "en_fr_refs.tsv": refs.encode("utf-8")}


def manifest(files: dict[str, bytes], pairs: list[tuple[str, str]], stats: dict,
             seed: int) -> dict:
    import pyrealb

    splits = {"train": 0, "validation": 0, "test": 0}
    for en, *_ in pairs:
        splits[split_of(en)] += 1
    return {
        "name": "rnnbook English-French corpus",
        "generator": "rnnbook.corpus",
        "generator_version": GENERATOR_VERSION,
        "pyrealb_version": pyrealb.pyrealb_version,
        "seed": seed,
        "pairs": len(pairs),
        "splits": splits,
        "split_rule": "sha256(skeleton(English)) first 8 hex digits mod 100: <70 train, "
                      "<84 validation; skeleton = rnnbook.corpus.skeleton.skeleton (nouns, "
                      "names, adjectives and numbers masked, contractions written out); "
                      "validation and test sentences one word away from a training sentence "
                      "are dropped",
        "references": "en_fr_refs.tsv: other correct translations of validation and test "
                      "pairs (tu/vous, ils/elles, habiter/vivre, one fish or several, "
                      "yes/no questions with est-ce que), one per line",
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
