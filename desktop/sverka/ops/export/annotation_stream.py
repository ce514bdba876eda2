"""The annotations of a large export, read in one ordered pass beside its chunks.

A chunk's annotations by its texts (:data:`.queries.ANNOTATIONS`) probe the annotation index
once for every sentence of the chunk, annotated or not; at a million sentences that was a
sixth of the export. When an export covers many articles on SQLite, one query instead reads
every annotation with its article, in the articles' export order
(:data:`.queries.ANNOTATIONS_IN_ARTICLE_ORDER`), and each chunk takes the run of rows of its
own articles: a merge of two streams in the same order. Rows of articles the export leaves
out are skipped. The statement stays open for the export, so its rows are one snapshot.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sverka.ops.export.queries import ANNOTATIONS_IN_ARTICLE_ORDER

# Articles from which one ordered pass beats the per-chunk queries: the pass reads and sorts
# every annotation of the project, the per-chunk queries touch only the exported sentences.
MIN_ARTICLES = 400


class OrderMismatch(RuntimeError):
    """The stream's order disagreed with the export's article order (a bug, never data)."""


class AnnotationStream:
    """Each chunk's annotation rows, as :data:`.queries.ANNOTATIONS` gives them (text_id,
    idx, sentence_id, label, annotator, kind, created_at, note), oldest first per article."""

    def __init__(self, conn: Any, article_ids: Sequence[str]) -> None:
        self._rank = {article_id: i for i, article_id in enumerate(article_ids)}
        # yield_per: rows fetched a thousand at a time, not the whole project's at once
        result = conn.execute(ANNOTATIONS_IN_ARTICLE_ORDER, execution_options={"yield_per": 1000})
        self._rows: Iterator[Any] = iter(result)
        self._pending: Any | None = None
        self._next_rank = 0  # the rank of the first article not yet taken

    @staticmethod
    def suits(conn: Any, article_ids: Sequence[str]) -> bool:
        """Whether an export of these articles should read its annotations in one pass."""
        return conn.dialect.name == "sqlite" and len(article_ids) >= MIN_ARTICLES

    def take(self, article_ids: Sequence[str]) -> list[Any]:
        """The rows of these articles: the next run of the export's articles, in order."""
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
                raise OrderMismatch(f"an annotation of article {rank} came after article {first}")
            taken.append(row[1:])
