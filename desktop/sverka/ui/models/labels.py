"""The labels of the active schema: key bindings for tagging and the palette's list model."""

from __future__ import annotations

from sverka.ops.annotation.schemas import LabelInfo
from sverka.ui.qt import QAbstractListModel, QColor, QModelIndex, QObject, QPersistentModelIndex, Qt

LabelIdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class LabelCatalog:
    """All labels of a project, the schema in use and which key toggles which label.

    Digits 1–9 go to the schema's labels in order unless the schema binds that digit
    itself; the schema's own hotkeys (e.g. r, x) always win.
    """

    def __init__(self, labels: list[LabelInfo], schema: str | None = None) -> None:
        self.by_id = {label.id: label for label in labels}
        self.schemas = list(dict.fromkeys(label.schema for label in labels))
        self.schema = schema if schema in self.schemas else (self.schemas[0] if self.schemas else None)
        self.active = [label for label in labels if label.schema == self.schema]
        self.keys: dict[str, LabelInfo] = {}
        for label in self.active:
            if label.hotkey:
                self.keys[label.hotkey.lower()] = label
        digit = 1
        for label in self.active:
            if label.hotkey:
                continue
            while str(digit) in self.keys and digit <= 9:
                digit += 1
            if digit > 9:
                break
            self.keys[str(digit)] = label
            digit += 1

    def key_of(self, label_id: str) -> str | None:
        return next((k for k, label in self.keys.items() if label.id == label_id), None)

    def for_key(self, text: str) -> LabelInfo | None:
        return self.keys.get(text.lower()) if text else None


class LabelListModel(QAbstractListModel):
    """The palette: the active schema's labels with their keys and colours."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalog = LabelCatalog([])

    def set_catalog(self, catalog: LabelCatalog) -> None:
        self.beginResetModel()
        self._catalog = catalog
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._catalog.active)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._catalog.active):
            return None
        label = self._catalog.active[index.row()]
        key = self._catalog.key_of(label.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{key}  {label.name}" if key else f"   {label.name}"
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(label.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            group = f"{label.group} ({'multi' if label.multi else 'single'})" if label.group else ""
            return f"{label.name}\n{group}".strip()
        if role == LabelIdRole:
            return label.id
        return None
