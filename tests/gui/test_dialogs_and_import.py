"""Dialogs without exec(), drag-and-drop import in the worker, sessions, schema editing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from sverka.ui import settings
from sverka.ui.main_window import MainWindow
from sverka.ui.models.alignment import LabelsRole


def test_about_shortcuts_preferences(qtbot: QtBot, window: MainWindow) -> None:
    box = window.show_about()
    assert "Sverka" in box.text()
    box.close()
    shortcuts = window.show_shortcuts()
    assert shortcuts.isVisible()
    shortcuts.reject()
    prefs = window.preferences()
    prefs.advance.setChecked(True)
    prefs.theme.setCurrentIndex(prefs.theme.findData("dark"))
    with qtbot.waitSignal(prefs.finished):
        prefs._save()
    assert settings.get("prefs/one_key_advance") is True
    assert window.actions_.advance.isChecked()
    assert settings.get("prefs/theme") == "dark"


def test_zoom_changes_font(window: MainWindow) -> None:
    before = window.view.font().pointSizeF()
    window.zoom(1)
    assert window.view.font().pointSizeF() == pytest.approx(round(before) + 1)
    window.zoom(0)
    assert window.view.font().pointSizeF() == pytest.approx(before)


def test_annotator_asked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from sverka.ui.app import ask_annotator

    settings.put("prefs/annotator", "")
    calls = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (calls.append(1), ("Aigerim", True))[1])
    assert ask_annotator() == "Aigerim"
    assert ask_annotator() == "Aigerim"
    assert len(calls) == 1


def test_drop_imports_in_worker(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "2022-02-01-test.ru.txt").write_text("Новая статья\n\nПервое предложение. Второе предложение.\n", "utf-8")
    (folder / "2022-02-01-test.en.txt").write_text("New article\n\nFirst sentence. Second sentence.\n", "utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    before = window.articles.model.rowCount()
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.last_import is not None, timeout=20000)
    assert window.last_import.articles == 1
    assert window.articles.model.rowCount() == before + 1


def test_broken_project_is_reported(monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sverka"
    bad.write_text("not a database")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert not window.open_project(bad)
    assert shown and "not a Sverka project" in shown[0]
    assert window.project is not None  # the open project stays open


def test_session_mode_queue_and_resume(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    dialog = window.start_session_dialog()
    assert dialog is not None
    dialog.scope.setCurrentIndex(1)  # this article only
    dialog.accept()
    assert window.session.active
    first = window.current_sentences()[0]
    qtbot.keyClick(window.view, Qt.Key.Key_1)  # in a session a label also moves on
    second = window.current_sentences()[0]
    assert second != first
    assert "done 1" in window.session.label.text()
    window.close()
    again = MainWindow("tester")
    qtbot.addWidget(again)
    assert again.open_project(demo_path)
    assert again.session.active
    assert again.current_sentences()[0] == second  # back where the annotator stopped
    again.session_next()
    assert again.current_sentences()[0] not in (first, second)
    again.stop_session()
    assert not again.session.active
    again.close()


def test_schema_editor_edits_are_undoable(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    editor = window.schema_editor()
    assert editor is not None
    item = editor.labels.item(0, 0)
    item.setText("clashes")
    assert window.catalog.for_key("1").name == "clashes"
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    editor.labels.item(1, 1).setText("r")  # taken by "relevant"
    assert warnings and "already used" in warnings[0]
    assert editor.add_label("curfew")
    assert any(label.name == "curfew" for label in window.catalog.active)
    editor.reject()
    window.undo.stack.undo()  # the added label goes
    window.undo.stack.undo()  # the rename is undone
    assert window.catalog.for_key("1").name == "violence"
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    assert window.alignment.index(0, 0).data(LabelsRole)
