"""Issue 17 item 2: `sverka gui` paints the window's frame first and builds its parts after.
The parts built into the already-visible window must look as a start without the frame does:
the article list and the label palette have their widths (a split balanced while hidden gave
them none: the app opened with both panes invisible though the View menu said shown)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from sverka.ui.app import create_window
from sverka.ui.main_window import MainWindow


def test_painted_first_the_window_still_has_its_side_panes(qtbot: QtBot, demo_path: Path) -> None:
    window = create_window([str(demo_path)], paint_first=True)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.project is not None)
    left, centre, right = window.splitter.sizes()
    assert left >= 100 and right >= 100, window.splitter.sizes()  # were 0 and 0
    assert centre > left and centre > right
    assert window.layout_.list_action.isChecked() and window.layout_.palette_action.isChecked()
    window.close()
