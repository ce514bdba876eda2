"""The label palette: the active schema's labels with their keys and colours; click tags."""

from __future__ import annotations

from sverka.ui.models.labels import LabelCatalog, LabelIdRole, LabelListModel
from sverka.ui.qt import QComboBox, QLabel, QListView, QModelIndex, QPushButton, Qt, QVBoxLayout, QWidget, Signal


class LabelPalette(QWidget):
    labelClicked = Signal(str)
    schemaChosen = Signal(str)
    editSchema = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LabelListModel(self)
        self.schema = QComboBox()
        self.schema.setToolTip(self.tr("The schema whose labels the keys toggle"))
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setToolTip(self.tr("Click a label, or press its key, to toggle it on the current sentence"))
        self.list.clicked.connect(self._clicked)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the sentence view
        self.hint = QLabel(self.tr("↑/↓ j/k move · ←/→ side · n note · Space reviewed · Ctrl+Z undo"))
        self.hint.setWordWrap(True)
        self.edit = QPushButton(self.tr("Edit schema…"))
        self.edit.clicked.connect(self.editSchema)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(QLabel(self.tr("Labels")))
        layout.addWidget(self.schema)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        layout.addWidget(self.edit)
        self.schema.currentTextChanged.connect(self._schema_changed)

    def set_catalog(self, catalog: LabelCatalog) -> None:
        self.schema.blockSignals(True)
        self.schema.clear()
        self.schema.addItems(catalog.schemas)
        if catalog.schema:
            self.schema.setCurrentText(catalog.schema)
        self.schema.blockSignals(False)
        self.model.set_catalog(catalog)

    def _schema_changed(self, name: str) -> None:
        if name:
            self.schemaChosen.emit(name)

    def _clicked(self, index: QModelIndex) -> None:
        label_id = index.data(LabelIdRole)
        if label_id:
            self.labelClicked.emit(label_id)
