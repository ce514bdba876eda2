"""Issue 15 item 4: `sverka gui missing.sverka` does not send a GUI user to `sverka init`: it
offers to create the project there, or File ▸ New project elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sverka.ui.app import create_window
from sverka.ui.main_window import MainWindow


def _window(qtbot: QtBot, target: Path) -> MainWindow:
    window = create_window([str(target)])
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def test_create_it_there(qtbot: QtBot, tmp_path: Path) -> None:
    missing = tmp_path / "missing.sverka"
    window = _window(qtbot, missing)
    box = window.missing_box
    assert box is not None and box.isVisible()
    assert "sverka init" not in box.text() and str(missing) in box.text()
    create = next(b for b in box.buttons() if b.text().replace("&", "") == "Create it")
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.project is not None)
    assert missing.is_file() and window.windowTitle().startswith("missing")
    assert window.label_panel.schema.count() >= 1  # the default schemas are there
    window.close()


def test_or_choose_where(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    chosen = tmp_path / "elsewhere.sverka"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    window = _window(qtbot, tmp_path / "missing.sverka")
    box = window.missing_box
    assert box is not None
    button = next(b for b in box.buttons() if b.text().replace("&", "") == "New project…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.project is not None)
    assert chosen.is_file() and not (tmp_path / "missing.sverka").exists()
    window.close()
