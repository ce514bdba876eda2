"""The annotator's day, driven by the keyboard: move, tag, undo, redo, note, reopen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sverka.db.project import open_project
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.records import iter_records
from sverka.ui.main_window import MainWindow
from sverka.ui.models.alignment import LabelsRole, NoteRole, ReviewedRole


def _labels_on(project_path: Path) -> dict[str, list[str]]:
    project = open_project(project_path)
    try:
        return {r["sentence_id"]: r["labels"] for r in iter_records(project, ExportOptions()) if r["labels"]}
    finally:
        project.close()


def test_opens_demo_with_focus_in_sentences(window: MainWindow) -> None:
    assert window.alignment.rowCount() > 0
    assert window.alignment.columnCount() == 2
    assert window.view.currentIndex().row() == 0
    assert window.view.hasFocus()
    assert window.header.title.text()


def test_move_tag_undo_redo_note_reopen(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    view = window.view
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_J)
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert view.currentIndex().row() == 1
    sid = window.current_sentences()[0]
    first_label = window.catalog.for_key("1")
    assert first_label is not None

    qtbot.keyClick(view, Qt.Key.Key_1)
    index = window.alignment.index(1, 0)
    assert index.data(LabelsRole) == [first_label.id]
    assert _labels_on(demo_path)[sid] == [first_label.name]  # durable at once

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert index.data(LabelsRole) == []
    assert sid not in _labels_on(demo_path)

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert index.data(LabelsRole) == [first_label.id]

    qtbot.keyClick(view, Qt.Key.Key_N)
    dialog = window.note_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.edit, "check the figure")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert index.data(NoteRole) == "check the figure"

    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert index.data(ReviewedRole) is True

    article = window.alignment.article
    assert article is not None
    window.close()

    reopened = MainWindow("tester")
    qtbot.addWidget(reopened)
    reopened.show()
    assert reopened.open_project(demo_path)
    assert reopened.alignment.article is not None and reopened.alignment.article.id == article.id
    row = reopened.alignment.row_of(sid)
    assert row == 1
    again = reopened.alignment.index(row, 0)
    assert again.data(LabelsRole) == [first_label.id]
    assert again.data(NoteRole) == "check the figure"
    assert again.data(ReviewedRole) is True
    # Undo survives the restart: reviewed, then the note, then the label come off.
    assert reopened.undo.stack.count() == 3 and reopened.undo.stack.canUndo()
    for _ in range(3):
        reopened.undo.stack.undo()
    assert again.data(LabelsRole) == [] and again.data(NoteRole) is None and again.data(ReviewedRole) is False
    assert sid not in _labels_on(demo_path)
    reopened.close()


def test_one_key_advance(qtbot: QtBot, window: MainWindow) -> None:
    window.actions_.advance.setChecked(True)
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    assert window.view.currentIndex().row() == 1
    assert window.alignment.index(0, 0).data(LabelsRole)
    qtbot.keyClick(window.view, Qt.Key.Key_2)  # labels row 1 and moves on to row 2
    assert window.view.currentIndex().row() == 2


def test_schema_hotkeys_and_single_choice(qtbot: QtBot, window: MainWindow) -> None:
    relevant, not_relevant = window.catalog.for_key("r"), window.catalog.for_key("x")
    assert relevant is not None and not_relevant is not None
    qtbot.keyClick(window.view, Qt.Key.Key_R)
    qtbot.keyClick(window.view, Qt.Key.Key_X)  # single-choice group: replaces "relevant"
    assert window.alignment.index(0, 0).data(LabelsRole) == [not_relevant.id]


def test_right_arrow_tags_translation_side(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert window.view.currentIndex().column() == 1
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    assert window.alignment.index(0, 1).data(LabelsRole)
    assert not window.alignment.index(0, 0).data(LabelsRole)
