"""File ▸ Export: the CLI's export choices (``sverka export``) in one dialog.

The dialog only collects an :class:`ExportRequest`; :func:`sverka.ui.export_job.export_job`
runs it through the same ops functions as the CLI.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sverka.ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

# format -> (file suffix, file-dialog filter); the keys are the CLI's --format values.
FORMATS: dict[str, tuple[str, str]] = {
    "jsonl": (".jsonl", "JSONL (*.jsonl)"),
    "csv": (".csv", "CSV (*.csv)"),
    "mqm-tsv": (".tsv", "MQM TSV (*.tsv)"),
}


@dataclass(frozen=True)
class ExportRequest:
    """What to export, as ``sverka export`` takes it."""

    fmt: str  # jsonl | csv | mqm-tsv
    path: Path
    target_lang: str | None = None  # --to
    labeled_only: bool = False  # --labeled-only
    normalized: bool = False  # --normalized (JSONL / CSV only)
    qa: bool = False  # --qa (JSONL / CSV only)


class ExportDialog(QDialog):
    """Format, output file, translation language, labeled-only, normalized names and QA findings."""

    def __init__(self, parent: QWidget | None, languages: Sequence[str], folder: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.format = QComboBox()
        for text, value in (
            (self.tr("JSONL: one record per sentence"), "jsonl"),
            (self.tr("CSV: one row per sentence"), "csv"),
            (self.tr("MQM TSV: one row per translation error (WMT layout)"), "mqm-tsv"),
        ):
            self.format.addItem(text, value)
        self.path = QLineEdit(str(folder / "dataset.jsonl"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(lambda *_: self._browse())
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.target = QComboBox()
        self.target.addItem(self.tr("the first translation"), None)
        for lang in languages:
            self.target.addItem(lang, lang)
        self.target.setToolTip(self.tr("Pair each original sentence with the translation in this language"))
        self.labeled_only = QCheckBox(self.tr("Only sentences with at least one label"))
        self.normalized = QCheckBox(self.tr("Add normalized text (each name in the project's spelling)"))
        self.normalized.setToolTip(
            self.tr("Adds text_normalized and translation_normalized; the stored text is unchanged")
        )
        self.qa = QCheckBox(self.tr("Add the QA findings of each sentence's row"))
        self.qa.setToolTip(self.tr("Adds qa: the omissions, numbers, names… that Review ▸ QA findings lists"))
        self.format.currentIndexChanged.connect(lambda _: self._format_changed())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("File"), where)
        form.addRow(self.tr("Translation"), self.target)
        form.addRow("", self.labeled_only)
        form.addRow("", self.normalized)
        form.addRow("", self.qa)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def request(self) -> ExportRequest:
        fmt = str(self.format.currentData())
        return ExportRequest(
            fmt,
            Path(self.path.text().strip()).expanduser(),
            self.target.currentData(),
            self.labeled_only.isChecked(),
            self.normalized.isChecked() and fmt != "mqm-tsv",
            self.qa.isChecked() and fmt != "mqm-tsv",
        )

    def _format_changed(self) -> None:
        """Follow the format with the file suffix; MQM rows have no normalized text."""
        suffix, _ = FORMATS[str(self.format.currentData())]
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(suffix)))
        self.normalized.setEnabled(self.format.currentData() != "mqm-tsv")
        self.qa.setEnabled(self.format.currentData() != "mqm-tsv")

    def _browse(self) -> None:
        _, name_filter = FORMATS[str(self.format.currentData())]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), self.path.text(), name_filter)
        if path:
            self.path.setText(path)

    def _accept(self) -> None:
        if self.path.text().strip():
            self.accept()
