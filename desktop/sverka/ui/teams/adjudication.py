"""Team ▸ Adjudicate disagreements: step through the sentences people labeled differently and
set the gold labels with the keyboard.

Each disagreement shows the sentence, its translation, who chose what, the majority and the
gold decision so far (:func:`sverka.ops.teams.disagreements.list_disagreements`). Keys, in the
list (declared in the window's key table, :class:`sverka.ui.keys.Where` ``ADJUDICATION``):
↑/↓ (j/k) move, the label keys of the schema (1…9 and its hotkeys) toggle a gold label, Enter
or ``m`` takes the majority, Alt+1…9 takes the n-th annotator's choice (both move on), Ctrl+Z /
Ctrl+Shift+Z undo and redo. Gold is written as the ``gold`` annotator through the window's undo
controller (so through the one writer), and every decision is an undo step.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from sverka.ops.history import Changes, Command, Session
from sverka.ops.teams.disagreements import Disagreement, label_names, list_disagreements
from sverka.ops.workflows.adjudication import build_gold_set, build_gold_toggle
from sverka.ui.keys import Binding, Press, Rank, Where, key_is, never
from sverka.ui.qt import (
    QAction,
    QCheckBox,
    QComboBox,
    QDialog,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QObject,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)
from sverka.ui.workbench import Workbench

HERE = Where.ADJUDICATION
PAGE = 1000  # disagreements listed at once


def _alt_digit(press: Press) -> int | None:
    if press.modifiers != Qt.KeyboardModifier.AltModifier or not Qt.Key.Key_1 <= press.key <= Qt.Key.Key_9:
        return None
    return int(press.key) - int(Qt.Key.Key_0)


class AdjudicationView(QDialog):
    """The adjudication window of one main window (not modal: the sentences stay usable)."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench.window)
        self.bench = bench
        self.setWindowTitle(self.tr("Adjudicate disagreements — Sverka"))
        self.resize(1000, 620)
        self.items: list[Disagreement] = []
        self.label_filter = QComboBox()
        self.label_filter.setObjectName("adjudicationLabel")
        self.article_only = QCheckBox(self.tr("This article only"))
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Label:")))
        top.addWidget(self.label_filter)
        top.addWidget(self.article_only)
        top.addStretch(1)
        top.addWidget(self.count)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("disagreements")
        self.table.setHorizontalHeaderLabels([self.tr("Article"), "#", self.tr("Sentence"), self.tr("Gold")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.installEventFilter(self)
        self.detail = QTextBrowser()
        self.detail.setObjectName("disagreement")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([300, 300])
        hint = QLabel(
            self.tr(
                "Label keys toggle a gold label · Enter or m: the majority · "
                "Alt+1…9: an annotator's choice · Ctrl+Z undo"
            )
        )
        hint.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(split, 1)
        box.addWidget(hint)
        for text, keys, slot in (
            (self.tr("Undo"), ["Ctrl+Z"], bench.undo.stack.undo),
            (self.tr("Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], bench.undo.stack.redo),
        ):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda *_, s=slot: s())
            self.addAction(action)
        self.table.currentCellChanged.connect(lambda *_: self.show_current())
        self.label_filter.currentIndexChanged.connect(lambda _: self.reload())
        self.article_only.toggled.connect(lambda _: self.reload())
        bench.undo.changed.connect(self._changed)
        self._fill_labels()

    # --- keys (declared in the window's key table) -----------------------------------------

    @staticmethod
    def register_keys(bench: Workbench, current: Callable[[], AdjudicationView | None]) -> None:
        def on(method: str) -> Callable[[], object]:
            return lambda: getattr(current(), method)() if current() is not None else None

        def alt_digit(press: Press) -> bool:
            return _alt_digit(press) is not None

        def take_annotator() -> None:
            view = current()
            if view is not None and view.last_press is not None:
                view.accept_annotator((_alt_digit(view.last_press) or 1) - 1)

        def label_key(press: Press) -> bool:
            view = current()
            return press.plain and view is not None and view.label_for(press.text) is not None

        def toggle_label() -> None:
            view = current()
            if view is not None and view.last_press is not None:
                view.toggle_gold_key(view.last_press.text)

        tr = bench.window.tr
        bench.keys.add(
            Binding("j / k", tr("next / previous disagreement"), HERE, Rank.VIEW, never),
            Binding("j", "", HERE, Rank.VIEW, key_is(Qt.Key.Key_J), on("step_next"), listed=False),
            Binding("k", "", HERE, Rank.VIEW, key_is(Qt.Key.Key_K), on("step_previous"), listed=False),
            Binding(
                "Enter, m",
                tr("gold = the majority, then the next disagreement"),
                HERE,
                Rank.VIEW,
                lambda p: (p.key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and p.bare) or (p.bare and p.text == "m"),
                on("accept_majority"),
            ),
            Binding(
                "Alt+1 … 9",
                tr("gold = the n-th annotator's choice, then the next"),
                HERE,
                Rank.VIEW,
                alt_digit,
                take_annotator,
            ),
            Binding("1 … 9, label hotkeys", tr("toggle that gold label"), HERE, Rank.LABEL, label_key, toggle_label),
        )

    last_press: Press | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        keyed = event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
        if watched is self.table and keyed and isinstance(event, QKeyEvent):
            self.last_press = Press.of(event)
            if self.bench.keys.dispatch(HERE, event):
                return True
        return super().eventFilter(watched, event)

    # --- reading -----------------------------------------------------------------------------

    def _fill_labels(self) -> None:
        project = self.bench.context.project
        self.label_filter.blockSignals(True)
        self.label_filter.clear()
        self.label_filter.addItem(self.tr("every label"), None)
        if project is not None:
            with project.sessions() as session:
                for name in label_names(session):
                    self.label_filter.addItem(name, name)
        self.label_filter.blockSignals(False)

    @property
    def current(self) -> Disagreement | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def reload(self) -> None:
        """Re-read the disagreements, staying on the same sentence (or the same row)."""
        project = self.bench.context.project
        keep = self.current.sentence_id if self.current else None
        row = max(self.table.currentRow(), 0)
        self.items = []
        if project is not None:
            article = self.bench.alignment.article
            with project.sessions() as session:
                self.items = list_disagreements(
                    session,
                    self.label_filter.currentData(),
                    article.id if self.article_only.isChecked() and article else None,
                    limit=PAGE,
                )
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.items))
        for i, item in enumerate(self.items):
            gold = ", ".join(item.gold) if item.gold is not None else "—"
            for column, text in enumerate((item.article_title, str(item.idx + 1), item.text, gold)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(i, column, cell)
        self.table.resizeColumnToContents(1)
        self.table.blockSignals(False)
        done = sum(1 for i in self.items if i.gold is not None)
        self.count.setText(
            self.tr("%1 disagreements, %2 decided").replace("%1", str(len(self.items))).replace("%2", str(done))
        )
        found = next((i for i, item in enumerate(self.items) if item.sentence_id == keep), None)
        if self.items:
            self.table.setCurrentCell(found if found is not None else min(row, len(self.items) - 1), 2)
        self.show_current()

    def show_current(self) -> None:
        item = self.current
        if item is None:
            self.detail.setHtml(
                "<p>"
                + html.escape(self.tr("No disagreements: every sentence labeled by two or more people agrees."))
                + "</p>"
            )
            return
        e = html.escape
        rows = "".join(
            f"<tr><td><b>Alt+{n}</b></td><td>{e(who)}</td><td>{e(', '.join(labels) or '—')}</td></tr>"
            for n, (who, labels) in enumerate(item.choices.items(), start=1)
        )
        gold = e(", ".join(item.gold)) if item.gold is not None else "<i>" + e(self.tr("not decided")) + "</i>"
        translation = f"<p style='color:gray'>{e(item.translation)}</p>" if item.translation else ""
        self.detail.setHtml(
            f"<p><small>{e(item.article_title)} · {e(self.tr('sentence'))} {item.idx + 1}</small></p>"
            f"<p style='font-size:large'>{e(item.text)}</p>{translation}"
            f"<table cellpadding='4'>{rows}"
            f"<tr><td><b>m</b></td><td>{e(self.tr('majority'))}</td><td>{e(', '.join(item.majority) or '—')}</td></tr>"
            f"<tr><td>★</td><td><b>{e(self.tr('gold'))}</b></td><td><b>{gold}</b></td></tr></table>"
        )

    # --- deciding ------------------------------------------------------------------------------

    def label_for(self, key: str) -> str | None:
        catalog = self.bench.view.delegate.catalog
        label = catalog.for_key(key) if key else None
        return label.id if label is not None else None

    def _gold(self, build: Callable[[Session], Command | None], move_on: bool) -> None:
        item = self.current
        if item is None:
            return
        self.bench.undo.attempt(build, then=lambda _: self.step_next() if move_on else None)

    def toggle_gold_key(self, key: str) -> None:
        label_id, item = self.label_for(key), self.current
        if label_id is not None and item is not None:
            sid = item.sentence_id
            self._gold(lambda s: build_gold_toggle(s, sid, label_id), move_on=False)

    def accept_majority(self) -> None:
        item = self.current
        if item is not None:
            sid, labels = item.sentence_id, list(item.majority)
            self._gold(lambda s: build_gold_set(s, sid, labels, "gold: the majority"), move_on=True)

    def accept_annotator(self, n: int) -> None:
        item = self.current
        if item is None or not 0 <= n < len(item.choices):
            return
        who, labels = list(item.choices.items())[n]
        sid = item.sentence_id
        self._gold(lambda s: build_gold_set(s, sid, list(labels), f"gold: {who}'s choice"), move_on=True)

    def step_next(self) -> None:
        self._step(1)

    def step_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if self.items:
            self.table.setCurrentCell(max(0, min(len(self.items) - 1, self.table.currentRow() + delta)), 2)

    def _changed(self, changes: Changes) -> None:
        if self.isVisible() and changes.labels:
            self.reload()
