"""The undo stack rebuilt from the event log after a restart: the undone tail can still be
redone, a redo branch that a later action discarded never comes back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sverka.db.project import open_project
from sverka.ops.export.records import ExportOptions, iter_records
from sverka.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def tagged(path: Path) -> set[str]:
    project = open_project(path)
    try:
        return {r["sentence_id"] for r in iter_records(project, ExportOptions()) if r["labels"]}
    finally:
        project.close()


def tag_rows(qtbot: QtBot, window: MainWindow, rows: list[int]) -> list[str]:
    ids = []
    for row in rows:
        window.view.go_to(row, 0)
        ids.append(window.current_sentences()[0])
        qtbot.keyClick(window.view, Qt.Key.Key_1)
    return ids


def restart(qtbot: QtBot, window: MainWindow, path: Path) -> MainWindow:
    window.close()
    again = MainWindow("tester")
    qtbot.addWidget(again)
    again.show()
    assert again.open_project(path)
    return again


def test_the_undone_tail_can_be_redone_after_a_restart(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    a, b, c = tag_rows(qtbot, window, [0, 1, 2])
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    assert tagged(demo_path) == {a}
    again = restart(qtbot, window, demo_path)
    stack = again.undo.stack
    assert (stack.count(), stack.index()) == (3, 1) and stack.canRedo()
    stack.redo()
    assert tagged(demo_path) == {a, b}
    stack.redo()
    assert tagged(demo_path) == {a, b, c} and not stack.canRedo()
    again.close()


def test_a_lone_undone_step_can_be_redone_after_a_restart(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    [a] = tag_rows(qtbot, window, [0])
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    again = restart(qtbot, window, demo_path)
    stack = again.undo.stack
    assert (stack.count(), stack.index()) == (1, 0)
    stack.redo()
    assert tagged(demo_path) == {a}
    again.close()


def test_a_discarded_redo_branch_stays_discarded_after_a_restart(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    a, _b = tag_rows(qtbot, window, [0, 1])
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)  # _b off: it could be redone ...
    [c] = tag_rows(qtbot, window, [2])  # ... until a new action replaces that branch
    assert not window.undo.stack.canRedo()
    again = restart(qtbot, window, demo_path)
    stack = again.undo.stack
    assert (stack.count(), stack.index()) == (2, 2) and not stack.canRedo()
    stack.undo()
    stack.undo()
    assert tagged(demo_path) == set() and not stack.canUndo()
    stack.redo()
    stack.redo()
    assert tagged(demo_path) == {a, c}  # _b never comes back
    again.close()
