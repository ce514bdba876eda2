"""``--split 80/10/10 --seed N -o DIR``: train / validation / test files and a dataset card.

Splits are made of whole articles (no article in two splits, so near-duplicate sentences of
one story never straddle train and test), deterministic for a seed, and stratified by label
as far as whole articles allow: articles carrying the rarest labels are placed first, each
in the split furthest below its share of those labels and of sentences.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sverka.ops.export.fields.core import CORE
from sverka.ops.export.options import ExportOptions

SPLIT_NAMES = ("train", "validation", "test")


def parse_split(text: str) -> tuple[int, ...]:
    """``80/10/10`` (or ``90/10``) -> percentages; ValueError with a one-line reason."""
    try:
        parts = tuple(int(p) for p in text.split("/"))
    except ValueError:
        raise ValueError(f"split {text!r}: give percentages like 80/10/10") from None
    if not 2 <= len(parts) <= 3 or any(p < 0 for p in parts) or sum(parts) != 100 or parts[0] == 0:
        raise ValueError(f"split {text!r}: two or three percentages summing to 100, train first")
    return parts


@dataclass
class ArticleStats:
    sentences: int
    labels: Counter[str]


def assign_splits(stats: dict[str, ArticleStats], shares: Sequence[int], seed: int) -> dict[str, str]:
    """article id -> split name: grouped by article, stratified by label, the same for a seed."""
    names = SPLIT_NAMES[: len(shares)]
    fractions = [s / 100 for s in shares]
    wanted = sum(1 for f in fractions if f > 0)
    if len(stats) < wanted:
        raise ValueError(f"{len(stats)} articles cannot fill {wanted} splits (a split is made of whole articles)")
    order = sorted(stats)  # a stable start, so the seed alone decides
    random.Random(seed).shuffle(order)
    totals: Counter[str] = Counter()
    for s in stats.values():
        totals.update(s.labels)
    all_sentences = max(1, sum(s.sentences for s in stats.values()))

    def rarity(aid: str) -> float:
        labels = stats[aid].labels
        return min((totals[name] for name in labels), default=float("inf"))

    order.sort(key=rarity)  # stable: the shuffle breaks ties
    have_sent = [0.0] * len(names)
    have_lab: list[Counter[str]] = [Counter() for _ in names]
    out: dict[str, str] = {}
    for aid in order:
        art = stats[aid]
        best, best_score = 0, float("-inf")
        for i, fraction in enumerate(fractions):
            if fraction == 0:
                continue
            # How far below its share the split is, relative to that share (an absolute
            # deficit would hand nearly everything to train): for the sentences and for each
            # of the article's labels.
            score = 1 - have_sent[i] / (fraction * all_sentences)
            for name in art.labels:
                score += 1 - have_lab[i][name] / (fraction * totals[name])
            if have_sent[i] == 0:
                score += 1e9  # every split gets an article first: an empty split loads as an error
            if score > best_score:
                best, best_score = i, score
        out[aid] = names[best]
        have_sent[best] += art.sentences
        have_lab[best].update(art.labels)
    return out


def article_stats(records: object) -> dict[str, ArticleStats]:
    stats: dict[str, ArticleStats] = defaultdict(lambda: ArticleStats(0, Counter()))
    for record in records:  # type: ignore[attr-defined]
        entry = stats[record["article_id"]]
        entry.sentences += 1
        entry.labels.update(record["labels"])
    return dict(stats)


def stats_options(options: ExportOptions) -> ExportOptions:
    """The same selection with the core fields only: the first pass reads labels per article."""
    return replace(options, field_sets=(CORE,), normalized=False, qa=False)


def split_paths(folder: Path, shares: Sequence[int], suffix: str) -> list[Path]:
    return [folder / f"{name}{suffix}" for name, share in zip(SPLIT_NAMES, shares, strict=False) if share > 0]
