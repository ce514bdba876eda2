"""Labeling the current cell: labels (keys, palette), notes and the reviewed mark.

What a toggle means (which sentences of a 2-1 cell, on or off) is decided by
:func:`sverka.ops.annotation.tagging.plan_toggle_row`; every change is a command through the
window's undo controller.
"""

from __future__ import annotations

from sverka.ops.annotation import tagging
from sverka.ops.history import Command, Executed, Session
from sverka.ui.dialogs.note import NoteDialog
from sverka.ui.qt import QAction
from sverka.ui.session_mode import SessionMode
from sverka.ui.workbench import Workbench


class Labeling:
    """The labeling commands of one window (keys and the palette call these)."""

    def __init__(self, bench: Workbench, session: SessionMode, advance: QAction) -> None:
        self.bench = bench
        self.session = session
        self.advance_action = advance  # Edit ▸ One key labels and moves on
        self.note_dialog: NoteDialog | None = None

    def toggle_label(self, label_id: str) -> None:
        ids = self.bench.view.current_sentences()
        who = self.bench.context.annotator_id
        if not ids or who is None:
            return

        # ops decides the toggle (which sentences of a 2-1 cell, on or off) when the writer runs it
        planned: list[tagging.TagOutcome] = []

        def build(session: Session) -> Command | None:
            planned[:] = [tagging.plan_toggle_row(session, ids, label_id, who)]
            return planned[0].command

        def toggled(executed: Executed) -> None:
            self.session.decided(ids[0])
            if planned and planned[0].on and (self.advance_action.isChecked() or self.session.active):
                self.advance()

        self.bench.undo.perform(build, then=toggled)

    def advance(self) -> None:
        if self.session.active:
            self.session.next()
        else:
            self.bench.view.step(1)

    def edit_note(self) -> None:
        ids = self.bench.view.current_sentences()
        who = self.bench.context.annotator_id
        if not ids or who is None:
            return
        cell = self.bench.alignment.cell(ids[0])
        dialog = NoteDialog(self.bench.window, cell.text if cell else "", cell.note if cell else None)
        self.note_dialog = dialog
        sid = ids[0]
        dialog.accepted.connect(
            lambda: self.bench.undo.perform(lambda s: tagging.build_note(s, sid, who, dialog.text()))
        )
        dialog.finished.connect(lambda _: self.bench.nav.focus_sentences())
        dialog.open()

    def toggle_reviewed(self) -> None:
        ids = self.bench.view.current_sentences()
        who = self.bench.context.annotator_id
        if ids and who is not None:
            sid = ids[0]
            self.bench.undo.perform(lambda s: tagging.build_reviewed(s, sid, who))

    def palette_clicked(self, label_id: str) -> None:
        self.toggle_label(label_id)
        self.bench.nav.focus_sentences()
