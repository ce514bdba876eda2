"""The names panel's entity list: a table model over the project's entities."""

from __future__ import annotations

from sverka.db.project import Project
from sverka.ops.views.names import EntityRow, list_entities
from sverka.ui.qt import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
EntityIdRole = Qt.ItemDataRole.UserRole + 1


class EntityModel(QAbstractTableModel):
    """Entities of the project, filtered and sorted in SQL (most mentioned first)."""

    HEADERS = ("Name", "Kind", "Variants", "Mentions")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[EntityRow] = []

    def load(self, project: Project | None, search: str = "") -> None:
        self.beginResetModel()
        if project is None:
            self.rows = []
        else:
            with project.sessions() as session:
                self.rows = list_entities(session, search)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        e = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (e.canonical, e.kind, e.variants, e.mentions)[index.column()]
        if role == EntityIdRole:
            return e.id
        if role == Qt.ItemDataRole.ToolTipRole:
            style = ", ".join(f"{lang}: {s}" for lang, s in sorted(e.style.items()))
            where = f"{e.origin}, {e.key}" if e.key else e.origin
            return f"{e.canonical} ({where})" + (f"\nstyle — {style}" if style else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_of(self, entity_id: str) -> int | None:
        return next((i for i, e in enumerate(self.rows) if e.id == entity_id), None)
