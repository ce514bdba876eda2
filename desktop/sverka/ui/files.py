"""File menu commands of the main window: new/open/recent projects, import, export."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QMessageBox

from sverka.ui import settings
from sverka.ui.window_part import WindowPart
from sverka.ui.workers import ImportOutcome, Job, ProgressUi, export_job, import_job

if TYPE_CHECKING:
    from sverka.ui.dialogs.export import ExportDialog, ExportRequest

PROJECT_FILTER = "Sverka projects (*.sverka *.db *.sqlite);;All files (*)"


class FileActions(WindowPart):
    """Mixed into :class:`MainWindow`; kept apart so the window module stays small."""

    last_import: Any = None  # the last ImportReport (tests and the status bar read it)

    def new_project_dialog(self) -> None:
        w = self._w()
        path, _ = QFileDialog.getSaveFileName(w, w.tr("New project"), str(Path.home() / "news.sverka"), PROJECT_FILTER)
        if path:
            if Path(path).exists():
                QMessageBox.warning(w, w.tr("New project"), w.tr("That file exists already; open it instead."))
                return
            w.open_project(path, create=True)

    def open_project_dialog(self) -> None:
        w = self._w()
        path, _ = QFileDialog.getOpenFileName(w, w.tr("Open project"), str(Path.home()), PROJECT_FILTER)
        if path:
            w.open_project(path)

    def refresh_recent(self, items: Sequence[str] | None = None) -> None:
        w = self._w()
        menu = w.actions_.recent
        menu.clear()
        for path in items if items is not None else settings.recent_projects():
            action = menu.addAction(path)
            action.triggered.connect(lambda *_, p=path: w.open_project(p))
        menu.setEnabled(not menu.isEmpty())

    def import_files_dialog(self) -> None:
        w = self._w()
        paths, _ = QFileDialog.getOpenFileNames(
            w,
            w.tr("Import files"),
            str(Path.home()),
            w.tr("Articles (*.txt *.jsonl *.json *.csv *.tsv);;All files (*)"),
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_folder_dialog(self) -> None:
        w = self._w()
        path = QFileDialog.getExistingDirectory(w, w.tr("Import folder"), str(Path.home()))
        if path:
            self.import_paths([Path(path)])

    def import_paths(self, paths: Sequence[Path]) -> Job | None:
        """Import in the writer thread; a progress dialog appears if it takes a while."""
        w = self._w()
        if w.project is None:
            return None
        job = import_job(w.project, paths)
        ProgressUi(w, job, w.tr("Importing…"))
        job.signals.finished.connect(self._imported)
        job.signals.failed.connect(lambda msg: QMessageBox.warning(w, w.tr("Import failed"), msg))
        job.signals.cancelled.connect(lambda: w.statusBar().showMessage(w.tr("Import cancelled"), 5000))
        w.tasks.run(job)
        return job

    def _imported(self, outcome: ImportOutcome) -> None:
        w = self._w()
        report = self.last_import = outcome.report
        w.articles.model.reload()
        if w.project is not None:
            from sverka.ops.views import article_list

            with w.project.sessions() as session:
                w.articles.set_languages(article_list.project_languages(session))
        text = w.tr("Imported %1 articles (%2 sentences), %3 already present").replace("%1", str(report.articles))
        text = text.replace("%2", str(report.sentences)).replace("%3", str(report.duplicates))
        if outcome.aligned.translations:
            text += w.tr("; aligned %1 translations").replace("%1", str(outcome.aligned.translations))
        if report.errors:
            QMessageBox.warning(w, w.tr("Some files were not imported"), "\n".join(report.errors[:20]))
        w.statusBar().showMessage(text, 8000)
        if report.article_ids and w.alignment.article is None:
            w.show_article(report.article_ids[0])

    def export_dialog(self) -> ExportDialog | None:
        """File ▸ Export: the dialog opens (not exec'd); OK starts the export job."""
        from sverka.ops.views import article_list
        from sverka.ui.dialogs.export import ExportDialog

        w = self._w()
        if w.project is None:
            return None
        with w.project.sessions() as session:
            languages = article_list.project_languages(session)
        folder = w.project.path.parent if w.project.path is not None else Path.home()
        dialog = ExportDialog(w, languages, folder)
        dialog.accepted.connect(lambda: self.export(dialog.request()))
        dialog.open()
        return dialog

    def export(self, request: ExportRequest) -> Job | None:
        """Export in the writer thread with the usual progress dialog and Cancel."""
        w = self._w()
        if w.project is None:
            return None
        job = export_job(w.project, request)
        ProgressUi(w, job, w.tr("Exporting…"))
        job.signals.finished.connect(
            lambda n: w.statusBar().showMessage(
                w.tr("Exported %1 records to %2").replace("%1", str(n)).replace("%2", str(request.path)), 8000
            )
        )
        # Non-modal (show_failure opens, never execs): the worker and tests go on.
        job.signals.failed.connect(lambda msg: w.show_failure(w.tr("Export failed: %1").replace("%1", msg)))
        job.signals.cancelled.connect(lambda: w.statusBar().showMessage(w.tr("Export cancelled"), 5000))
        w.tasks.run(job)
        return job
