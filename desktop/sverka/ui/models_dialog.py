"""The "Translation models" dialog: list, install (file or online index) and remove models.

A thin front over :mod:`sverka.core.mt.packages`, the same functions ``sverka models`` uses.
Installing unpacks hundreds of megabytes and downloading may wait on the network, so both
run as background jobs with the app's progress dialog; the dialog never blocks. Failures
(a bad file, no network) are shown in the dialog in one line, with what to do instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sverka.core.mt import packages
from sverka.progress import CancelToken, Progress
from sverka.ui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from sverka.ui.workers import Job, ProgressUi, Tasks

MODEL_FILTER = "Argos models (*.argosmodel);;All files (*)"


class ModelsDialog(QDialog):
    """Installed models with Install/Download/Remove; ``changed`` fires after each change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None, tasks: Tasks | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Translation models"))
        self.resize(760, 380)
        self.tasks = tasks or Tasks(self)
        self.job: Job | None = None  # the running install (tests wait on it)
        self.models: list[packages.InstalledModel] = []

        intro = QLabel(
            self.tr(
                "Sverka translates offline with Argos Translate models. Install a downloaded "
                ".argosmodel file, or download one from the Argos package index when online. "
                "With no direct model (e.g. kk→en) two models pivot (kk→ru, ru→en)."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Model"), self.tr("Languages"), self.tr("Version"), self.tr("Folder")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.install_button = QPushButton(self.tr("&Install from file…"))
        self.install_button.setToolTip(self.tr("Install a .argosmodel file (works offline)"))
        self.install_button.clicked.connect(self.install_dialog)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.from_code = QLineEdit("ru")
        self.to_code = QLineEdit("en")
        for edit in (self.from_code, self.to_code):
            edit.setMaximumWidth(48)
        self.download_button = QPushButton(self.tr("&Download from index"))
        self.download_button.setToolTip(self.tr("Fetch the model for this language pair from the Argos index"))
        self.download_button.clicked.connect(lambda: self.download())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setObjectName("modelsStatus")

        row = QHBoxLayout()
        row.addWidget(self.install_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("From")))
        row.addWidget(self.from_code)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.to_code)
        row.addWidget(self.download_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.reload()

    # --- listing ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the models folder."""
        self.models = packages.installed_models()
        self.table.setRowCount(len(self.models))
        for row, model in enumerate(self.models):
            cells = [model.name, f"{model.from_code} → {model.to_code}", model.version, str(model.path)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(model.model_id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if not self.models:
            self.show_status(self.tr("No model installed yet. Install a .argosmodel file to translate offline."))
        self._selection_changed()

    def selected(self) -> packages.InstalledModel | None:
        rows = self.table.selectionModel().selectedRows()
        return self.models[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #c0392b;" if error else "")
        self.status.setText(text)

    # --- changes ---------------------------------------------------------------------------

    def install_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Install translation model"), str(Path.home()), MODEL_FILTER
        )
        if path:
            self.install_file(Path(path))

    def install_file(self, path: Path) -> Job:
        """Install a local .argosmodel file in the background."""

        label = self.tr("Unpacking %1…").replace("%1", path.name)  # made here: fn runs off the GUI thread

        def fn(progress: Progress, cancel: CancelToken) -> Any:
            packages.clean_leftovers()
            progress(0, 0, label)
            return packages.install_file(path)

        return self._run(fn, self.tr("Installing model…"))

    def download(self, url: str | None = None) -> Job:
        """Download the From→To model from the Argos index (online only) in the background."""
        src, tgt = self.from_code.text().strip(), self.to_code.text().strip()

        def fn(progress: Progress, cancel: CancelToken) -> Any:
            packages.clean_leftovers()
            return packages.install_from_index(src, tgt, url=url, progress=progress, cancel=cancel)

        return self._run(fn, self.tr("Downloading model…"))

    def _run(self, fn: Any, title: str) -> Job:
        job = Job(fn)
        self.job = job
        ProgressUi(self, job, title)
        self._busy(True)
        job.signals.finished.connect(self._installed)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)
        self.tasks.run(job)
        return job

    def _cancelled(self) -> None:
        self._busy(False)
        self.show_status(self.tr("Cancelled"))

    def _busy(self, busy: bool) -> None:
        for button in (self.install_button, self.download_button):
            button.setEnabled(not busy)

    def _installed(self, model: packages.InstalledModel) -> None:
        self._busy(False)
        self.reload()
        self.show_status(
            self.tr("Installed %1 (%2 → %3, version %4)")
            .replace("%1", model.name)
            .replace("%2", model.from_code)
            .replace("%3", model.to_code)
            .replace("%4", model.version)
        )
        self.changed.emit()

    def _failed(self, message: str) -> None:
        self._busy(False)
        # Job prefixes the exception class; for ModelError/OfflineError the text is the message.
        for prefix in ("ModelError: ", "OfflineError: "):
            message = message.removeprefix(prefix)
        self.show_status(message, error=True)

    def remove_selected(self, confirm: bool = True) -> bool:
        """Remove the selected model (asking first unless ``confirm`` is False)."""
        model = self.selected()
        if model is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Remove model"),
                self.tr("Remove %1? Machine texts made with it stay; translating again needs it reinstalled.").replace(
                    "%1", model.name
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            packages.remove_model(model.name)
        except packages.ModelError as exc:
            self.show_status(str(exc), error=True)
            return False
        self.reload()
        self.show_status(self.tr("Removed %1").replace("%1", model.name))
        self.changed.emit()
        return True
