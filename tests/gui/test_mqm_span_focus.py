"""Issue 15 item 1: marking an MQM error in the README's order (span with Shift+→, Tab to the
category, a click on another category, a note with spaces, Enter) saves the words picked, with
the severity chosen, not the whole sentence and not a severity flipped by the note's spaces."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton
from pytestqt.qtbot import QtBot

from sverka.db.project import open_project
from sverka.ops.views import review as review_views
from sverka.ui.main_window import MainWindow
from sverka.ui.review.dialogs import MqmDialog


def _translated_row(window: MainWindow) -> str:
    model = window.alignment
    for row in range(model.rowCount()):
        ids = model.sentence_ids(row, 1)
        if len(ids) == 1 and model.sentence_ids(row, 0):
            window.view.go_to(row, 1)
            window.view.setFocus()
            return ids[0]
    raise AssertionError("the demo article has no translated row")


def _issues(path: Path, sid: str) -> list[review_views.IssueRow]:
    project = open_project(path)
    try:
        with project.sessions() as session:
            return review_views.list_issues(session, sentence_ids=[sid])
    finally:
        project.close()


def _open_mqm(qtbot: QtBot, window: MainWindow) -> MqmDialog:
    qtbot.keyClick(window.view, Qt.Key.Key_I)
    dialog = window.review.dialog
    assert isinstance(dialog, MqmDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.span_edit.hasFocus())
    return dialog


def test_span_survives_tab_and_a_note_with_spaces(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    sid = _translated_row(window)
    dialog = _open_mqm(qtbot, window)
    first_word = dialog.wording.split()[0]
    for _ in first_word:
        qtbot.keyClick(dialog.span_edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.span_label.text() == f"0:{len(first_word)} «{first_word}»"

    qtbot.keyClick(dialog.span_edit, Qt.Key.Key_Tab)
    assert dialog.categories.hasFocus()  # Tab goes to the category, not to a severity radio
    assert dialog.span() == (0, len(first_word))
    assert dialog.span_label.text() == f"0:{len(first_word)} «{first_word}»"
    qtbot.keyClick(dialog.categories, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.categories, Qt.Key.Key_3)  # critical, by key outside the note
    qtbot.keyClick(dialog.categories, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is dialog.note and not isinstance(focused, QRadioButton)
    qtbot.keyClicks(dialog.note, "a note with spaces in it")
    assert dialog.severity_name() == "critical"
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    (issue,) = _issues(demo_path, sid)
    assert (issue.start, issue.end, issue.span) == (0, len(first_word), first_word)
    assert (issue.category, issue.severity, issue.note) == (
        "accuracy/omission",
        "critical",
        "a note with spaces in it",
    )


def test_span_survives_a_click_on_a_category(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    sid = _translated_row(window)
    dialog = _open_mqm(qtbot, window)
    qtbot.keyClick(dialog.span_edit, Qt.Key.Key_End)
    for _ in range(4):
        qtbot.keyClick(dialog.span_edit, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    end = len(dialog.wording)
    item = dialog.categories.item(4)
    rect = dialog.categories.visualItemRect(item)
    qtbot.mouseClick(dialog.categories.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.category() == item.text()
    assert dialog.span() == (end - 4, end)
    dialog.accept()
    (issue,) = _issues(demo_path, sid)
    assert (issue.start, issue.end, issue.category) == (end - 4, end, item.text())
