"""The split of a dataset export: whole articles, the same for a seed, stratified by label."""

from __future__ import annotations

from collections import Counter

import pytest

from sverka.ops.export.split import ArticleStats, assign_splits, parse_split


def _stats() -> dict[str, ArticleStats]:
    stats = {}
    for n in range(200):
        labels: Counter[str] = Counter({"common": 5})
        if n % 10 == 0:
            labels["rare"] = 2  # 20 articles carry the rare label
        stats[f"a{n:03d}"] = ArticleStats(10, labels)
    return stats


def test_shares_seed_and_stratification() -> None:
    stats = _stats()
    first = assign_splits(stats, (80, 10, 10), seed=1)
    assert first == assign_splits(dict(reversed(list(stats.items()))), (80, 10, 10), seed=1)  # order-free
    assert first != assign_splits(stats, (80, 10, 10), seed=2)
    sizes = Counter(first.values())
    assert sizes == {"train": 160, "validation": 20, "test": 20}
    rare = Counter(split for aid, split in first.items() if stats[aid].labels["rare"])
    assert rare == {"train": 16, "validation": 2, "test": 2}  # the rare label in every split, in proportion


def test_every_split_gets_an_article_or_the_split_is_refused() -> None:
    few = {f"a{n}": ArticleStats(100 if n == 0 else 1, Counter()) for n in range(3)}
    assert set(assign_splits(few, (80, 10, 10), seed=0).values()) == {"train", "validation", "test"}
    with pytest.raises(ValueError, match="2 articles cannot fill 3 splits"):
        assign_splits(dict(list(few.items())[:2]), (80, 10, 10), seed=0)
    assert set(assign_splits(few, (90, 10), seed=0).values()) == {"train", "validation"}


@pytest.mark.parametrize("text", ["80/10", "80/10/20", "0/50/50", "a/b/c", "100", "50/25/15/10"])
def test_bad_shares_are_refused(text: str) -> None:
    if text == "80/10":
        with pytest.raises(ValueError, match="summing to 100"):
            parse_split(text)
        assert parse_split("90/10") == (90, 10)
        return
    with pytest.raises(ValueError, match=f"split {text!r}"):
        parse_split(text)
