"""The review tools of the main window: keys, the Review menu, score chips, the header score.

Keys (in the sentences): F2 or ``e`` post-edits the current row's translated sentence, ``i`` or
Alt+I marks an MQM error on it, Alt+D shows its revisions and diff; Ctrl+Shift+Q opens the QA
findings (:mod:`sverka.ui.review.qa_panel`), Ctrl+Shift+R goes to the next row to check
(:mod:`sverka.ui.review.queue`). Plain ``e``/``i`` are declared in the window's key
table at the tools' rank, so a label bound to the same key in the current schema wins (F2 and
the Alt keys always work). Every write goes through the window's undo controller, so Ctrl+Z
undoes it.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, TypeVar

from sverka.ops.history import Changes
from sverka.ops.review import mqm, postedit
from sverka.ops.views import review as review_views
from sverka.ops.views import side_by_side
from sverka.ops.workflows.post_edit import after_postedit
from sverka.ui.actions import insert_before_help
from sverka.ui.keys import Binding, Rank, Where
from sverka.ui.models.alignment import SentenceIdsRole
from sverka.ui.qt import (
    QAction,
    QColor,
    QDialog,
    QKeySequence,
    QLabel,
    QMenu,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from sverka.ui.review.qa_panel import QaPanel
from sverka.ui.review.queue import ReviewQueue
from sverka.ui.review.scores import article_summary, score_chip
from sverka.ui.workbench import Workbench

EDITED_CHIP = QColor("#5a7fb5")  # a post-edited translation cell: the wording is a reviewer's

if TYPE_CHECKING:
    from sverka.ui.review.dialogs import MqmDialog, PostEditDialog, RevisionsDialog

Index = QModelIndex | QPersistentModelIndex
D = TypeVar("D", bound=QDialog)


class ReviewTools(QObject):
    """Post-editing and MQM review for one main window (see the module docstring for keys)."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench.window)
        self.bench = bench
        self.w = bench.window
        self.scores: dict[str, float] = {}  # sentence id -> MQM penalty, for the article on show
        self.article_score: review_views.ArticleScore | None = None
        self.dialog: QDialog | None = None  # the open review dialog (tests drive it)
        self.score_label = QLabel()
        self.score_label.setObjectName("mqmScore")
        tr = self.w.tr
        self.edit_action = self._action(
            tr("&Post-edit sentence…"),
            self.edit_current,
            "F2",
            tr("Edit the translated sentence of this row (F2 or e; Enter saves)"),
        )
        self.mark_action = self._action(
            tr("Mark &error…"),
            self.mark_error,
            "Alt+I",
            tr("Record an MQM error on a span of the translation (i or Alt+I)"),
        )
        self.diff_action = self._action(
            tr("&Revisions and diff…"),
            self.show_revisions,
            "Alt+D",
            tr("Every wording of the translated sentence, and the diff from the machine output"),
        )
        menu = QMenu(tr("Revie&w"), self.w)
        for action in (self.edit_action, self.mark_action, self.diff_action):
            menu.addAction(action)
        menu.setObjectName("menu_review")
        insert_before_help(self.w, menu)
        self.qa = QaPanel(bench, menu)  # Review ▸ QA findings (issue 12)
        self.queue = ReviewQueue(bench)  # Ctrl+Shift+R: the next row to check (issue 12)
        bench.row_menu.add(self.edit_action, self.mark_action, self.diff_action)
        bench.view.delegate.add_chip_provider(self.chips)
        bench.header.add_widget(self.score_label)
        here, tool = Where.SENTENCES, Rank.TOOL
        bench.keys.add(
            Binding(
                "e",
                tr("post-edit the translated sentence (unless a label uses e)"),
                here,
                tool,
                lambda press: press.bare and press.text == "e",
                self.edit_current,
            ),
            Binding(
                "i",
                tr("mark an MQM error on the translation (unless a label uses i)"),
                here,
                tool,
                lambda press: press.bare and press.text == "i",
                self.mark_error,
            ),
        )
        bench.alignment.modelReset.connect(self.reload_scores)
        bench.undo.changed.connect(self._changed)

    def _action(self, text: str, slot: object, shortcut: str, tip: str) -> QAction:
        action = QAction(text, self.w)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda *_: slot())  # type: ignore[operator]
        self.w.addAction(action)
        return action

    # --- the current row -----------------------------------------------------------------------

    def _target(self) -> tuple[str, str] | None:
        """(translated sentence id, the row's original wording) of the current row."""
        index = self.bench.view.currentIndex()
        model = self.bench.alignment
        if not index.isValid() or model.columnCount() < 2:
            self._say(self.w.tr("This article has no translation to review"))
            return None
        ids = model.sentence_ids(index.row(), 1)
        if not ids:
            self._say(self.w.tr("No translated sentence in this row"))
            return None
        if len(ids) > 1:
            self._say(
                self.w.tr("This row has %1 translated sentences; working on the first").replace("%1", str(len(ids)))
            )
        source = " ".join(c.text.strip() for s in model.sentence_ids(index.row(), 0) if (c := model.cell(s)))
        return ids[0], source

    def _current(self) -> tuple[str, str, Any, list[Any]] | None:
        """(sentence id, original wording, its revision history, its MQM issues) of the row."""
        target = self._target()
        if target is None or self.bench.context.project is None:
            return None
        sid, source = target
        with self.bench.context.project.sessions() as session:
            return (
                sid,
                source,
                postedit.sentence_history(session, sid),
                review_views.list_issues(session, sentence_ids=[sid]),
            )

    def _say(self, message: str) -> None:
        self.bench.nav.say(message)

    # --- actions -------------------------------------------------------------------------------

    # The dialogs (and difflib) load on first use: they are not needed for the first paint.

    def edit_current(self) -> PostEditDialog | None:
        from sverka.ui.review.dialogs import PostEditDialog

        current = self._current()
        if current is None:
            return None
        sid, source, history, _issues = current
        wording = history.current
        dialog = PostEditDialog(self.w, wording, source)
        who = self.bench.context.annotator_id or ""

        def save() -> None:
            if dialog.text().strip() != wording.strip():
                self.bench.undo.attempt(lambda s: postedit.build_postedit(s, sid, dialog.text(), who))

        dialog.accepted.connect(save)
        return self._open(dialog)

    def rescan_names(self, sentence_id: str) -> None:
        """Find the name mentions of the new wording (in the writer's turn), then refresh names."""
        project = self.bench.context.project
        if project is None:
            return

        def found(entities: set[str]) -> None:
            if self.bench.context.project is project:
                self.bench.undo.changed.emit(Changes(sentences={sentence_id}, entities=entities or {""}, names=True))

        self.bench.writer.call(lambda: after_postedit(project, sentence_id), found)

    def mark_error(self) -> MqmDialog | None:
        from sverka.ui.review.dialogs import MqmDialog

        current = self._current()
        if current is None:
            return None
        sid, source, history, issues = current
        wording = history.current
        dialog = MqmDialog(self.w, wording, source, issues)
        who = self.bench.context.annotator_id or ""

        def save() -> None:
            start, end = dialog.span()
            category, severity, note = dialog.category(), dialog.severity_name(), dialog.note.text()
            self.bench.undo.attempt(lambda s: mqm.build_add_issue(s, sid, start, end, category, severity, note, who))

        def remove(issue_id: str) -> None:
            self.bench.undo.attempt(lambda s: mqm.build_remove_issue(s, issue_id))
            if self.bench.context.project is not None:
                with self.bench.context.project.sessions() as session:
                    dialog.set_issues(review_views.list_issues(session, sentence_ids=[sid]))

        dialog.accepted.connect(save)
        dialog.removeRequested.connect(remove)
        return self._open(dialog)

    def show_revisions(self) -> RevisionsDialog | None:
        from sverka.ui.review.dialogs import RevisionsDialog

        current = self._current()
        if current is None:
            return None
        _sid, source, history, issues = current
        return self._open(RevisionsDialog(self.w, history, source, issues))

    def _open(self, dialog: D) -> D:
        self.dialog = dialog
        dialog.finished.connect(lambda _: self.bench.nav.focus_sentences())
        dialog.open()
        return dialog

    # --- scores ----------------------------------------------------------------------------------

    def chips(self, index: Index) -> list[tuple[str, QColor]]:
        """The sentence view's chip provider: the MQM score of a translation cell."""
        if index.column() != 1:
            return []
        ids = index.data(SentenceIdsRole) or ()
        out: list[tuple[str, QColor]] = []
        model = self.bench.alignment
        if any((cell := model.cell(sid)) is not None and cell.edited for sid in ids):
            out.append((self.w.tr("post-edited"), EDITED_CHIP))  # the wording is a reviewer's
        total = sum(self.scores.get(sid, 0.0) for sid in ids) if self.scores else 0.0
        chip = score_chip(total)
        return [*out, chip] if chip else out

    def reload_scores(self) -> None:
        """Scores of the article on show (after it loads, and after a review command)."""
        model = self.bench.alignment
        self.scores, self.article_score = {}, None
        if self.bench.context.project is not None and model.translation is not None and model.article is not None:
            ids = [sid for row in range(model.rowCount()) for sid in model.sentence_ids(row, 1)]
            with self.bench.context.project.sessions() as session:
                self.scores = review_views.sentence_scores(session, ids)
                found = review_views.translation_scores(session, [model.article.id])
            self.article_score = next((s for s in found if s.translation_id == model.translation.id), None)
        self.score_label.setText(article_summary(self.article_score))
        self.score_label.setVisible(self.article_score is not None)

    def _changed(self, changes: Changes) -> None:
        if changes.text:  # a post-edit or its undo: the names of the new wording (issue 15 item 10)
            for sid in changes.sentences:
                self.rescan_names(sid)
        model = self.bench.alignment
        ids = [sid for sid in changes.sentences if model.row_of(sid) is not None]
        if not ids:
            return
        self.reload_scores()
        self._refresh_origin()
        rows = sorted({row for sid in ids if (row := model.row_of(sid)) is not None})
        self.bench.view.fit_rows(rows)  # the chip may have come or gone: row heights follow
        self.bench.view.viewport().update()

    def _refresh_origin(self) -> None:
        """A post-edit (or its undo) changes the translation's origin shown in the column header."""
        model = self.bench.alignment
        side = model.translation
        if side is None or self.bench.context.project is None:
            return
        with self.bench.context.project.sessions() as session:
            view = side_by_side.article_view(session, model.article.id) if model.article else None
        origin = next((t.origin for t in view.translations if t.id == side.id), None) if view else None
        if origin and origin != side.origin:
            model.translation = dataclasses.replace(side, origin=origin)
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, 1)
