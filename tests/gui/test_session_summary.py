"""Issue 15 item 13: starting a session moves the article list's selection with the article it
opens; stopping one shows what it came to (done, time, decisions per hour)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sverka.ui.dialogs.session import SessionDialog
from sverka.ui.main_window import MainWindow


def _selected(window: MainWindow) -> list[str | None]:
    rows = window.articles.table.selectionModel().selectedRows()
    return [window.articles.model.article_id(i.row()) for i in rows]


def test_session_selects_its_article_and_sums_up(qtbot: QtBot, window: MainWindow) -> None:
    model = window.articles.model
    third = model.article_id(2)
    window.show_article(third)
    assert _selected(window) == [third]
    window.articles.table.setFocus()
    qtbot.keyClick(window.articles.table, Qt.Key.Key_Down)  # the list moves on; the article shown stays
    assert _selected(window) != [third] and window.alignment.article.id == third
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.findChild(SessionDialog)
    assert isinstance(dialog, SessionDialog) and dialog.isVisible()
    dialog.scope.setCurrentIndex(1)  # this article
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: window.session.active)
    qtbot.waitUntil(lambda: window.session.state is not None and window.session.state.cursor is not None)
    assert window.alignment.article.id == third
    assert _selected(window) == [third]  # the list shows the session's article

    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_1)  # a label, and on to the next queued sentence
    qtbot.waitUntil(lambda: window.session.state is not None and window.session.state.decisions == 3)
    window.stop_session()
    assert not window.session.active
    summary = window.session.last_summary
    assert summary.startswith("Session stopped · done 3 · time 0:0") and summary.endswith("decisions per hour")
    box = window.session.summary_box
    assert box is not None and box.isVisible() and "done 3" in box.text()
    assert window.statusBar().currentMessage() == summary
    box.accept()
