"""File menu commands of the main window: new/open/recent projects, import, export.

Imports and exports run as jobs on the writer thread (:mod:`sverka.ui.workers`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sverka.ui import settings
from sverka.ui.qt import QDesktopServices, QFileDialog, QMenu, QMessageBox, QUrl
from sverka.ui.workbench import Workbench
from sverka.ui.workers import ImportOutcome, Job, ProgressUi, export_job, import_job, resume_job

if TYPE_CHECKING:
    from sverka.ui.dialogs.export import ExportDialog, ExportRequest

PROJECT_FILTER = "Sverka projects (*.sverka *.db *.sqlite);;All files (*)"


OpenProject = Callable[..., bool]  # (target, create=False) -> opened


class FileCommands:
    """Projects, import and export for one window; ``open_project`` is the window's."""

    def __init__(self, bench: Workbench, open_project: OpenProject) -> None:
        self.bench = bench
        self.open_project = open_project
        self.last_import: Any = None  # the last ImportReport (tests and the status bar read it)
        self.export_done: QMessageBox | None = None  # the last export's message ("Open folder")
        self.recent = QMenu(bench.window.tr("Open &recent"), bench.window)

    def new_project_dialog(self) -> None:
        w = self.bench.window
        path, _ = QFileDialog.getSaveFileName(w, w.tr("New project"), str(Path.home() / "news.sverka"), PROJECT_FILTER)
        if path:
            if Path(path).exists():
                QMessageBox.warning(w, w.tr("New project"), w.tr("That file exists already; open it instead."))
                return
            self.open_project(path, create=True)

    def open_project_dialog(self) -> None:
        w = self.bench.window
        path, _ = QFileDialog.getOpenFileName(w, w.tr("Open project"), str(Path.home()), PROJECT_FILTER)
        if path:
            self.open_project(path)

    def refresh_recent(self, items: Sequence[str] | None = None) -> None:
        menu = self.recent
        menu.clear()
        for path in items if items is not None else settings.recent_projects():
            action = menu.addAction(path)
            action.triggered.connect(lambda *_, p=path: self.open_project(p))
        menu.setEnabled(not menu.isEmpty())

    def import_files_dialog(self) -> None:
        w = self.bench.window
        paths, _ = QFileDialog.getOpenFileNames(
            w,
            w.tr("Import files"),
            str(Path.home()),
            w.tr("Articles (*.txt *.jsonl *.json *.csv *.tsv *.tmx);;All files (*)"),
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_folder_dialog(self) -> None:
        w = self.bench.window
        path = QFileDialog.getExistingDirectory(w, w.tr("Import folder"), str(Path.home()))
        if path:
            self.import_paths([Path(path)])

    def import_paths(self, paths: Sequence[Path]) -> Job | None:
        """Import in the writer thread; a progress dialog appears if it takes a while."""
        w = self.bench.window
        if self.bench.context.project is None or self.bench.nav.refuse_write():
            return None
        job = import_job(self.bench.context.project, paths, self.bench.context.annotator_name)
        ProgressUi(w, job, w.tr("Importing…"))
        job.signals.finished.connect(self._imported)
        job.signals.failed.connect(lambda msg: QMessageBox.warning(w, w.tr("Import failed"), msg))
        job.signals.cancelled.connect(lambda: self.bench.nav.say(w.tr("Import cancelled"), 5000))
        self.bench.tasks.run(job)
        return job

    def finish_interrupted(self) -> Job | None:
        """On open: finish the alignment and names a killed import (or translation) left,
        in the writer thread with the usual progress dialog (issue 13 row 2)."""
        from sverka.db.pending import has_records

        w = self.bench.window
        project = self.bench.context.project
        if project is None or project.read_only is not None or not has_records(project):
            return None
        job = resume_job(project)
        ProgressUi(w, job, w.tr("Finishing an interrupted import…"))
        job.signals.finished.connect(self._finished_interrupted)
        failure = w.tr("Could not finish an interrupted import: %1")
        job.signals.failed.connect(lambda msg: self.bench.nav.show_failure(failure.replace("%1", msg)))
        self.bench.tasks.run(job)
        return job

    def _finished_interrupted(self, lines: list[str]) -> None:
        if lines:
            self.bench.articles.model.reload()
            self.bench.nav.reload_rows()
            w = self.bench.window
            text = w.tr("Finished an interrupted import: %1")
            self.bench.nav.say(text.replace("%1", "; ".join(lines)), 8000)

    def _imported(self, outcome: ImportOutcome) -> None:
        w = self.bench.window
        report = self.last_import = outcome.report
        self.bench.articles.model.reload()
        if self.bench.context.project is not None:
            from sverka.ops.views import article_list

            with self.bench.context.project.sessions() as session:
                self.bench.articles.set_languages(article_list.project_languages(session))
        text = w.tr("Imported %1 articles (%2 sentences), %3 already present").replace("%1", str(report.articles))
        text = text.replace("%2", str(report.sentences)).replace("%3", str(report.duplicates))
        if outcome.aligned.translations:
            text += w.tr("; aligned %1 translations").replace("%1", str(outcome.aligned.translations))
        if report.errors:
            QMessageBox.warning(w, w.tr("Some files were not imported"), "\n".join(report.errors[:20]))
        self.bench.nav.say(text, 8000)
        if report.article_ids and self.bench.alignment.article is None:
            self.bench.nav.show_article(report.article_ids[0])

    def export_dialog(self, export: Callable[[ExportRequest], object] | None = None) -> ExportDialog | None:
        """File ▸ Export: the dialog opens (not exec'd); OK starts the export job."""
        from sverka.ops.export.labels import filter_choices
        from sverka.ops.views import article_list
        from sverka.ui.dialogs.export import ExportDialog

        w = self.bench.window
        if self.bench.context.project is None:
            return None
        with self.bench.context.project.sessions() as session:
            languages = article_list.project_languages(session)
            choices = filter_choices(session)
        article = self.bench.alignment.article
        # No folder given: the last export folder or the user's documents, never the project's
        # folder (the demo and most projects live in the hidden data folder).
        dialog = ExportDialog(w, languages, None, choices, article.id if article is not None else None)
        run = export or self.export
        dialog.accepted.connect(lambda: run(dialog.request()))
        dialog.open()
        return dialog

    def _exported(self, request: ExportRequest, count: int) -> QMessageBox:
        """Say what was written, with "Open folder" (non-modal: tests and the worker go on)."""
        w = self.bench.window
        text = w.tr("Exported %1 records to %2").replace("%1", str(count)).replace("%2", str(request.path))
        self.bench.nav.say(text, 8000)
        folder = request.path if request.split else request.path.parent
        box = QMessageBox(QMessageBox.Icon.Information, w.tr("Export"), text, QMessageBox.StandardButton.Close, w)
        opener = box.addButton(w.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        opener.clicked.connect(lambda *_: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder.resolve()))))
        box.open()
        self.export_done = box
        return box

    def export(self, request: ExportRequest) -> Job | None:
        """Export in the writer thread with the usual progress dialog and Cancel."""
        w = self.bench.window
        if self.bench.context.project is None:
            return None
        from sverka.ui.dialogs.export import remember_folder

        job = export_job(self.bench.context.project, request)
        ProgressUi(w, job, w.tr("Exporting…"))
        remember_folder(request)
        job.signals.finished.connect(lambda n: self._exported(request, int(n)))
        # Non-modal (show_failure opens, never execs): the worker and tests go on.
        job.signals.failed.connect(
            lambda msg: self.bench.nav.show_failure(w.tr("Export failed: %1").replace("%1", msg))
        )
        job.signals.cancelled.connect(lambda: self.bench.nav.say(w.tr("Export cancelled"), 5000))
        self.bench.tasks.run(job)
        return job
