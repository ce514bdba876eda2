"""Issue 15 item 5: on a 1366×768 laptop and a 1920×1080 screen the two text columns get
most of the width — the window fits the screen, the palette is not cut off, the names panel is
a narrow dock (the article list makes room on a small screen and comes back), the list and the
palette hide with a key, and a narrow column's header is elided with the full text in its tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sverka.ui.layout import TEXT_SHARE, fitted_size
from sverka.ui.main_window import MainWindow

SCREENS = {"laptop": (1366, 768), "desktop": (1920, 1080)}


def test_window_size_fits_the_screen() -> None:
    assert fitted_size(QRect(0, 0, 1366, 740)) == (1311, 710)  # smaller than the laptop's screen
    assert fitted_size(QRect(0, 0, 1920, 1050)) == (1800, 1000)  # the preferred size on a big one


def _place(qtbot: QtBot, window: MainWindow, screen: str) -> tuple[int, int]:
    width, height = fitted_size(QRect(0, 0, *SCREENS[screen]))
    window.resize(width, height)
    window.layout_.balance()
    qtbot.waitUntil(lambda: window.width() == width)
    QApplication.processEvents()
    return width, height


def _inside(window: MainWindow, widget: object) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())  # type: ignore[attr-defined]
    right = top_left.x() + widget.width()  # type: ignore[attr-defined]
    return top_left.x() >= 0 and right <= window.width()


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_text_columns_keep_most_of_the_width(qtbot: QtBot, window: MainWindow, screen: str) -> None:
    width, _ = _place(qtbot, window, screen)
    assert _inside(window, window.label_panel)  # the palette is whole, not clipped at the edge
    assert window.layout_.text_width() >= width * 0.5

    qtbot.keyClick(window.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.names.isVisible())
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.layout_.text_width() >= width * TEXT_SHARE - 40)
    assert window.names.width() <= 400  # a narrow dock
    assert _inside(window, window.label_panel) and _inside(window, window.names)
    columns = [window.view.columnWidth(c) for c in range(2)]
    assert min(columns) >= 240, columns  # no words cut mid-word in ~120 px columns
    if screen == "laptop":
        assert not window.articles.isVisible()  # made room for the names …
    qtbot.keyClick(window.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not window.names.isVisible())
    assert window.articles.isVisible()  # … and is back when they close


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_article_titles_stay_readable(qtbot: QtBot, window: MainWindow, screen: str) -> None:
    _place(qtbot, window, screen)
    table = window.articles.table
    assert table.columnWidth(0) >= 150  # the title, not "…" beside the fixed columns
    assert not table.isColumnHidden(4)  # progress (which also says the status) always stays


def test_list_and_palette_hide_by_key(qtbot: QtBot, window: MainWindow) -> None:
    _place(qtbot, window, "laptop")
    before = window.layout_.text_width()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.view, Qt.Key.Key_L, ctrl_shift)
    qtbot.waitUntil(lambda: not window.articles.isVisible())
    qtbot.keyClick(window.view, Qt.Key.Key_P, ctrl_shift)
    qtbot.waitUntil(lambda: not window.label_panel.isVisible())
    qtbot.waitUntil(lambda: window.layout_.text_width() > before + 300)
    assert window.view.hasFocus()  # still in the sentences: tagging goes on
    qtbot.keyClick(window.view, Qt.Key.Key_L, ctrl_shift)
    qtbot.waitUntil(lambda: window.articles.isVisible())
    assert not window.label_panel.isVisible()


def test_narrow_header_is_elided_with_the_full_text_in_its_tooltip(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(760, 600)
    window.layout_.show_pane(window.articles, False)
    window.layout_.show_pane(window.label_panel, False)
    QApplication.processEvents()
    header = window.view.horizontalHeader()
    header.setSectionResizeMode(header.ResizeMode.Interactive)
    header.resizeSection(1, 120)
    full = str(window.alignment.headerData(1, Qt.Orientation.Horizontal))
    shown = header.shown_text(1)  # type: ignore[attr-defined]
    assert shown.endswith("…") and full.startswith(shown[:-1])
    tooltip = str(window.alignment.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
    assert tooltip.startswith(full)
    pixmap = header.grab()  # painted without error, left edge of the text kept
    assert not pixmap.isNull()
