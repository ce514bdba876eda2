"""Issue 15 item 14: the sentences' right-click menu has one Language entry (the submenu), not
both "Language…" and "Language ▸"; picking a language from it sets the sentence's language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from sverka.ui.main_window import MainWindow


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # the offscreen platform's popups
def test_one_language_entry_that_works(qtbot: QtBot, window: MainWindow) -> None:
    window.view.go_to(1, 0)
    rect = window.view.visualRect(window.view.currentIndex())
    # what a right-click on the cell opens (the view's customContextMenuRequested handler)
    menu = window.row_edits.context_menu(rect.center(), window.bench.row_menu.actions)
    assert isinstance(menu, QMenu)
    entries = [a for a in menu.actions() if "Language" in a.text().replace("&", "")]
    assert len(entries) == 1 and entries[0].menu() is not None
    submenu = entries[0].menu()
    kazakh = next(a for a in submenu.actions() if a.text() in ("Kazakh", "казахский"))
    kazakh.trigger()
    menu.close()
    sid = window.alignment.sentence_ids(1, 0)[0]
    qtbot.waitUntil(lambda: (cell := window.alignment.cell(sid)) is not None and cell.lang == "kk")
