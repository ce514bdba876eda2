"""The article list with its full-text search and status/language filters."""

from __future__ import annotations

from sverka.ops.views.article_list import ArticleFilter
from sverka.ui.language_names import name_of
from sverka.ui.models.articles import ArticleTableModel
from sverka.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QModelIndex,
    QResizeEvent,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

SEARCH_DELAY_MS = 250


class ArticlePanel(QWidget):
    """Emits ``articleActivated(id)`` when the annotator picks an article."""

    articleActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArticleTableModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search both languages…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Full-text search over every language of every article (Ctrl+F)"))
        self.status = QComboBox()
        self.status.setToolTip(self.tr("Show articles with this status"))
        for text, value in (
            (self.tr("All"), None),
            (self.tr("To do"), "todo"),
            (self.tr("In progress"), "in_progress"),
            (self.tr("Done"), "done"),
        ):
            self.status.addItem(text, value)
        # Search hits (issue 15 item 7): every spelling of a name, and where the hits are.
        self.names = QCheckBox(self.tr("Every spelling of a name"))
        self.names.setToolTip(self.tr("“Alma-Ata” also finds Almaty, Алматы, Алма-Ате … (the names panel's entities)"))
        self.hits = QLabel()
        self.hits.setToolTip(self.tr("F3 next hit · Shift+F3 previous hit, across articles"))
        self.lang = QComboBox()
        self.lang.setToolTip(self.tr("Show articles with a text in this language"))
        self.lang.addItem(self.tr("Any language"), None)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        # Fixed widths: ResizeToContents would read every one of 10,000 rows on each change.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        fm = self.table.fontMetrics()
        for col, sample in ((1, "2022-01-02"), (2, "ru → en, kk"), (3, "in progress"), (4, "100/100")):
            header.resizeSection(col, fm.horizontalAdvance(sample) + 24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(fm.height() + 8)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._activated)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.status)
        filters.addWidget(self.lang)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        found = QHBoxLayout()
        found.setContentsMargins(0, 0, 0, 0)
        found.addWidget(self.names)
        found.addStretch(1)
        found.addWidget(self.hits)
        layout.addLayout(found)
        layout.addWidget(self.table)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.status.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.lang.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.names.toggled.connect(lambda _: self.apply_filter())

    # Narrow, the list keeps the title: columns leave in this order below these widths (px).
    NARROW_COLUMNS = ((3, 520), (2, 420), (1, 330))  # status (progress says it), languages, date

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = event.size().width()
        for column, below in self.NARROW_COLUMNS:
            self.table.setColumnHidden(column, width < below)

    def set_languages(self, languages: list[str]) -> None:
        self.lang.blockSignals(True)
        while self.lang.count() > 1:
            self.lang.removeItem(1)
        for code in languages:
            self.lang.addItem(name_of(code), code)
        self.lang.blockSignals(False)

    def apply_filter(self) -> None:
        self._timer.stop()
        flt = ArticleFilter(
            self.search.text(), self.status.currentData(), self.lang.currentData(), self.names.isChecked()
        )
        if flt != self.model.filter:
            self.model.set_filter(flt)

    def selected_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [aid for i in rows if (aid := self.model.article_id(i.row())) is not None]

    def select(self, article_id: str) -> None:
        row = self.model.row_of(article_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _activated(self, index: QModelIndex) -> None:
        article_id = self.model.article_id(index.row())
        if article_id is not None:
            self.articleActivated.emit(article_id)
