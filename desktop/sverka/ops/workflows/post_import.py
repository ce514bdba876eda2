"""What happens after every import, the same for the CLI and the GUI.

Importing stores texts and sentences; the steps here derive what other features need from
them: sentence alignment of human translations (issue 4) and name mentions (issue 5). Every
step covers the same articles: those the import touched, new and grown (a known original
that gained a translation), as the importer reports them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sverka.cpu_pool import CpuPool
from sverka.db.project import Project
from sverka.ops.alignment.run import AlignSummary, align_imported
from sverka.ops.ingest.report import ImportReport
from sverka.ops.workflows.import_worker import warm_worker
from sverka.progress import CancelToken, Progress, no_progress


@dataclass
class AfterImport:
    aligned: AlignSummary
    mentions: int = 0


def after_import(
    project: Project,
    report: ImportReport,
    *,
    align: bool = True,
    names: bool = True,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    pool: CpuPool | None = None,
) -> AfterImport:
    """Align and detect names in every article the import touched; ``pool``: worker
    processes for the aligning and the matching (started here when there is much to do)."""
    touched = report.touched_article_ids
    if pool is not None:
        pool.start(len(touched))
    aligned = align_imported(project, touched, progress=progress, cancel=cancel, pool=pool) if align else AlignSummary()
    mentions = 0
    if names and touched:
        from sverka.ops.names.detect import detect_mentions  # loads the gazetteer: only when needed

        mentions = detect_mentions(project, touched, progress=progress, cancel=cancel, pool=pool).mentions
    return AfterImport(aligned, mentions)


def import_pool() -> CpuPool:
    """The worker pool of one import (CLI and GUI alike): started by the importer or by
    :func:`after_import` once they know the import is big enough to pay for it."""
    return CpuPool(warm=warm_worker)
