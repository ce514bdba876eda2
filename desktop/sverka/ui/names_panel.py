"""The names panel: entities with variant and mention counts, curation, the style check.

A dock beside the sentences. Selecting an entity highlights its mentions in both columns
of the side-by-side view (tooltip: the canonical name). Keys in the entity list: M merges
the selected entities into the most mentioned one, F2 renames, Delete marks "not a name";
in the variant list: S splits the variant out, L makes it the project's spelling in its
language, Delete marks it "not a name". Every action is an undoable command on the main
window's undo stack (Ctrl+Z). The second tab lists translations that break the style.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sverka.db.project import Project
from sverka.ops.history import Changes
from sverka.ops.views.names import VariantRow, context_snippet, entity_variants, mention_spans, style_issues
from sverka.ui import settings
from sverka.ui.actions import top_menu
from sverka.ui.keys import Binding, Rank, Where, key_is
from sverka.ui.language_names import name_of
from sverka.ui.models.entities import EntityModel
from sverka.ui.names_curation import NameCuration
from sverka.ui.names_highlight import NameHighlights
from sverka.ui.qt import (
    QAbstractItemView,
    QDockWidget,
    QEvent,
    QGridLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QObject,
    QPushButton,
    Qt,
    QTableView,
    QTabWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from sverka.ui.workbench import Workbench


class NamesDock(QDockWidget):
    """The names panel, docked in the window of ``bench``: its keys are in the window's key
    table (winning over window shortcuts while its lists have focus), its highlights are a
    highlighter of the sentence delegate, its commands go through the window's undo."""

    entitySelected = Signal(object)  # entity id or None

    def __init__(self, bench: Workbench) -> None:
        super().__init__(self.tr("Names"), bench.window)
        self.setObjectName("names_panel")
        self.bench = bench
        self.project: Project | None = None
        self.highlights = NameHighlights()
        self.curation = NameCuration(self, bench, self)
        self.merge_selected = self.curation.merge_selected
        self.split_variant = self.curation.split_variant
        self.rename_dialog = self.curation.rename_dialog
        self.not_a_name = self.curation.not_a_name
        self.set_style = self.curation.set_style
        self.detect = self.curation.detect
        self.variants: list[VariantRow] = []
        self.model = EntityModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names in any script…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.variant_title = QLabel()
        self.variant_list = QListWidget()
        self.variant_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.check_list = QListWidget()
        self.check_list.itemActivated.connect(self._go_to_issue)
        self.check_list.itemClicked.connect(self._go_to_issue)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._entities_tab(), self.tr("Entities"))
        self.tabs.addTab(self._check_tab(), self.tr("Consistency"))
        self.tabs.currentChanged.connect(lambda i: self.refresh_check() if i == 1 else None)
        self.setWidget(self.tabs)
        for widget in (self.table, self.variant_list):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(lambda pos: self._menu(self.table, pos))
        self.variant_list.customContextMenuRequested.connect(lambda pos: self._menu(self.variant_list, pos))
        self._plug_in(bench)

    # --- layout ----------------------------------------------------------------------------

    def _entities_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.search)
        box.addWidget(self.table, 3)
        box.addWidget(self.variant_title)
        box.addWidget(self.variant_list, 2)
        # Two rows of buttons: in one row they made the dock ~440 px wide, taken from the sentences.
        buttons = QGridLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for number, (text, slot, tip) in enumerate(
            (
                (
                    self.tr("Merge"),
                    self.merge_selected,
                    self.tr("Merge the selected entities into the most mentioned (M)"),
                ),
                (self.tr("Split"), self.split_variant, self.tr("Make the selected spelling its own entity (S)")),
                (self.tr("Rename"), self.rename_dialog, self.tr("Change the canonical name (F2)")),
                (
                    self.tr("Not a name"),
                    self.not_a_name,
                    self.tr("Hide these mentions from views and exports (Delete)"),
                ),
                (self.tr("Detect"), self.detect, self.tr("Find name mentions in every article again")),
            )
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda *_, s=slot: s())
            buttons.addWidget(button, number // 3, number % 3)
        box.addLayout(buttons)
        return page

    def _check_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(4, 4, 4, 4)
        self.check_summary = QLabel()
        self.check_summary.setWordWrap(True)
        box.addWidget(self.check_summary)
        box.addWidget(self.check_list)
        return page

    def _plug_in(self, bench: Workbench) -> None:
        """Dock in the window: highlight in its sentence view, keys in its key table, a View toggle."""
        bench.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        bench.view.delegate.add_highlighter(self.highlights)
        bench.alignment.modelReset.connect(self.rehighlight)
        bench.undo.changed.connect(self._changed)
        self._register_keys(bench)
        action = self.toggleViewAction()
        action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        # Off until asked for: open, it takes a third of the window from the sentences.
        self.setVisible(bool(settings.get("names/visible")))
        action.toggled.connect(lambda shown: settings.put("names/visible", shown))
        menu = top_menu(bench.window, "view")
        if menu is not None:
            menu.addSeparator()
            menu.addAction(action)

    @property
    def delegate(self) -> NameHighlights:
        """The panel's highlighter in the sentence view (its spans; tests read ``cell_spans``)."""
        return self.highlights

    def set_project(self, project: Project | None) -> None:
        self.project = project
        self.reload()

    # --- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the entity list, keeping the selection when the entity is still there."""
        current = self.current_entity()
        self.model.load(self.project, self.search.text())
        row = self.model.row_of(current) if current else None
        if row is not None:
            self.table.selectRow(row)
        self._selection_changed()

    def selected_entities(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r].id for r in rows if r < len(self.model.rows)]

    def current_entity(self) -> str | None:
        selected = self.selected_entities()
        return selected[0] if selected else None

    def canonical_of(self, entity_id: str) -> str | None:
        row = self.model.row_of(entity_id)
        return self.model.rows[row].canonical if row is not None else None

    def current_variant(self) -> VariantRow | None:
        row = self.variant_list.currentRow()
        return self.variants[row] if 0 <= row < len(self.variants) else None

    def _selection_changed(self) -> None:
        entity = self.current_entity()
        self.variant_list.clear()
        self.variants = []
        if entity is not None and self.project is not None:
            with self.project.sessions() as session:
                self.variants = entity_variants(session, entity)
            row = self.model.rows[self.model.row_of(entity) or 0]
            self.variant_title.setText(self.tr("Spellings of %1").replace("%1", row.canonical))
            for v in self.variants:
                flags = (" · " + self.tr("not a name")) if v.not_a_name else ""
                styled = " ★" if row.style.get(v.lang or "") == v.spelling else ""
                QListWidgetItem(
                    f"{v.spelling}{styled}  ·  {name_of(v.lang) or '—'}  ·  {v.mentions}{flags}", self.variant_list
                )
        else:
            self.variant_title.setText(self.tr("Select a name to see its spellings"))
        self.rehighlight()
        self.entitySelected.emit(entity)

    def rehighlight(self) -> None:
        """Mark the selected entity's mentions in the article on show."""
        entity, model = self.current_entity(), self.bench.alignment
        spans = {}
        if entity is not None and self.project is not None:
            ids = [sid for r in range(model.rowCount()) for c in (0, 1) for sid in model.sentence_ids(r, c)]
            with self.project.sessions() as session:
                spans = mention_spans(session, ids, entity)
        self.highlights.spans = spans
        self.bench.view.viewport().update()

    def refresh_check(self) -> None:
        """Fill the consistency tab: translated sentences that break the style choice."""
        self.check_list.clear()
        if self.project is None:
            return
        with self.project.sessions() as session:
            issues = style_issues(session)
        for issue in issues:
            # Where each one is: the same "Alma-Ata → Almaty" three times said nothing.
            title = issue.article_title if len(issue.article_title) <= 40 else issue.article_title[:39] + "…"
            where = self.tr("%1, sentence %2").replace("%1", title).replace("%2", str(issue.sentence_idx + 1))
            item = QListWidgetItem(
                f"{issue.used} → {issue.expected}  ({issue.lang}, {issue.canonical})\n"
                f"    {context_snippet(issue.sentence, issue.start, issue.end)}\n    {where}"
            )
            item.setToolTip(f"{issue.article_title}\n{issue.sentence}")
            item.setData(Qt.ItemDataRole.UserRole, (issue.article_id, issue.sentence_id))
            self.check_list.addItem(item)
        self.check_summary.setText(
            self.tr(
                "%1 translated sentences use another spelling than the project's choice. Choose a spelling "
                "with L on a variant in the Entities tab."
            ).replace("%1", str(len(issues)))
        )
        self.tabs.setTabText(1, self.tr("Consistency (%1)").replace("%1", str(len(issues))))

    def _go_to_issue(self, item: QListWidgetItem) -> None:
        article, sentence = item.data(Qt.ItemDataRole.UserRole)
        self.bench.nav.show_article(article, sentence)

    def _changed(self, changes: Changes) -> None:
        if changes.entities:
            self.reload()
            if self.tabs.currentIndex() == 1:
                self.refresh_check()

    # --- keys and menus --------------------------------------------------------------------

    def key_table(self, on_variants: bool = False) -> dict[Qt.Key, tuple[str, str, Callable[[], object]]]:
        """The panel's own keys (while one of its lists has focus): key -> (key text, what, slot).

        Declared once here; :meth:`_register_keys` puts them in the window's key table."""
        return {
            Qt.Key.Key_M: ("M", self.tr("merge the selected names into the most mentioned"), self.merge_selected),
            Qt.Key.Key_F2: ("F2", self.tr("rename the selected name"), self.rename_dialog),
            Qt.Key.Key_Delete: (
                "Delete",
                self.tr("not a name (the name, or the spelling in the spellings list)"),
                lambda: self.not_a_name(variant=on_variants),
            ),
            Qt.Key.Key_S: ("S", self.tr("split the selected spelling out as its own name"), self.split_variant),
            Qt.Key.Key_L: ("L", self.tr("use the selected spelling in its language"), self.set_style),
        }

    def _register_keys(self, bench: Workbench) -> None:
        """The keys of both lists; they win over window shortcuts there (F2 renames, not post-edits)."""
        for where, on_variants in ((Where.NAMES, False), (Where.SPELLINGS, True)):
            for key, (text, what, slot) in self.key_table(on_variants).items():
                matches = key_is(key, lambda press: press.unchorded)
                bench.keys.add(Binding(text, what, where, Rank.VIEW, matches, slot, over_shortcuts=True))
        for widget in (self.table, self.variant_list):
            widget.installEventFilter(self)

    def key_help(self) -> list[tuple[str, str]]:
        """(key, what it does) for Help ▸ Keyboard shortcuts."""
        return self.bench.keys.rows(Where.NAMES)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.table, self.variant_list):
            where = Where.SPELLINGS if watched is self.variant_list else Where.NAMES
            if self.bench.keys.dispatch(where, event):
                return True
        return super().eventFilter(watched, event)

    def _menu(self, widget: QWidget, pos: Any) -> QMenu:
        menu = QMenu(self)
        if widget is self.table:
            menu.addAction(self.tr("Merge into the most mentioned\tM"), self.merge_selected)
            menu.addAction(self.tr("Rename…\tF2"), self.rename_dialog)
            menu.addAction(self.tr("Not a name\tDelete"), self.not_a_name)
        else:
            menu.addAction(self.tr("Split out as its own name\tS"), self.split_variant)
            menu.addAction(self.tr("Use this spelling in its language\tL"), self.set_style)
            menu.addAction(self.tr("This spelling is not a name\tDelete"), lambda: self.not_a_name(variant=True))
        menu.popup(widget.mapToGlobal(pos))
        return menu
