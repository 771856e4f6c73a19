"""Short builders of abstract sentence specs for the corpus tests (the generator's format:
see rnnbook.corpus.generator.realise)."""

from __future__ import annotations

import random


def P(name):  # noqa: N802
    return ("P", name)


def n(key, det="the", num="s", adj=None, owner=None, rel=None):
    return ("N", key, det, num, adj, owner, rel)


def pro(pe, num="s", g="m"):
    return ("PRO", pe, num, g)


def c(verb, subj=None, tense="p", **kw):
    return {"verb": verb, "subj": subj, "tense": tense, "adjuncts": kw.pop("adjuncts", []), **kw}


def simple(clause, **kw):
    return {"kind": "simple", "main": clause, **kw}


def draw_pairs(kind, n: int, seed: int) -> list[tuple[str, str, dict]]:
    """``n`` specs drawn by ``kind(rng)`` from ``seed``, each with its English and French."""
    from rnnbook.corpus.generator.lexicon import extend_pyrealb
    from rnnbook.corpus.generator.realise import realise_pair

    extend_pyrealb()
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        spec = kind(rng)
        english, french = realise_pair(spec)
        out.append((english, french, spec))
    return out
