"""File ▸ Merge annotators' projects…: join copies of this project that annotators worked on
apart (:func:`sverka.ops.teams.merge.merge_projects`, what ``sverka merge`` runs).

Safe rather than undoable: the merge is one transaction on the writer thread (a failure or a
refused copy leaves the project as it was), running it twice adds nothing, and a copy of
another project is refused with the merge's one-line reason. The summary says what each copy
brought; the window then re-reads the article list, the article on show and the undo stack
(replayed steps of this annotator become undoable like their own).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sverka.db.project import Project, open_project
from sverka.progress import CancelToken, Progress
from sverka.ui.files import PROJECT_FILTER
from sverka.ui.qt import QFileDialog, QMessageBox
from sverka.ui.workbench import Workbench
from sverka.ui.workers import Job, ProgressUi


def _load_commands() -> None:
    """Every ops module, so each logged command kind of a copy can be replayed."""
    import sverka.ops

    for info in pkgutil.walk_packages(sverka.ops.__path__, "sverka.ops."):
        importlib.import_module(info.name)


def merge_job(target: Project, paths: Sequence[Path]) -> Job:
    def fn(progress: Progress, cancel: CancelToken) -> Any:
        from sverka.ops.teams.merge import merge_projects

        _load_commands()
        sources: list[tuple[str, Project]] = []
        try:
            for i, path in enumerate(paths):
                progress(i, len(paths), f"opening {path.name}")
                sources.append((path.name, open_project(path)))
            cancel.raise_if_cancelled()  # the last moment to stop: the merge is one transaction
            return merge_projects(target, sources, lambda message: progress(len(paths), len(paths), message))
        finally:
            for _, source in sources:
                source.close()

    return Job(fn)


class MergeCommand:
    """The merge entry of one window; ``last_report`` is the last merge's report (tests)."""

    def __init__(self, bench: Workbench, merged: Any) -> None:
        self.bench = bench
        self.merged = merged  # called after a merge: the window re-reads what it shows
        self.last_report: Any = None
        self.summary_box: QMessageBox | None = None

    def dialog(self) -> None:
        w = self.bench.window
        project = self.bench.context.project
        if project is None:
            return
        folder = str(project.path.parent) if project.path is not None else str(Path.home())
        names, _ = QFileDialog.getOpenFileNames(w, w.tr("Merge annotators' projects"), folder, PROJECT_FILTER)
        if names:
            self.merge([Path(n) for n in names])

    def merge(self, paths: Sequence[Path]) -> Job | None:
        w = self.bench.window
        project = self.bench.context.project
        if project is None or not paths:
            return None
        if project.path is not None and any(p.resolve() == project.path.resolve() for p in paths):
            self.bench.nav.show_failure(
                w.tr("%1 is this project itself: pick the copies to merge into it").replace(
                    "%1", str(project.path.name)
                )
            )
            return None
        job = merge_job(project, list(paths))
        ProgressUi(w, job, w.tr("Merging…"))
        job.signals.finished.connect(self._merged)
        job.signals.failed.connect(lambda msg: self.bench.nav.show_failure(w.tr("Merge failed: %1").replace("%1", msg)))
        job.signals.cancelled.connect(lambda: self.bench.nav.say(w.tr("Merge cancelled: nothing was changed"), 5000))
        self.bench.tasks.run(job)
        return job

    def _merged(self, report: Any) -> None:
        w = self.bench.window
        self.last_report = report
        self.merged()
        lines = [part.summary() for part in report.sources]
        box = QMessageBox(
            QMessageBox.Icon.Information, w.tr("Merge done"), "\n".join(lines), QMessageBox.StandardButton.Ok, w
        )
        box.open()
        self.summary_box = box
        self.bench.nav.say(w.tr("Merged %1 copies").replace("%1", str(len(lines))), 8000)
