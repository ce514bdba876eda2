"""What happens after every import, the same for the CLI and the GUI.

Importing stores texts and sentences; the steps here derive what other features need from
them: sentence alignment of human translations (issue 4) and name mentions (issue 5).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sverka.db.project import Project
from sverka.ops.alignment.run import AlignSummary, align_imported
from sverka.ops.ingest.importer import ImportReport
from sverka.progress import CancelToken, Progress, no_progress


@dataclass
class AfterImport:
    aligned: AlignSummary
    mentions: int = 0


def after_import(
    project: Project,
    report: ImportReport,
    started: datetime,
    *,
    align: bool = True,
    names: bool = True,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> AfterImport:
    """Align and detect names for what an import added (``started``: taken before it ran).

    Alignment also covers known articles that gained a translation (found by creation time).
    """
    aligned = (
        align_imported(project, report.article_ids, started, progress=progress, cancel=cancel)
        if align
        else AlignSummary()
    )
    mentions = 0
    if names and report.article_ids:
        from sverka.ops.names.detect import detect_mentions  # loads the gazetteer: only when needed

        mentions = detect_mentions(project, report.article_ids, progress=progress, cancel=cancel).mentions
    return AfterImport(aligned, mentions)
