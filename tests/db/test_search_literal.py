"""Issue 13 row 18 (the read models under the GUI's filters): a pasted query of any length and
``%`` / ``_`` that are literal, in the article list and the names panel."""

from __future__ import annotations

from pathlib import Path

import pytest

from sverka.db.project import Project
from sverka.ops.ingest.importer import Importer
from sverka.ops.views.article_list import ArticleFilter, article_ids
from sverka.ops.views.names import list_entities


@pytest.fixture
def titled(project: Project, tmp_path: Path) -> Project:
    (tmp_path / "a.txt").write_text("date 2022-01-05 Prices up 100% in a_b\n\nPrices rose sharply.\n")
    (tmp_path / "b.txt").write_text("date 2022-01-05 Prices up 1000 in aXb\n\nPrices rose again.\n")
    assert not Importer(project).import_paths([tmp_path / "a.txt", tmp_path / "b.txt"]).errors
    return project


def _matches(project: Project, query: str) -> int:
    with project.sessions() as session:
        return len(article_ids(session, ArticleFilter(text=query)))


@pytest.mark.parametrize(("query", "expected"), [("x" * 60_000, 0), ("word " * 12_000, 0), ("Prices " * 10_000, 2)])
def test_a_pasted_query_over_50000_characters_filters_instead_of_failing(
    titled: Project, query: str, expected: int
) -> None:
    # was: OperationalError "LIKE or GLOB pattern too complex"; every word still has to match
    assert _matches(titled, query) == expected


@pytest.mark.parametrize(("query", "expected"), [("a_b", 1), ("%", 1), ("_", 1), ("A_B", 1), ("in a", 2)])
def test_percent_and_underscore_are_literal_in_the_article_filter(titled: Project, query: str, expected: int) -> None:
    assert _matches(titled, query) == expected


def test_names_search_is_literal_and_takes_any_length(titled: Project) -> None:
    from sverka.ops.names.detect import detect_mentions

    (Path(titled.path or ".").parent / "c.txt").write_text("date 2022-01-06 Almaty\n\nProtests in Almaty.\n")
    Importer(titled).import_paths([Path(titled.path or ".").parent / "c.txt"])
    detect_mentions(titled)
    with titled.sessions() as session:
        assert [e.canonical for e in list_entities(session, "lmat")]  # a plain search finds Almaty
        for query in ("%", "_", "%%", "zq" * 30_000):
            assert list_entities(session, query) == [], query[:20]
