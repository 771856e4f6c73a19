"""``python -m rnnbook.corpus build [--out DIR]``: regenerate the corpus files.

``python -m rnnbook.corpus sample [N] [--seed S] [--min-words W]`` prints N random pairs of the
shipped corpus (with W or more English words), the samples of the appendix's quality audit.
"""

from __future__ import annotations

import argparse
import random
import sys

from rnnbook.corpus.generator.build import PAIRS, SEED, build
from rnnbook.corpus.loading import DATA_DIR, load_pairs
from rnnbook.text import tokenize


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rnnbook.corpus")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="regenerate data/ (en_fr.tsv, en_pos.tsv, en_fr_refs.tsv, "
                       "manifest.json)")
    b.add_argument("--out", default=str(DATA_DIR), help="output folder (default: data/)")
    b.add_argument("--pairs", type=int, default=PAIRS)
    b.add_argument("--seed", type=int, default=SEED)
    s = sub.add_parser("sample", help="print random pairs of the shipped corpus")
    s.add_argument("n", type=int, nargs="?", default=10)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--min-words", type=int, default=0,
                   help="draw only from pairs whose English has at least this many words")
    args = parser.parse_args(argv)
    if args.command == "build":
        info = build(args.out, args.pairs, args.seed)
        print(f"wrote {info['pairs']} pairs to {args.out} in {info['seconds']:.1f} s "
              f"({info['cpu_seconds']:.1f} s of CPU in all processes; splits {info['splits']})")
    else:
        pairs = [p for p in load_pairs() if sum(t[0].isalnum() for t in
                                                tokenize(p.english, "en")) >= args.min_words]
        for en, fr in random.Random(args.seed).sample(pairs, min(args.n, len(pairs))):
            print(f"{en}\t{fr}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
