"""The schema editor: labels (name, key, group, colour, description) and groups (name,
single/multi); a new schema, and schema files in and out (the format of
``resources/schemas/README.md``, the same files ``sverka schema import/export`` use).

Each edit is committed at once as an undoable command (sverka.ops.annotation.schema_edit); invalid
edits (a taken hotkey, an empty name) are refused with the reason and the table reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sverka.db.project import Project
from sverka.ops.annotation import schema_edit, schema_files
from sverka.ops.annotation.schemas import SchemaError
from sverka.ops.history import Command, Session
from sverka.ops.views.schema import SchemaDetail, schema_detail
from sverka.ui.qt import (
    QColor,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from sverka.ui.undo import UndoController

Build = Callable[[Session], Command | None]


class SchemaEditor(QDialog):
    schemaChosen = Signal(str)  # a new or imported schema: the window makes it the active one

    def __init__(self, parent: QWidget | None, project: Project, schema: str, undo: UndoController) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schema: %1").replace("%1", schema))
        self.resize(920, 560)  # room for names, keys, groups, colours and descriptions
        self.project, self.schema_name, self.undo = project, schema, undo
        self.detail: SchemaDetail | None = None
        self._loading = False
        self.message = ""  # the last refusal shown (tests read it)
        self.labels = QTableWidget(0, 5)
        self.labels.setHorizontalHeaderLabels(
            [self.tr("Label"), self.tr("Key"), self.tr("Group"), self.tr("Colour"), self.tr("Description")]
        )
        header = self.labels.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        fm = self.fontMetrics()
        for col, sample in ((0, "communications shutdown"), (1, "Key"), (2, "relevance (one only)"), (3, "#1f77b4")):
            header.resizeSection(col, fm.horizontalAdvance(sample) + 40)
        self.labels.setWordWrap(True)
        self.labels.itemChanged.connect(self._label_edited)
        self.labels.cellDoubleClicked.connect(self._cell_double_clicked)
        self.groups = QTableWidget(0, 2)
        self.groups.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Choice")])
        self.groups.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.groups.horizontalHeader().resizeSection(1, fm.horizontalAdvance(self.tr("multiple labels")) + 80)
        self.groups.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.new_button = QPushButton(self.tr("&New schema…"))
        self.new_button.clicked.connect(lambda: self.new_schema())
        self.import_button = QPushButton(self.tr("&Import schema file…"))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button = QPushButton(self.tr("E&xport schema file…"))
        self.export_button.clicked.connect(lambda: self.export_file())
        self.groups.itemChanged.connect(self._group_edited)
        add_label = QPushButton(self.tr("Add label"))
        add_label.clicked.connect(lambda: self.add_label())
        add_group = QPushButton(self.tr("Add group"))
        add_group.clicked.connect(lambda: self.add_group())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add_label)
        row.addWidget(add_group)
        row.addStretch(1)
        row.addWidget(buttons)
        files = QHBoxLayout()
        for button in (self.new_button, self.import_button, self.export_button):
            files.addWidget(button)
        files.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(files)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Edits are saved at once; Ctrl+Z in the main window undoes them. "
                    "Double-click a colour to change it."
                )
            )
        )
        layout.addWidget(self.labels, 3)
        layout.addWidget(self.groups, 1)
        layout.addLayout(row)
        self.reload()

    def _refuse(self, message: str) -> None:
        self.message = message
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Schema"), message, QMessageBox.StandardButton.Ok, self)
        box.open()  # never exec(): tests and the event loop go on
        self.refusal = box

    def show_schema(self, name: str) -> None:
        """Edit another schema of the project (a new or imported one) and make it the active one."""
        self.schema_name = name
        self.setWindowTitle(self.tr("Schema: %1").replace("%1", name))
        self.reload()
        self.schemaChosen.emit(name)

    # --- schema files and new schemas ----------------------------------------------------------

    def new_schema(self, name: str | None = None) -> bool:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New schema"), self.tr("Name of the new schema:"))
            if not ok:
                return False
        if not name.strip():
            return False
        with self.project.sessions() as session:
            doc = schema_files.new_schema_document(session, name)
        if self._run(lambda s: schema_files.build_import_schema(s, doc)):
            self.show_schema(doc["name"])
            return True
        return False

    def import_file(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import schema file"), "", self.tr("Schema files (*.json);;All files (*)")
            )
            if not path:
                return False
        try:
            doc = schema_files.read_schema_file(Path(path))
        except SchemaError as exc:
            self._refuse(str(exc))  # one line: the file and the line
            return False
        if self._run(lambda s: schema_files.build_import_schema(s, doc)):
            self.show_schema(doc["name"])
            return True
        return False

    def export_file(self, path: str | None = None) -> bool:
        if path is None:
            suggested = str(Path.home() / f"{self.schema_name}.json")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export schema file"), suggested, self.tr("Schema files (*.json)")
            )
            if not path:
                return False
        try:
            with self.project.sessions() as session:
                schema_files.write_schema_file(session, Path(path), self.schema_name)
        except SchemaError as exc:
            self._refuse(str(exc))
            return False
        return True

    def reload(self) -> None:
        with self.project.sessions() as session:
            self.detail = schema_detail(session, self.schema_name)
        if self.detail is None:
            return
        self._loading = True
        self.labels.setRowCount(len(self.detail.labels))
        for r, label in enumerate(self.detail.labels):
            self.labels.setItem(r, 0, QTableWidgetItem(label.name))
            self.labels.setItem(r, 1, QTableWidgetItem(label.hotkey or ""))
            combo = QComboBox()
            combo.addItem(self.tr("(none)"), None)
            for g in self.detail.groups:
                combo.addItem(g.name, g.id)
            combo.setCurrentIndex(max(0, combo.findData(label.group_id)))
            combo.currentIndexChanged.connect(
                lambda _, lid=label.id, c=combo: self._run(
                    lambda s: schema_edit.build_update_label(s, lid, group_id=c.currentData())
                )
            )
            self.labels.setCellWidget(r, 2, combo)
            colour = QTableWidgetItem(label.color)
            colour.setBackground(QColor(label.color))
            self.labels.setItem(r, 3, colour)
            description = QTableWidgetItem(label.description)
            description.setToolTip(label.description)
            self.labels.setItem(r, 4, description)
        self.groups.setRowCount(len(self.detail.groups))
        for r, group in enumerate(self.detail.groups):
            self.groups.setItem(r, 0, QTableWidgetItem(group.name))
            combo = QComboBox()
            combo.addItem(self.tr("multiple labels"), True)  # the column is sized for it
            combo.addItem(self.tr("one label only"), False)
            combo.setCurrentIndex(0 if group.multi else 1)
            combo.currentIndexChanged.connect(
                lambda _, gid=group.id, c=combo: self._run(
                    lambda s: schema_edit.build_update_group(s, gid, multi=c.currentData())
                )
            )
            self.groups.setCellWidget(r, 1, combo)
        self._loading = False

    def _run(self, build: Build) -> bool:
        if self._loading:
            return False
        try:
            self.undo.perform(build)
        except (SchemaError, LookupError) as exc:
            self.message = str(exc)
            QMessageBox.warning(self, self.tr("Schema"), str(exc))
            self.reload()
            return False
        self.reload()
        return True

    def _label_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or self.detail is None:
            return
        label = self.detail.labels[item.row()]
        text = item.text().strip()
        if item.column() == 0:
            self._run(lambda s: schema_edit.build_update_label(s, label.id, name=text))
        elif item.column() == 1:
            self._run(lambda s: schema_edit.build_update_label(s, label.id, hotkey=text or None))
        elif item.column() == 3:
            self._run(lambda s: schema_edit.build_update_label(s, label.id, color=text))
        elif item.column() == 4:
            self._run(lambda s: schema_edit.build_update_label(s, label.id, description=text))

    def _group_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or self.detail is None or item.column() != 0:
            return
        group = self.detail.groups[item.row()]
        self._run(lambda s: schema_edit.build_update_group(s, group.id, name=item.text()))

    def _cell_double_clicked(self, row: int, column: int) -> None:
        if column != 3 or self.detail is None:
            return
        label = self.detail.labels[row]
        colour = QColorDialog.getColor(QColor(label.color), self, self.tr("Label colour"))
        if colour.isValid():
            self._run(lambda s: schema_edit.build_update_label(s, label.id, color=colour.name()))

    def add_label(self, name: str | None = None) -> bool:
        if self.detail is None:
            return False
        schema_id = self.detail.id
        group_id = self.detail.groups[0].id if self.detail.groups else None
        taken = {lb.name for lb in self.detail.labels}
        n = 1
        while (candidate := name or self.tr("new label %1").replace("%1", str(n))) in taken and not name:
            n += 1
        return self._run(lambda s: schema_edit.build_add_label(s, schema_id, group_id, candidate))

    def add_group(self, name: str | None = None) -> bool:
        if self.detail is None:
            return False
        schema_id = self.detail.id
        taken = {g.name for g in self.detail.groups}
        n = 1
        while (candidate := name or self.tr("group %1").replace("%1", str(n))) in taken and not name:
            n += 1
        return self._run(lambda s: schema_edit.build_add_group(s, schema_id, candidate))
