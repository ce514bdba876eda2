"""Issue 15 item 10: a post-edited cell carries a marker, and its new wording is scanned for
names (the new spelling is a mention of the entity, highlighted and in the names panel)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sverka.db.project import open_project
from sverka.ops.views.names import mention_spans
from sverka.ui.main_window import MainWindow
from sverka.ui.review.dialogs import PostEditDialog


def _spans(path: Path, sid: str) -> list[str]:
    project = open_project(path)
    try:
        with project.sessions() as session:
            return [s.canonical for s in mention_spans(session, [sid]).get(sid, [])]
    finally:
        project.close()


def test_marker_and_names_of_the_new_wording(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    model = window.alignment
    row = next(r for r in range(model.rowCount()) if len(model.sentence_ids(r, 1)) == 1 and r > 0)
    sid = model.sentence_ids(row, 1)[0]
    window.view.go_to(row, 1)
    window.view.setFocus()
    index = model.index(row, 1)
    assert "post-edited" not in [text for text, _ in window.view.delegate._chips(index)]
    before = _spans(demo_path, sid)
    assert "Almaty" not in before

    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    dialog = window.review.dialog
    assert isinstance(dialog, PostEditDialog)
    dialog.edit.selectAll()
    qtbot.keyClicks(dialog.edit, "Thousands gathered in Almaty on Tuesday.")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Almaty" in _spans(demo_path, sid), timeout=20_000)  # the new wording's names
    index = model.index(row, 1)
    assert "post-edited" in [text for text, _ in window.view.delegate._chips(index)]  # the marker

    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _spans(demo_path, sid) == before, timeout=20_000)  # undo: the old names again
    index = model.index(row, 1)
    assert "post-edited" not in [text for text, _ in window.view.delegate._chips(index)]
