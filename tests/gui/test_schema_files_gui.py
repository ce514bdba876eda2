"""Issue 15 item 6: the schema editor has room and shows descriptions; New schema, Import and
Export schema file work from its buttons (the format of resources/schemas/README.md); a bad
file is refused in one line naming the file and the line; the imported schema is the palette's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from sverka.db.project import open_project
from sverka.ops.annotation.schema_files import schema_document
from sverka.ui.dialogs.schema_editor import SchemaEditor
from sverka.ui.main_window import MainWindow

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "schemas" / "news-events.json"


def _open_editor(qtbot: QtBot, window: MainWindow) -> SchemaEditor:
    qtbot.mouseClick(window.label_panel.edit, Qt.MouseButton.LeftButton)
    dialog = window.findChild(SchemaEditor)
    assert isinstance(dialog, SchemaEditor) and dialog.isVisible()
    return dialog


def _schema_names(path: Path) -> list[str]:
    project = open_project(path)
    try:
        with project.sessions() as session:
            from sverka.ops.annotation.schemas import list_labels

            return sorted({label.schema for label in list_labels(session)})
    finally:
        project.close()


def test_editor_has_room_and_descriptions(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open_editor(qtbot, window)
    fm = dialog.fontMetrics()
    combo = dialog.groups.cellWidget(0, 1)
    assert dialog.groups.columnWidth(1) >= fm.horizontalAdvance("multiple labels") + 20  # not "multiple lab"
    assert combo is not None and combo.width() >= fm.horizontalAdvance("one label only")
    names = [dialog.labels.item(r, 0).text() for r in range(dialog.labels.rowCount())]
    violence = dialog.labels.item(names.index("violence"), 4)
    assert violence.text().startswith("Physical violence")
    assert dialog.labels.columnWidth(0) >= fm.horizontalAdvance("communications shutdown")
    dialog.reject()


def test_import_export_and_new_schema(
    qtbot: QtBot, window: MainWindow, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_editor(qtbot, window)
    bad = tmp_path / "bad.json"
    bad.write_text(SHIPPED.read_text("utf-8").replace('"#2e9e44"', '"green"'), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    line = next(n for n, text in enumerate(bad.read_text("utf-8").splitlines(), 1) if '"green"' in text)
    assert dialog.message == f"{bad}:{line}: label 'relevant': colour must look like #1f77b4"
    dialog.refusal.accept()

    mine = json.loads(SHIPPED.read_text("utf-8"))
    mine["name"] = "Protest coding"
    mine["groups"][0]["labels"][0]["description"] = "My rule for violence."
    good = tmp_path / "protest.json"
    good.write_text(json.dumps(mine, ensure_ascii=False, indent=2), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.schema_name == "Protest coding" and dialog.windowTitle() == "Schema: Protest coding"
    assert dialog.labels.item(0, 4).text() == "My rule for violence."
    assert "Protest coding" in _schema_names(demo_path)

    out = tmp_path / "out.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert json.loads(out.read_text("utf-8")) == mine  # the documented format, as imported

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Mine", True))
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.schema_name == "Mine" and dialog.labels.rowCount() == 1
    dialog.accept()
    qtbot.waitUntil(lambda: window.label_panel.schema.currentText() == "Mine")
    project = open_project(demo_path)
    try:
        with project.sessions() as session:
            assert schema_document(session, "Mine")["groups"][0]["labels"][0]["hotkey"] == "1"
    finally:
        project.close()
