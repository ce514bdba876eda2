"""Labeling slots of the main window: labels, notes and the reviewed mark on the current cell."""

from __future__ import annotations

from collections.abc import Sequence

from sverka.ops.annotation import tagging
from sverka.ui.dialogs.note import NoteDialog
from sverka.ui.window_part import WindowPart


class LabelingActions(WindowPart):
    """Mixed into :class:`MainWindow`; every change goes through ``self.undo``."""

    note_dialog: NoteDialog | None = None

    def toggle_label(self, label_id: str) -> None:
        w = self._w()
        ids = w.current_sentences()
        if not ids or w.annotator_id is None:
            return
        who = w.annotator_id

        def build(session):  # type: ignore[no-untyped-def]
            return (
                tagging.build_toggle(session, ids[0], label_id, who)
                if len(ids) == 1
                else _toggle_all(session, ids, label_id, who)
            )

        executed = w.undo.perform(build)
        if executed is None:
            return
        added = not executed.description.startswith("remove")
        w.session.decided(ids[0])
        if added and (w.actions_.advance.isChecked() or w.session.active):
            self.advance()

    def advance(self) -> None:
        w = self._w()
        if w.session.active:
            w.session_next()
        else:
            w.view.step(1)

    def edit_note(self) -> None:
        w = self._w()
        ids = w.current_sentences()
        if not ids or w.annotator_id is None:
            return
        cell = w.alignment.cell(ids[0])
        dialog = NoteDialog(w, cell.text if cell else "", cell.note if cell else None)
        self.note_dialog = dialog
        sid, who = ids[0], w.annotator_id
        dialog.accepted.connect(lambda: w.undo.perform(lambda s: tagging.build_note(s, sid, who, dialog.text())))
        dialog.finished.connect(lambda _: w.focus_sentences())
        dialog.open()

    def toggle_reviewed(self) -> None:
        w = self._w()
        ids = w.current_sentences()
        if ids and w.annotator_id is not None:
            sid, who = ids[0], w.annotator_id
            w.undo.perform(lambda s: tagging.build_reviewed(s, sid, who))

    def _palette_clicked(self, label_id: str) -> None:
        self.toggle_label(label_id)
        self._w().focus_sentences()


def _toggle_all(session, ids: Sequence[str], label_id: str, who: str):  # type: ignore[no-untyped-def]
    """A multi-sentence cell (a 2-1 link): the label goes on or off all its sentences."""
    from sverka.ops.history import Macro

    first = tagging.build_remove(session, ids[0], label_id, who)
    adding = first is None
    steps = []
    for sid in ids:
        step = (tagging.build_add if adding else tagging.build_remove)(session, sid, label_id, who)
        if step is not None:
            steps.append(step)
    return Macro(steps, steps[0].describe()) if steps else None
