"""The article list: ids from an SQL query, row details fetched a page at a time."""

from __future__ import annotations

from collections.abc import Iterable

from sverka.db.project import Project
from sverka.ops.views import article_list
from sverka.ops.views.article_list import ArticleFilter, ArticleRow
from sverka.ui.qt import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

ArticleIdRole = Qt.ItemDataRole.UserRole + 1
ProgressRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
PAGE = 64  # rows read at once: a screenful or two (200 cost the first paint ~0.1 s at 1M sentences)
CACHE_LIMIT = 5000


class ArticleTableModel(QAbstractTableModel):
    """Holds article ids only; sorting and filtering are SQL (like Anki's browser model)."""

    COLUMNS = ("title", "date", "languages", "status", "progress")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._ids: list[str] = []
        self._matches: list[int] | None = None  # the full-text matches the ids were found by
        self._rows: dict[str, int] = {}
        self._cache: dict[str, ArticleRow] = {}
        self._filter = ArticleFilter()
        self._sort, self._descending = "position", False

    # --- loading -------------------------------------------------------------------------

    def set_project(self, project: Project | None) -> None:
        self._project = project
        self.reload()

    def set_filter(self, flt: ArticleFilter) -> None:
        self._filter = flt
        self.reload()

    @property
    def filter(self) -> ArticleFilter:
        return self._filter

    def reload(self) -> None:
        self.beginResetModel()
        self._cache.clear()
        self._read_ids()
        self._rows = {aid: i for i, aid in enumerate(self._ids)}
        self.endResetModel()

    def _read_ids(self) -> None:
        if self._project is None:
            self._ids, self._matches = [], None
            return
        with self._project.sessions() as session:
            listing = article_list.list_articles(session, self._filter, self._sort, self._descending)
        self._ids, self._matches = listing.ids, listing.matches

    @property
    def matches(self) -> list[int] | None:
        """The full-text index's matches of the filter's text, read with the ids (None: none read)."""
        return self._matches

    def refresh(self, article_ids: Iterable[str]) -> None:
        """Re-read the given articles (after a command changed them) and repaint their rows."""
        shown = [aid for aid in article_ids if aid in self._rows]
        if not shown or self._project is None:
            return
        with self._project.sessions() as session:  # just these rows, not a page around them
            self._cache.update(article_list.article_rows(session, shown))
        for aid in shown:
            row = self._rows[aid]
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def _row(self, row: int) -> ArticleRow | None:
        aid = self._ids[row]
        found = self._cache.get(aid)
        if found is None and self._project is not None:
            if len(self._cache) > CACHE_LIMIT:
                self._cache.clear()
            page = [a for a in self._ids[row : row + PAGE] if a not in self._cache]
            with self._project.sessions() as session:
                self._cache.update(article_list.article_rows(session, page))
            found = self._cache.get(aid)
        return found

    # --- Qt API --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Title"),
                self.tr("Date"),
                self.tr("Languages"),
                self.tr("Status"),
                self.tr("Progress"),
            ][section]
        return None

    def status_text(self, status: str) -> str:
        return {
            "todo": self.tr("to do"),
            "in_progress": self.tr("in progress"),
            "done": self.tr("done"),
        }.get(status, status)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ArticleIdRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ProgressRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == ProgressRole:
            return row.progress
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title + (f"\n{row.url}" if row.url else "") if column == "title" else None
        if column == "title":
            return row.title or self.tr("(untitled)")
        if column == "date":
            return row.date or ""
        if column == "languages":
            return " → ".join(row.languages)
        if column == "status":
            return self.status_text(row.status)
        return f"{row.labeled}/{row.sentences}"

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = self.COLUMNS[column] if 0 <= column < len(self.COLUMNS) else "position"
        self._sort, self._descending = name, order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._ids[i.row()], i.column()) for i in persistent]
        if self._project is not None:
            self._read_ids()
        self._rows = {aid: i for i, aid in enumerate(self._ids)}
        moved = [self.index(self._rows[a], c) if a in self._rows else QModelIndex() for a, c in kept]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def ids(self) -> list[str]:
        """The articles listed, in the order shown."""
        return list(self._ids)

    def article_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, article_id: str) -> int | None:
        return self._rows.get(article_id)
