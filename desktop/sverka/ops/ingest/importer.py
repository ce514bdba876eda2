"""Importing files into a project: read, segment, detect languages, bulk-insert.

Each file is read completely before anything is written, so a bad file adds no rows; the
rest of the batch still imports. Rows go in with executemany-style bulk inserts, a batch
of files per transaction. Content already in the project (same checksum) is skipped.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sverka.core.readers import ArticleDraft, ReadError, expand_paths, read_unit
from sverka.cpu_pool import CpuPool
from sverka.db.bulk import bulk_insert
from sverka.db.models import Article, Sentence, Text, utcnow
from sverka.db.project import Project
from sverka.db.search import BulkIndexing
from sverka.ops.ingest.prepare import PreparedArticle, cached_detector, checksum, prepare_batch, prepare_text
from sverka.ops.ingest.report import ImportReport
from sverka.ops.settings import project_languages
from sverka.progress import CancelToken, Progress, no_progress

# Articles per transaction: fewer, larger commits (each pays a WAL sync and maybe a checkpoint)
# took a 10,000-article import from ~11 s to ~8 s; 2,000 articles stay ~20 MB in memory.
BATCH_ARTICLES = 2000
# The first batches are smaller (this many articles, then twice as many each time, up to
# BATCH_ARTICLES): the writer waits for the first batch's preparation, and with one big
# batch nothing overlaps at all — an import of 500 articles was one batch.
FIRST_BATCH = 100
# A batch refused because a concurrent import stored the same articles is checked again
# this many times in all (each retry sees more of the other import's rows).
_STORE_ATTEMPTS = 3
# With a worker pool: batches being prepared while one is written (one per worker, one queued).
POOL_AHEAD = 3


def _batches(drafts: list[ArticleDraft]) -> list[list[ArticleDraft]]:
    out = []
    size = min(FIRST_BATCH, BATCH_ARTICLES)
    start = 0
    while start < len(drafts):
        out.append(drafts[start : start + size])
        start += size
        size = min(size * 2, BATCH_ARTICLES)
    return out


# Called inside each batch's transaction with that batch's report, before it commits: the
# pending-work record (sverka.ops.workflows.resume) commits with the rows it describes.
BatchHook = Callable[[Session, ImportReport], None]


class Importer:
    """Imports drafts into one project; reusable across calls (keeps the detector warm)."""

    def __init__(
        self,
        project: Project,
        languages: Sequence[str] | None = None,
        *,
        on_commit: BatchHook | None = None,
        pool: CpuPool | None = None,
    ) -> None:
        """``languages``: the candidates of language detection; None, the default, takes the
        project's own (Preferences, ``sverka init --languages``; see ``ops.settings``).
        ``on_commit``: see :data:`BatchHook`. ``pool``: worker processes that segment and
        detect the batches ahead of the writes (started here when the import is big)."""
        self.project = project
        self.on_commit = on_commit
        self.pool = pool
        self.languages = tuple(languages) if languages is not None else project_languages(project)
        self.detector = cached_detector(self.languages)

    def import_paths(
        self,
        paths: Iterable[Path],
        *,
        original_lang: str | None = None,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> ImportReport:
        """Import files and folders; errors are collected per file, never raised."""
        report = ImportReport()
        units, errors = expand_paths(list(paths))
        if self.pool is not None:
            self.pool.start(len(units))  # the workers start while the files are read
        report.errors.extend(str(e) for e in errors)
        drafts: list[ArticleDraft] = []
        for done, unit in enumerate(units, start=1):
            if cancel is not None and cancel.cancelled:
                report.cancelled = True
                return report
            skipped: list[ReadError] = []  # bad translations of a group whose other files import
            try:
                drafts.extend(read_unit(unit, original_lang, skipped))
            except ReadError as exc:
                report.errors.append(str(exc))
            report.errors.extend(str(e) for e in skipped)
            progress(done, len(units), "reading")
        self._write_all(drafts, report, progress, cancel)
        return report

    def import_drafts(self, drafts: Sequence[ArticleDraft]) -> ImportReport:
        report = ImportReport()
        self._write_all(list(drafts), report, no_progress, None)
        return report

    def _write_all(
        self, drafts: list[ArticleDraft], report: ImportReport, progress: Progress, cancel: CancelToken | None
    ) -> None:
        # A pipeline: the next batches are segmented and detected while this thread writes
        # the current one — by the pool's worker processes once they are warm (a big
        # import), else by one thread (which only overlaps SQLite's work and the commit's
        # fsync: they release the GIL). The workers take a few seconds to start, so the
        # first batches of a big import go to the thread meanwhile.
        batches = _batches(drafts)
        if not batches:
            return
        if self.pool is not None:
            self.pool.start(len(drafts))
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sverka-import-prepare") as thread:
            ahead: deque[Future[list[PreparedArticle]]] = deque()
            sent = 0

            def send() -> None:
                nonlocal sent
                while sent < len(batches):
                    if self.pool is not None and self.pool.warm and len(ahead) < POOL_AHEAD:
                        ahead.append(self.pool.submit(prepare_batch, batches[sent], self.languages))
                    elif not ahead:  # the thread: one batch ahead of the writer
                        ahead.append(thread.submit(prepare_batch, batches[sent], self.languages, cancel))
                    else:
                        return
                    sent += 1

            send()
            written = 0
            for batch in batches:
                prepared = ahead.popleft().result()  # re-raises what preparing raised
                if cancel is not None and cancel.cancelled:  # a cut-short batch is never stored
                    report.cancelled = True
                    for rest in ahead:
                        rest.cancel()
                    break
                send()
                self._store(batch, prepared, report)
                written += len(batch)
                progress(written, len(drafts), "importing")

    def _store(self, drafts: list[ArticleDraft], prepared: list[PreparedArticle], report: ImportReport) -> None:
        """Store a batch; counted in ``report`` only once committed.

        Another import may commit the same articles between this one's checksum check and
        its insert (two imports of one folder): the unique checksum refuses the batch, and
        a new transaction checks again, now finding the other import's rows as duplicates.
        """
        for attempt in range(_STORE_ATTEMPTS):
            batch = ImportReport()
            try:
                self._store_once(drafts, prepared, batch)
            except IntegrityError:
                if attempt == _STORE_ATTEMPTS - 1:
                    raise
                continue
            report.articles += batch.articles
            report.texts += batch.texts
            report.sentences += batch.sentences
            report.duplicates += batch.duplicates
            for article_id in batch.article_ids:
                report.record_new(article_id)
            for article_id in batch.grown_article_ids:
                report.record_grown(article_id)
            return

    def _store_once(self, drafts: list[ArticleDraft], prepared: list[PreparedArticle], report: ImportReport) -> None:
        articles: list[dict[str, Any]] = []
        texts: list[dict[str, Any]] = []
        sentences: list[dict[str, Any]] = []
        with self.project.transaction() as session:
            sums = [checksum(d.original.content) for d in drafts]
            existing: dict[str, str] = {
                digest: article_id
                for digest, article_id in session.execute(
                    select(Article.checksum, Article.id).where(Article.checksum.in_(sums))
                )
            }
            next_position = (session.scalar(select(func.max(Article.position))) or 0) + 1
            for draft, digest, ready in zip(drafts, sums, prepared, strict=True):
                if digest in existing:
                    added = self._add_missing_translations(session, existing[digest], draft, texts, sentences)
                    if added:
                        report.record_grown(existing[digest])
                    else:
                        report.duplicates += 1
                    continue
                existing[digest] = ready.article_id
                articles.append(
                    {
                        "id": ready.article_id,
                        "title": draft.title,
                        "date": draft.date,
                        "url": draft.url,
                        "external_id": draft.external_id,
                        "source": draft.source,
                        "checksum": digest,
                        "status": "todo",
                        "position": next_position,
                    }
                )
                next_position += 1
                report.record_new(ready.article_id)
                for text in ready.texts:
                    texts.append(text.row)
                    sentences.extend(text.sentences)
            # Driver-level executemany, not ORM objects: this is the hot path of big imports.
            now = utcnow()
            for row in (*articles, *texts):
                row["created_at"] = now
            bulk = BulkIndexing(session)
            for table, rows in ((Article, articles), (Text, texts), (Sentence, sentences)):
                bulk_insert(session, cast(Table, table.__table__), rows)
            bulk.finish([t["id"] for t in texts])
            if self.on_commit is not None and report.touched_article_ids:
                self.on_commit(session, report)
        report.articles += len(articles)
        report.texts += len(texts)
        report.sentences += len(sentences)

    def _add_missing_translations(
        self,
        session: Any,
        article_id: str,
        draft: ArticleDraft,
        texts: list[dict[str, Any]],
        sentences: list[dict[str, Any]],
    ) -> bool:
        """Re-import of a known original: add only translations not seen before."""
        known = set(session.scalars(select(Text.checksum).where(Text.article_id == article_id)))
        known.update(t["checksum"] for t in texts if t["article_id"] == article_id)
        position = len(known)
        added = False
        for text in draft.translations:
            if checksum(text.content) in known:
                continue
            prepared = prepare_text(text, article_id, "translation", position, self.detector)
            texts.append(prepared.row)
            sentences.extend(prepared.sentences)
            known.add(prepared.row["checksum"])
            position += 1
            added = True
        return added
