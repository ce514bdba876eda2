"""The per-sentence rows of a large export (annotations, notes, MQM issues), each table read
in one ordered pass beside the export's chunks.

A chunk's annotations, notes or issues by its texts (:data:`.queries.ANNOTATIONS`,
:data:`.queries.NOTES`, :data:`.queries.MQM_ISSUES`) probe that table's index once for every
sentence of the chunk, marked or not; at a million sentences the annotations alone were a
sixth of the export. When an export covers many articles on SQLite, one query per table
instead reads its rows with their article, in the articles' export order (``…_IN_ARTICLE_ORDER``
in :mod:`.queries`), and each chunk takes the run of rows of its own articles: a merge of two
streams in the same order. Rows of articles the export leaves out are skipped. The
statements stay open for the export, so their rows are one snapshot.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sverka.ops.export.queries import (
    ANNOTATIONS_IN_ARTICLE_ORDER,
    MQM_ISSUES_IN_ARTICLE_ORDER,
    NOTES_IN_ARTICLE_ORDER,
)

# Articles from which one ordered pass beats the per-chunk queries: the pass reads and sorts
# every row of the table, the per-chunk queries touch only the exported sentences.
MIN_ARTICLES = 400

# What each stream gives a chunk (Chunk.prefetched), in the shape of the per-chunk query
STATEMENTS = {
    "annotations": ANNOTATIONS_IN_ARTICLE_ORDER,  # as queries.ANNOTATIONS, oldest first per article
    "notes": NOTES_IN_ARTICLE_ORDER,  # as queries.NOTES, on original texts
    "mqm": MQM_ISSUES_IN_ARTICLE_ORDER,  # as queries.MQM_ISSUES, in span order per article
}


class OrderMismatch(RuntimeError):
    """A stream's order disagreed with the export's article order (a bug, never data)."""


class ArticleStream:
    """One statement's rows, a chunk's articles at a time; its first column is the article id."""

    def __init__(self, conn: Any, statement: Any, rank: Mapping[str, int]) -> None:
        """``rank``: article id -> its place in the export (shared by the export's streams)."""
        self._rank = rank
        # yield_per: rows fetched a thousand at a time, not the whole table's at once
        self._result = conn.execute(statement, execution_options={"yield_per": 1000})
        self._rows: Iterator[Any] = iter(self._result)
        self._pending: Any | None = None
        self._next_rank = 0  # the rank of the first article not yet taken

    def take(self, article_ids: Sequence[str]) -> list[Any]:
        """The rows of these articles (without the article column): the next run of the
        export's articles, in order."""
        if not article_ids:
            return []
        first, last = self._rank[article_ids[0]], self._rank[article_ids[-1]]
        if first != self._next_rank:
            raise OrderMismatch(f"chunk starts at article {first}, the stream at {self._next_rank}")
        self._next_rank = last + 1
        taken: list[Any] = []
        while True:
            row = self._pending if self._pending is not None else next(self._rows, None)
            self._pending = None
            if row is None:
                return taken
            rank = self._rank.get(row[0])
            if rank is None:
                continue  # an article this export leaves out
            if rank > last:
                self._pending = row
                return taken
            if rank < first:
                raise OrderMismatch(f"a row of article {rank} came after article {first}")
            taken.append(row[1:])

    def close(self) -> None:
        """End the statement (a cancelled export must not keep its read snapshot open)."""
        self._result.close()


class Streams:
    """Every stream of an export, or none when it is small or not on SQLite."""

    def __init__(self, conn: Any, article_ids: Sequence[str]) -> None:
        self.streams: dict[str, ArticleStream] = {}
        if self.suits(conn, article_ids):
            rank = {article_id: i for i, article_id in enumerate(article_ids)}
            self.streams = {name: ArticleStream(conn, st, rank) for name, st in STATEMENTS.items()}

    @staticmethod
    def suits(conn: Any, article_ids: Sequence[str]) -> bool:
        """Whether an export of these articles should read its per-sentence rows in passes."""
        return conn.dialect.name == "sqlite" and len(article_ids) >= MIN_ARTICLES

    def take(self, article_ids: Sequence[str]) -> dict[str, list[Any]]:
        """Each stream's rows for these articles (empty when there are no streams)."""
        return {name: stream.take(article_ids) for name, stream in self.streams.items()}

    def __enter__(self) -> Streams:
        return self

    def __exit__(self, *_exc: object) -> None:
        for stream in self.streams.values():
            stream.close()
