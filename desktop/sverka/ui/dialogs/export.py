"""File ▸ Export: the CLI's export choices (``sverka export``) in one dialog — every format,
the filters, ``--resolve``, and the train/validation/test split with its seed.

The dialog only collects an :class:`ExportRequest`; :func:`sverka.ui.workers.export_job`
runs it through the same ops functions as the CLI. It proposes the folder last exported to,
else the user's documents folder — never the hidden data folder the project may live in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sverka.ops.export.labels import FilterChoices
from sverka.ops.export.split import parse_split
from sverka.ops.export.status import STATUSES
from sverka.ops.export.writers import FORMATS as WRITERS
from sverka.ui import settings
from sverka.ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStandardPaths,
    QWidget,
)

# format -> (file suffix, file-dialog filter); the keys are the CLI's --format values.
FORMATS: dict[str, tuple[str, str]] = {
    name: (w.suffix, f"{name} (*{w.suffix})" if w.suffix else f"{name} (*)") for name, w in WRITERS.items()
}
SPLIT_FORMATS = ("parquet", "jsonl")
FOLDER_KEY = "export/folder"


@dataclass(frozen=True)
class ExportFilters:
    """The filters of ``sverka export`` (one value each in the dialog; the CLI repeats them)."""

    label: str | None = None  # --label
    status: str | None = None  # --status
    annotator: str | None = None  # --annotator
    lang: str | None = None  # --lang
    date_from: str | None = None  # --from
    date_to: str | None = None  # --until
    reviewed_only: bool = False  # --reviewed-only
    article_id: str | None = None  # --article (the dialog offers the current article)


@dataclass(frozen=True)
class ExportRequest:
    """What to export, as ``sverka export`` takes it."""

    fmt: str  # a key of FORMATS
    path: Path
    target_lang: str | None = None  # --to
    labeled_only: bool = False  # --labeled-only
    normalized: bool = False  # --normalized (record formats only)
    qa: bool = False  # --qa (record formats only)
    filters: ExportFilters = field(default_factory=ExportFilters)
    resolve: str | None = None  # --resolve
    split: tuple[int, ...] | None = None  # --split: path is a folder
    seed: int = 0  # --seed
    formula_guard: bool = True  # CSV: --no-formula-guard when False


def default_folder() -> Path:
    """The folder last exported to, if it still exists; else the user's documents (or home)."""
    last = settings.settings().value(FOLDER_KEY)
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(request: ExportRequest) -> None:
    folder = request.path if request.split else request.path.parent
    settings.put(FOLDER_KEY, str(folder.expanduser().resolve()))


def _any(combo: QComboBox, text: str, values: Sequence[str]) -> QComboBox:
    combo.addItem(text, None)
    for value in values:
        combo.addItem(value, value)
    return combo


class ExportDialog(QDialog):
    """Format, output, translation language, what to add, filters, labels' resolution, split."""

    def __init__(
        self,
        parent: QWidget | None,
        languages: Sequence[str],
        folder: Path | None = None,
        choices: FilterChoices | None = None,
        current_article: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        choices = choices or FilterChoices([], [], list(languages))
        self.format = QComboBox()
        for name, w in WRITERS.items():
            self.format.addItem(self.tr(w.description) or name, name)
        self.path = QLineEdit(str((folder or default_folder()) / "dataset.jsonl"))
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
        self.reviewed_only = QCheckBox(self.tr("Only sentences marked reviewed"))
        self.normalized = QCheckBox(self.tr("Add normalized text (each name in the project's spelling)"))
        self.normalized.setToolTip(
            self.tr("Adds text_normalized and translation_normalized; the stored text is unchanged")
        )
        self.qa = QCheckBox(self.tr("Add the QA findings of each sentence's row"))
        self.qa.setToolTip(self.tr("Adds qa: the omissions, numbers, names… that Review ▸ QA findings lists"))
        self.formula_guard = QCheckBox(self.tr("Guard spreadsheet formulas (' before = + - @)"))
        self.formula_guard.setChecked(True)
        self.label = _any(QComboBox(), self.tr("any label"), choices.labels)
        self.status = _any(QComboBox(), self.tr("any status"), STATUSES)
        self.annotator = _any(QComboBox(), self.tr("anyone"), choices.annotators)
        self.lang = _any(QComboBox(), self.tr("any language"), choices.languages)
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText("YYYY-MM-DD")
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to)
        self.current_article = current_article
        self.this_article = QCheckBox(self.tr("Only the current article"))
        self.this_article.setEnabled(current_article is not None)
        self.resolve = QComboBox()
        for text, value in (
            (self.tr("everyone's labels (people only)"), None),
            (self.tr("majority of the people"), "majority"),
            (self.tr("gold, else majority"), "gold"),
        ):
            self.resolve.addItem(text, value)
        for who in choices.annotators:
            self.resolve.addItem(self.tr("only %1").replace("%1", who), f"annotator:{who}")
        self.split = QCheckBox(self.tr("Split into train / validation / test (a folder with a dataset card)"))
        self.shares = QLineEdit("80/10/10")
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        split_row = QHBoxLayout()
        split_row.addWidget(self.shares)
        split_row.addWidget(QLabel(self.tr("seed")))
        split_row.addWidget(self.seed)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b")
        self.format.currentIndexChanged.connect(lambda _: self._format_changed())
        self.split.toggled.connect(lambda _: self._format_changed())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("File"), where)
        form.addRow(self.tr("Translation"), self.target)
        form.addRow("", self.normalized)
        form.addRow("", self.qa)
        form.addRow("", self.formula_guard)
        form.addRow(self.tr("Labels"), self.resolve)
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Annotator"), self.annotator)
        form.addRow(self.tr("Language"), self.lang)
        form.addRow(self.tr("Dated"), dates)
        form.addRow("", self.this_article)
        form.addRow("", self.labeled_only)
        form.addRow("", self.reviewed_only)
        form.addRow("", self.split)
        form.addRow(self.tr("Shares"), split_row)
        form.addRow(self.error)
        form.addRow(buttons)
        self._format_changed()
        self.resize(600, self.sizeHint().height())

    def request(self) -> ExportRequest:
        """The request; ValueError (a one-line reason) when a field is malformed."""
        fmt = str(self.format.currentData())
        records = fmt not in ("mqm-tsv",)
        split = parse_split(self.shares.text().strip()) if self.split.isChecked() and fmt in SPLIT_FORMATS else None
        filters = ExportFilters(
            self.label.currentData(),
            self.status.currentData(),
            self.annotator.currentData(),
            self.lang.currentData(),
            _date(self.date_from.text(), self.tr("from")),
            _date(self.date_to.text(), self.tr("until")),
            self.reviewed_only.isChecked(),
            self.current_article if self.this_article.isChecked() else None,
        )
        return ExportRequest(
            fmt,
            Path(self.path.text().strip()).expanduser(),
            self.target.currentData(),
            self.labeled_only.isChecked(),
            self.normalized.isChecked() and records,
            self.qa.isChecked() and records,
            filters,
            self.resolve.currentData(),
            split,
            self.seed.value(),
            self.formula_guard.isChecked() or fmt != "csv",
        )

    def _format_changed(self) -> None:
        """Follow the format with the file suffix (a folder for a split); enable what applies."""
        fmt = str(self.format.currentData())
        suffix, _ = FORMATS[fmt]
        splitting = self.split.isChecked() and fmt in SPLIT_FORMATS
        text = self.path.text().strip()
        if text:
            path = Path(text)
            self.path.setText(str(path.with_suffix("") if splitting or not suffix else path.with_suffix(suffix)))
        self.normalized.setEnabled(fmt != "mqm-tsv")
        self.qa.setEnabled(fmt != "mqm-tsv")
        self.formula_guard.setEnabled(fmt == "csv")
        self.split.setEnabled(fmt in SPLIT_FORMATS)
        self.shares.setEnabled(splitting)
        self.seed.setEnabled(splitting)

    def _browse(self) -> None:
        fmt = str(self.format.currentData())
        if self.split.isChecked() and fmt in SPLIT_FORMATS:
            path = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"), self.path.text())
        else:
            _, name_filter = FORMATS[fmt]
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), self.path.text(), name_filter)
        if path:
            self.path.setText(path)

    def _accept(self) -> None:
        if not self.path.text().strip():
            return
        try:
            self.request()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


def _date(text: str, what: str) -> str | None:
    import datetime

    text = text.strip()
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"{what}: {text!r} is not a date YYYY-MM-DD") from None
