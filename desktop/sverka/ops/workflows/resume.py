"""Imports and translations that a kill cannot leave half-processed.

:func:`import_paths` and :func:`translate` run the feature (``ops.ingest``, ``ops.mt``) with a
pending-work record (:mod:`sverka.db.pending`) written in the same transaction as their first
rows, run the follow-up steps (alignment and name mentions: :mod:`post_import`; mentions of
machine texts: :mod:`post_translate`), then clear the record. A run killed anywhere in
between leaves the record; :func:`finish_abandoned` — called when a project is opened by the
CLI or the GUI, and by ``sverka check --repair`` — runs the steps left and clears it. The steps
are idempotent (realignment keeps manual rows; mentions of the covered sentences are
replaced), so running one twice after a kill changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from sverka.cpu_pool import CpuPool
from sverka.db import pending
from sverka.db.models import Article
from sverka.db.pending import PendingWork
from sverka.db.project import Project
from sverka.ops.alignment.run import AlignSummary
from sverka.ops.ingest.importer import Importer
from sverka.ops.ingest.report import ImportReport
from sverka.ops.workflows.peer_import import PeerImportReport, PeerOptions, import_files
from sverka.ops.workflows.post_import import AfterImport, after_import, import_pool
from sverka.ops.workflows.post_translate import after_translate
from sverka.progress import CancelToken, Progress, no_progress

if TYPE_CHECKING:
    from sverka.core.mt.translator import MtOptions
    from sverka.ops.mt.translate import TranslateSummary


def _steps(align: bool, names: bool) -> list[str]:
    return [step for step, wanted in (("align", align), ("names", names)) if wanted]


def _existing(project: Project, article_ids: Sequence[str]) -> list[str]:
    """The recorded articles still in the project (one may have been deleted since), in order."""
    found: set[str] = set()
    with project.sessions() as session:
        for start in range(0, len(article_ids), 500):
            chunk = list(article_ids[start : start + 500])
            found.update(session.scalars(select(Article.id).where(Article.id.in_(chunk))))
    return [a for a in article_ids if a in found]


def _run_steps(
    project: Project,
    work: PendingWork,
    progress: Progress,
    cancel: CancelToken | None,
    pool: CpuPool | None = None,
) -> AfterImport | None:
    """Run what ``work`` has left, recording each finished step; None if cancelled (the
    record stays, so the next open finishes it). ``pool``: see :func:`after_import`."""
    ids = _existing(project, work.article_ids)
    report = ImportReport(article_ids=ids)
    result = AfterImport(AlignSummary())
    if "align" in work.steps:
        result.aligned = after_import(project, report, names=False, progress=progress, cancel=cancel, pool=pool).aligned
        if result.aligned.cancelled:
            return None
        work.steps.remove("align")
        if work.steps:
            with project.transaction() as session:
                pending.save(session, work)
    if "names" in work.steps:
        if work.kind == "translate":
            result.mentions = after_translate(project, ids, progress=progress, cancel=cancel)
        else:
            result.mentions = after_import(
                project, report, align=False, progress=progress, cancel=cancel, pool=pool
            ).mentions
        if cancel is not None and cancel.cancelled:
            return None
    with project.transaction() as session:
        pending.clear(session, work)
    return result


def _recorder(work: PendingWork) -> Callable[[Session, Sequence[str]], None]:
    """The hook that adds a batch's articles to ``work`` inside the batch's transaction."""
    return lambda session, article_ids: pending.add_articles(session, work, article_ids)


@dataclass
class Imported:
    report: ImportReport
    after: AfterImport
    peer: PeerImportReport = field(default_factory=PeerImportReport)  # TMX rows, peers' labels


def import_paths(
    project: Project,
    paths: Sequence[Path],
    *,
    original_lang: str | None = None,
    align: bool = True,
    names: bool = True,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    peer: PeerOptions | None = None,
) -> Imported:
    """Import (other tools' files too, see :mod:`peer_import`), then align and find names
    (see :mod:`post_import`), resumable after a kill."""
    work = PendingWork("import", _steps(align, names), options={"paths": [str(p) for p in paths]})
    record = _recorder(work)
    # One pool for the whole import: the workers that prepared the batches then align and
    # match them, already warm. Closed (dropping queued jobs on a cancel) when it ends.
    with import_pool() as pool, pending.running(work):
        importer = Importer(
            project, on_commit=lambda session, batch: record(session, batch.touched_article_ids), pool=pool
        )
        try:
            done = import_files(
                project,
                list(paths),
                peer,
                original_lang=original_lang,
                progress=progress,
                cancel=cancel,
                importer=importer,
            )
            report = done.report
            if not work.written:  # nothing new: no record, nothing to follow up
                return Imported(report, AfterImport(AlignSummary()), done)
            after = _run_steps(project, work, progress, cancel, pool)
        finally:
            pool.close(cancel=cancel is not None and cancel.cancelled)
    return Imported(report, after or AfterImport(AlignSummary(cancelled=True)), done)


def translate(
    project: Project,
    *,
    to_lang: str = "en",
    article_ids: Sequence[str] | None = None,
    options: MtOptions | None = None,
    models_dir: Path | None = None,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    model: str | None = None,
) -> TranslateSummary:
    """Translate (``ops.mt``; ``model``: one package's id instead of the best route), then find
    the machine texts' name mentions, resumable."""
    from sverka.ops.mt.translate import translate_project  # loads the MT stack only when used

    work = PendingWork("translate", ["names"], options={"to": to_lang})
    record = _recorder(work)
    with pending.running(work):
        summary = translate_project(
            project,
            to_lang=to_lang,
            article_ids=article_ids,
            options=options,
            models_dir=models_dir,
            progress=progress,
            cancel=cancel,
            on_commit=record,
            model=model,
        )
        if work.written:
            _run_steps(project, work, progress, cancel)
    return summary


@dataclass
class Finished:
    """What :func:`finish_abandoned` did: one line per record finished."""

    lines: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)  # records another live run owns


def abandoned_work(project: Project) -> list[PendingWork]:
    with project.sessions() as session:
        return [w for w in pending.load_all(session) if pending.abandoned(w)]


def finish_abandoned(
    project: Project,
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    announce: Callable[[str], None] | None = None,
) -> Finished:
    """Finish every record no live run owns; ``announce`` hears each before it runs."""
    finished = Finished()
    with project.sessions() as session:
        records = pending.load_all(session)
    for work in records:
        if not pending.abandoned(work):
            finished.left.append(work.describe())
            continue
        with project.transaction() as session:
            if not pending.claim(session, work):
                continue  # another run took it meanwhile
        if announce is not None:
            announce(f"finishing {work.describe()}")
        with import_pool() as pool, pending.running(work):
            try:
                result = _run_steps(project, work, progress, cancel, pool)
            finally:
                pool.close(cancel=cancel is not None and cancel.cancelled)
        if result is None:
            break
        done = [f"aligned {result.aligned.translations} translations"] if result.aligned.translations else []
        finished.lines.append(f"finished the {work.what}: {', '.join([*done, f'{result.mentions} name mentions'])}")
    return finished
