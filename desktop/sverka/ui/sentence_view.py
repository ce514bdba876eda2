"""The side-by-side sentence table and the article header above it."""

from __future__ import annotations

from sverka.ui.delegates import SentenceDelegate
from sverka.ui.keys import Binding, KeyTable, Rank, Where, key_is, never
from sverka.ui.language_names import name_of
from sverka.ui.models.alignment import AlignmentModel
from sverka.ui.models.labels import LabelCatalog
from sverka.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QItemSelectionModel,
    QKeyEvent,
    QLabel,
    QModelIndex,
    QPainter,
    QPersistentModelIndex,
    QRect,
    QResizeEvent,
    QStyle,
    QStyleOptionHeader,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)


class ElidingHeader(QHeaderView):
    """Column headers cut with an ellipsis at the end, never clipped at both ends of a narrow
    column ("iginal · ru · importe"); the full text is the model's header tooltip."""

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        self.initStyleOptionForIndex(option, logical)
        option.rect = rect
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, self) + 8
        option.text = self.fontMetrics().elidedText(option.text, Qt.TextElideMode.ElideRight, rect.width() - margin)
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()

    def shown_text(self, logical: int) -> str:
        """The text as painted in a section of the current width (tests read it)."""
        text = str(self.model().headerData(logical, self.orientation()) or "") if self.model() else ""
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self) + 8
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, self.sectionSize(logical) - margin)


class SentenceView(QTableView):
    """Keyboard-first: label keys, j/k, n and Space (and the tools' keys, all declared in the
    window's :class:`KeyTable`) act only here, so typing in a search field never tags a
    sentence. Arrow keys, Home/End and PageUp/PageDown are Qt's own."""

    labelKey = Signal(str)  # label id
    noteKey = Signal()
    reviewKey = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = LabelCatalog([])
        self.keys: KeyTable | None = None
        self._labels: list[Binding] | None = None
        self.delegate = SentenceDelegate(self, self.catalog)
        self.setItemDelegate(self.delegate)
        # Extended: Shift+↓ or a drag picks a range of rows to relink into one (Alt+R).
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalHeader(ElidingHeader(Qt.Orientation.Horizontal, self))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setHighlightSections(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_catalog(self, catalog: LabelCatalog) -> None:
        self.catalog = catalog
        self.delegate.catalog = catalog
        self._labels = None  # the label keys are made again on the next key
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

    def selected_rows(self) -> list[int]:
        """The rows picked for a relink, in order; the current row when nothing else is picked."""
        rows = sorted({index.row() for index in self.selectionModel().selectedIndexes()})
        current = self.currentIndex()
        return rows or ([current.row()] if current.isValid() else [])

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

    def current_sentences(self) -> tuple[str, ...]:
        """The sentence ids of the current cell (several for a 2-1 row's side)."""
        index = self.currentIndex()
        return self.alignment().sentence_ids(index.row(), index.column()) if index.isValid() else ()

    # --- keys: declared in the window's key table, handed to it by keyPressEvent -------------

    def register_keys(self, table: KeyTable) -> None:
        """The view's own keys, Qt's movement keys (listed only) and the schema's label keys."""
        self.keys = table
        here, view = Where.SENTENCES, Rank.VIEW
        table.add(
            Binding("↑ / ↓, j / k", self.tr("previous / next sentence"), here, view, never),
            Binding("j", "", here, view, key_is(Qt.Key.Key_J), lambda: self.step(1), listed=False),
            Binding("k", "", here, view, key_is(Qt.Key.Key_K), lambda: self.step(-1), listed=False),
            Binding("← / →", self.tr("original / translation side"), here, view, never),
            Binding("Shift+↓ / Shift+↑", self.tr("pick a range of rows (for a relink)"), here, view, never),
            Binding(
                "n", self.tr("add or edit a note (Enter saves)"), here, view, key_is(Qt.Key.Key_N), self.noteKey.emit
            ),
            Binding(
                self.tr("Space"),
                self.tr("mark reviewed / unreviewed"),
                here,
                view,
                key_is(Qt.Key.Key_Space),
                self.reviewKey.emit,
            ),
        )
        table.add_source(self._label_keys)

    def _label_keys(self) -> list[Binding]:
        """The label bindings of the current catalog, made once per catalog (not per key press)."""
        if self._labels is None:
            self._labels = self._label_bindings()
        return self._labels

    def _label_bindings(self) -> list[Binding]:
        """The current schema's label keys, one by one as the catalog binds them."""
        here = Where.SENTENCES
        if not self.catalog.keys:
            return [Binding("1 … 9", self.tr("toggle the schema's labels in order"), here, Rank.LABEL, never)]
        return [
            Binding(
                key,
                self.tr("toggle the label “%1”").replace("%1", label.name),
                here,
                Rank.LABEL,
                lambda press, key=key: press.plain and press.text.lower() == key,  # type: ignore[misc]
                lambda label_id=label.id: self.labelKey.emit(label_id),  # type: ignore[misc]
            )
            for key, label in self.catalog.keys.items()
        ]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.keys is not None and self.keys.dispatch(Where.SENTENCES, event):
            return
        super().keyPressEvent(event)


class ArticleHeader(QWidget):
    """Title, date and source URL of the article on show, and which translation is on the right."""

    translationChosen = Signal(str)  # text id

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
        self.translations = QComboBox()
        self.translations.setToolTip(self.tr("Which translation is shown on the right"))
        self.translations.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.translations.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays in the sentences
        self.translations.activated.connect(self._chosen)
        self.translations.hide()
        meta_row = QHBoxLayout()
        meta_row.setContentsMargins(0, 0, 0, 0)
        meta_row.addWidget(self.meta, 1)
        meta_row.addWidget(self.translations)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.title)
        layout.addLayout(meta_row)

    def add_widget(self, widget: QWidget) -> None:
        """A feature's widget below the title (e.g. the article's MQM score)."""
        layout = self.layout()
        if layout is not None:
            layout.addWidget(widget)

    def _chosen(self, row: int) -> None:
        text_id = self.translations.itemData(row)
        if isinstance(text_id, str):
            self.translationChosen.emit(text_id)

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
        self.meta.setText(" · ".join(parts))
        self._fill_translations(model)

    def _fill_translations(self, model: AlignmentModel) -> None:
        """The chooser appears only when an article has more than one translation."""
        sides = model.article.translations if model.article else ()
        self.translations.blockSignals(True)
        self.translations.clear()
        for side in sides:
            model_id = f" · {side.model_id}" if side.model_id else ""
            text = f"{name_of(side.lang)} · {model.origin_text(side.origin)}{model_id}{model.told_apart(side)}"
            self.translations.addItem(text, side.id)
        if model.translation is not None:
            self.translations.setCurrentIndex(max(0, self.translations.findData(model.translation.id)))
        self.translations.blockSignals(False)
        self.translations.setVisible(len(sides) > 1)
