"""The package's architecture: no import cycle, and no module imports a layer above its own."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "code" / "rnnbook"

# What each part of the package may import from the rest of it (besides itself). The lower
# layers never import the higher ones: tasks, cells and the corpus know nothing of seq2seq.
ALLOWED = {
    "rnnbook": {"session", "training"},
    "arguments": set(),
    "session": set(),
    "text": set(),
    "training": set(),
    "plots": set(),
    "tasks": {"arguments"},
    "cells": set(),
    "diagnostics": set(),
    "corpus": {"text"},
    "tagging": {"arguments", "text", "corpus"},
    "language_model": {"arguments", "text"},
    "hybrid": {"arguments", "text"},
    "seq2seq": {"arguments", "text"},
    "checks": {"arguments", "text", "seq2seq"},  # the assignment's self-checks
    "model_cache": set(),
    "display": set(),
    # the book's two trained translators, loaded from the model cache by later chapters
    "translators": {"session", "text", "corpus", "seq2seq", "model_cache"},
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """The rnnbook modules a file imports, anywhere in it (functions included)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return {name for name in found if name == "rnnbook" or name.startswith("rnnbook.")}


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}
GRAPH = {
    name: {m for m in imports_of(path) if m in MODULES and m != name}
    for name, path in MODULES.items()
}


def part_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "rnnbook"


def test_every_part_imports_only_the_layers_below_it():
    assert {part_of(m) for m in MODULES} == set(ALLOWED), "a new part needs its row in ALLOWED"
    wrong = [
        f"{name} imports {target}"
        for name, targets in GRAPH.items()
        for target in targets
        if part_of(target) != part_of(name) and part_of(target) not in ALLOWED[part_of(name)]
        and target != "rnnbook"
    ]
    assert not wrong, wrong


def test_the_corpus_loaders_never_import_its_generator():
    for name in ("rnnbook.corpus", "rnnbook.corpus.loading"):
        assert not any(".generator" in target for target in GRAPH[name]), GRAPH[name]


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return path[path.index(target):] + [target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_no_import_cycle():
    # Importing a package runs its __init__, so a submodule "imports" its parents too; the
    # graph leaves that edge out and counts only the import statements written in the files.
    assert find_cycle(GRAPH) is None, find_cycle(GRAPH)


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None
