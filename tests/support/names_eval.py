"""Evaluating name clustering: pairwise precision/recall/F1, distractors merged, baselines.

A harness for tests/unit/test_names_cluster.py and bench/bench_names.py, not product code.

The evaluation file is TSV: ``surface<TAB>gold<TAB>lang[<TAB>note]``; ``#`` starts a
comment, and ``#distinct<TAB>a<TAB>b`` declares gold entities that must never share a
cluster. Pairwise scores count every pair of rows: a pair is positive when both rows
have the same gold entity, predicted positive when both got the same cluster id.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from sverka.core.names.keys import openrefine_fingerprint

Clusterer = Callable[[Sequence[str]], list[str]]  # names -> cluster id per name


@dataclass(frozen=True)
class EvalSet:
    rows: list[tuple[str, str, str]]  # surface, gold, lang
    distinct: list[tuple[str, str]]


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    distractors_merged: list[tuple[str, str]]
    pairs_predicted: int
    pairs_gold: int


def parse_eval(text: str) -> EvalSet:
    """Read an evaluation TSV (see the module docstring)."""
    rows: list[tuple[str, str, str]] = []
    distinct: list[tuple[str, str]] = []
    for line in text.splitlines():
        if line.startswith("#distinct\t"):
            _, a, b = line.split("\t")[:3]
            distinct.append((a, b))
        elif line.strip() and not line.startswith("#"):
            fields = line.split("\t")
            rows.append((fields[0], fields[1], fields[2] if len(fields) > 2 else ""))
    return EvalSet(rows, distinct)


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise(gold: Sequence[str], predicted: Sequence[str]) -> tuple[float, float, float]:
    """Pairwise (precision, recall, F1) from cluster sizes, in linear time."""
    cells = Counter(zip(gold, predicted, strict=True))
    tp = sum(_pairs(n) for n in cells.values())
    pred = sum(_pairs(n) for n in Counter(predicted).values())
    true = sum(_pairs(n) for n in Counter(gold).values())
    p = tp / pred if pred else 1.0
    r = tp / true if true else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(evalset: EvalSet, predicted: Sequence[str]) -> Scores:
    """Pairwise scores of ``predicted`` cluster ids (one per row of ``evalset``)."""
    gold = [g for _, g, _ in evalset.rows]
    p, r, f1 = pairwise(gold, predicted)
    clusters_of: dict[str, set[str]] = defaultdict(set)
    for g, c in zip(gold, predicted, strict=True):
        clusters_of[g].add(c)
    merged = [(a, b) for a, b in evalset.distinct if clusters_of[a] & clusters_of[b]]
    cells = Counter(zip(gold, predicted, strict=True))
    return Scores(
        p,
        r,
        f1,
        merged,
        sum(_pairs(n) for n in Counter(predicted).values()),
        sum(_pairs(n) for n in Counter(gold).values()) if cells else 0,
    )


def sverka_clusterer(names: Sequence[str]) -> list[str]:
    """Sverka's clustering with the bundled gazetteer."""
    from sverka.core.names.cluster import cluster_names

    return [r.entity_id for r in cluster_names(names)]


def fingerprint_clusterer(names: Sequence[str]) -> list[str]:
    """Baseline 1: OpenRefine key collision with the plain fingerprint."""
    return [openrefine_fingerprint(n) for n in names]


@lru_cache(maxsize=1)
def _russian_translit() -> Callable[..., str]:
    from transliterate import get_translit_function

    fn: Callable[..., str] = get_translit_function("ru")
    return fn


def fuzzy_clusterer(names: Sequence[str], cutoff: float = 85.0) -> list[str]:
    """Baseline 2: transliterate's Russian pack, fingerprint, then rapidfuzz nearest
    neighbours (ratio >= ``cutoff``, single linkage) — what one builds from the parts."""
    to_latin = _russian_translit()
    keys = [openrefine_fingerprint(to_latin(n, reversed=True)) for n in names]
    unique = sorted(set(keys))
    parent = {k: k for k in unique}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    matrix = process.cdist(unique, unique, scorer=fuzz.ratio, score_cutoff=cutoff, dtype="uint8")
    for i, j in zip(*matrix.nonzero(), strict=True):
        if i < j:
            parent[find(unique[j])] = find(unique[i])
    return [find(k) for k in keys]
