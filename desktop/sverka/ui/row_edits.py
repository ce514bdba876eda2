"""Edits of the side-by-side rows: merge, split, relink, "no translation", re-align, language.

Each edit turns the view's state (current row, picked rows, the side in focus) into a core
command from :mod:`sverka.ops.alignment.edits` or :mod:`sverka.ops.annotation.tagging` and runs it
through the window's undo controller, so it is committed at once and Ctrl+Z takes it back.
The window reloads the rows when a command reports changed links (see
``MainWindow.apply_changes``). Nothing here decides how links are rebuilt: that is the core's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sverka.ops.alignment import edits as alignment_edits
from sverka.ops.annotation import tagging
from sverka.ops.history import Command, Macro, Session
from sverka.ops.views import side_by_side
from sverka.ops.views.side_by_side import AlignRow, Box
from sverka.progress import CancelToken, Progress
from sverka.ui.language_names import name_of
from sverka.ui.qt import QAction, QInputDialog, QKeySequence, QMenu, QObject, QPoint
from sverka.ui.workbench import Workbench
from sverka.ui.workers import Job

LANGUAGE_ACTION = "row_language"  # object name of Article ▸ Language… (the row menu shows the submenu instead)

Build = Callable[[Session], Command | None]
# The languages a news annotator meets most; any other ISO code can be typed in.
COMMON_LANGUAGES = ("ru", "en", "kk")


class RowEdits(QObject):
    """Alignment and language edits on the window's sentence view."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench.window)
        self.bench = bench
        self.w = bench.window  # parent of dialogs and menus
        self.last_realign: Any = None  # the last AlignSummary (tests and the status bar read it)

    # --- what the view points at ----------------------------------------------------------

    def _current(self) -> tuple[int, AlignRow] | None:
        index = self.bench.view.currentIndex()
        row = self.bench.alignment.align_row(index.row()) if index.isValid() else None
        return (index.row(), row) if row is not None else None

    def _translation_id(self) -> str | None:
        side = self.bench.alignment.translation
        if side is None:
            self.bench.nav.say(self.tr("This article has no translation to align with."), 5000)
            return None
        return side.id

    def _relink(self, box: Box | None) -> None:
        translation_id = self._translation_id()
        if translation_id is None or box is None:
            return
        self.bench.undo.attempt(lambda s: alignment_edits.build_relink(s, translation_id, *box))

    # --- alignment edits ---------------------------------------------------------------------

    def merge(self) -> None:
        """Merge the current row with the next one (Alt+M)."""
        current = self._current()
        if current is None or self._translation_id() is None:
            return
        at, row = current
        nxt = self.bench.alignment.align_row(at + 1)
        if nxt is None:
            self.bench.nav.say(self.tr("The last row has no next row to merge with."), 5000)
        elif row.link_id is not None:
            link_id = row.link_id
            self.bench.undo.attempt(lambda s: alignment_edits.build_merge(s, link_id))
        else:  # not aligned yet: the same edit as a relink of both rows' sentences
            self._relink(side_by_side.span_box([row, nxt]))

    def split(self) -> None:
        """Split the current row into 1-1 rows plus 1-0 / 0-1 for the rest (Alt+S)."""
        current = self._current()
        if current is None or self._translation_id() is None:
            return
        _, row = current
        if row.link_id is None:
            self.bench.nav.say(self.tr("This row is not aligned yet: use Article ▸ Re-align."), 5000)
            return
        link_id = row.link_id
        undo = self.bench.undo
        if undo.attempt(lambda s: alignment_edits.build_split(s, link_id)) is None and not undo.writer.queued:
            self.bench.nav.say(self.tr("A row of one sentence cannot be split further."), 5000)

    def relink_selection(self) -> None:
        """Make the picked rows (Shift+↓ or a drag) one manual row; one row alone is confirmed (Alt+R)."""
        rows = [r for i in self.bench.view.selected_rows() if (r := self.bench.alignment.align_row(i)) is not None]
        self._relink(side_by_side.span_box(rows))

    def no_translation(self) -> None:
        """Mark the current side's sentences as having no counterpart: a 1-0 or 0-1 row (Alt+0)."""
        current = self._current()
        if current is None:
            return
        _, row = current
        box = side_by_side.untranslated_box(row, self.bench.view.currentIndex().column() == 1)
        if box is None:
            self.bench.nav.say(self.tr("There is no sentence on this side of the row."), 5000)
            return
        self._relink(box)

    def realign(self) -> Job | None:
        """Re-run the aligner on the shown translation; manual rows are kept (Article menu)."""
        article, translation_id = self.bench.alignment.article, self._translation_id()
        project = self.bench.context.project
        if project is None or article is None or translation_id is None or self.bench.nav.refuse_write():
            return None
        article_id = article.id

        def fn(progress: Progress, cancel: CancelToken) -> Any:
            from sverka.ops.alignment.run import align_article

            return align_article(project, article_id, translation_id=translation_id)

        job = Job(fn)
        job.signals.finished.connect(self._realigned)
        job.signals.failed.connect(self.bench.nav.show_failure)
        self.bench.tasks.run(job)
        return job

    def _realigned(self, summary: Any) -> None:
        self.last_realign = summary
        self.bench.nav.reload_rows()
        text = self.tr("Re-aligned: %1 rows, %2 manual rows kept").replace("%1", str(summary.links))
        self.bench.nav.say(text.replace("%2", str(summary.manual)), 8000)

    # --- language ------------------------------------------------------------------------------

    def set_language(self, lang: str | None) -> None:
        """Override the language of the current cell's sentences (None: back to the detected one)."""
        ids = self.bench.view.current_sentences()
        if not ids:
            return

        def build(session: Session) -> Command | None:
            steps = [c for sid in ids if (c := tagging.build_language(session, sid, lang)) is not None]
            if len(steps) <= 1:
                return steps[0] if steps else None
            return Macro(steps, steps[0].describe())

        self.bench.undo.attempt(build)

    def ask_language(self) -> None:
        code, ok = QInputDialog.getText(self.w, self.tr("Language"), self.tr("ISO 639 code (e.g. ky, uz, de):"))
        if ok and code.strip():
            self.set_language(code.strip())
        self.bench.nav.focus_sentences()

    def language_menu(self, parent: QMenu | None = None) -> QMenu:
        menu = QMenu(self.tr("&Language"), parent or self.w)
        for code in COMMON_LANGUAGES:
            action = menu.addAction(name_of(code))
            action.triggered.connect(lambda *_, c=code: self.set_language(c))
        menu.addSeparator()
        menu.addAction(self.tr("&Other…")).triggered.connect(lambda *_: self.ask_language())
        menu.addAction(self.tr("&Detected")).triggered.connect(lambda *_: self.set_language(None))
        return menu

    def popup_language_menu(self) -> QMenu:
        """The language menu at the current cell, for the keyboard (Alt+L)."""
        menu = self.language_menu()
        view = self.bench.view
        rect = view.visualRect(view.currentIndex())
        menu.popup(view.viewport().mapToGlobal(rect.topLeft() + QPoint(12, 12)))
        return menu

    # --- the view's context menu ---------------------------------------------------------------

    def context_menu(self, pos: QPoint, actions: list[QAction]) -> QMenu:
        """Right-click: the clicked cell becomes current (unless it is among the picked rows)."""
        view = self.bench.view
        index = view.indexAt(pos)
        if index.isValid() and index.row() not in view.selected_rows():
            view.go_to(index.row(), index.column())
        menu = QMenu(view)
        languages = self.language_menu(menu)
        languages.menuAction().setShortcut(QKeySequence("Alt+L"))  # shown as a hint; Alt+L is the Article menu's
        for action in actions:
            if action.objectName() == LANGUAGE_ACTION:  # one Language entry, not "Language…" and "Language ▸"
                menu.addMenu(languages)
            else:
                menu.addAction(action)
        if languages.menuAction() not in menu.actions():
            menu.addSeparator()
            menu.addMenu(languages)
        menu.popup(view.viewport().mapToGlobal(pos))
        return menu
