"""Short builders of abstract sentence specs for the corpus tests (the generator's format:
see rnnbook.corpus.generator.realise)."""

from __future__ import annotations


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
