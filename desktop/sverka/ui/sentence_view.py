"""The side-by-side sentence table and the article header above it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sverka.ui.delegates import SentenceDelegate
from sverka.ui.models.alignment import AlignmentModel
from sverka.ui.models.labels import LabelCatalog


class SentenceView(QTableView):
    """Keyboard-first: label keys, j/k, n and Space are handled here, so typing in a search
    field never tags a sentence. Arrow keys, Home/End and PageUp/PageDown are Qt's own."""

    labelKey = Signal(str)  # label id
    noteKey = Signal()
    reviewKey = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = LabelCatalog([])
        self.delegate = SentenceDelegate(self, self.catalog)
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setHighlightSections(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_catalog(self, catalog: LabelCatalog) -> None:
        self.catalog = catalog
        self.delegate.catalog = catalog
        self.viewport().update()

    def alignment(self) -> AlignmentModel:
        model = self.model()
        assert isinstance(model, AlignmentModel)
        return model

    # --- row heights: computed for the rows that need it, not on every repaint ------------

    def fit_rows(self, rows: list[int] | None = None) -> None:
        """Size rows to their wrapped text (all rows, or just the changed ones)."""
        for row in range(self.model().rowCount()) if rows is None else rows:
            self.resizeRowToContents(row)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_rows()

    # --- movement ------------------------------------------------------------------------

    def go_to(self, row: int, column: int | None = None) -> None:
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        row = max(0, min(row, model.rowCount() - 1))
        col = self.currentIndex().column() if column is None else column
        col = max(0, min(col if col >= 0 else 0, model.columnCount() - 1))
        self.selectionModel().setCurrentIndex(model.index(row, col), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def step(self, delta: int) -> None:
        current = self.currentIndex()
        self.go_to((current.row() if current.isValid() else -1) + delta)

    def currentChanged(
        self, current: QModelIndex | QPersistentModelIndex, previous: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().currentChanged(current, previous)
        model = self.model()
        # The whole current row is tinted, so both of its cells (old and new) repaint.
        for index in (current, previous):
            if index.isValid():
                for col in range(model.columnCount()):
                    self.update(model.index(index.row(), col))
        if current.isValid():
            self.scrollTo(current, QAbstractItemView.ScrollHint.EnsureVisible)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        key, text = event.key(), event.text()
        if plain and key == Qt.Key.Key_J:
            self.step(1)
        elif plain and key == Qt.Key.Key_K:
            self.step(-1)
        elif plain and key == Qt.Key.Key_Space:
            self.reviewKey.emit()
        elif plain and key == Qt.Key.Key_N:
            self.noteKey.emit()
        elif plain and text and (label := self.catalog.for_key(text)) is not None:
            self.labelKey.emit(label.id)
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class ArticleHeader(QWidget):
    """Title, date and source URL of the article on show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.meta = QLabel()
        self.meta.setOpenExternalLinks(True)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.meta.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)

    def show_article(self, model: AlignmentModel) -> None:
        article = model.article
        if article is None:
            self.title.setText(self.tr("No article"))
            self.meta.setText("")
            return
        self.title.setText(article.title or self.tr("(untitled)"))
        parts = [article.date or self.tr("no date")]
        if article.url:
            url = article.url.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
            parts.append(f'<a href="{url}">{url}</a>')
        if article.translations and len(article.translations) > 1:
            langs = ", ".join(t.lang for t in article.translations)
            parts.append(self.tr("translations: %1").replace("%1", langs))
        self.meta.setText(" · ".join(parts))
