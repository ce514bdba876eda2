"""The Russian UI is complete: every string of ui/ is in the .ts, translated, and compiled."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QMenu

from sverka.paths import resource_path

ROOT = Path(__file__).resolve().parents[2]
RU_TS = ROOT / "resources" / "i18n" / "sverka_ru.ts"


def _messages(ts: Path) -> Iterator[ET.Element]:
    yield from ET.parse(ts).getroot().iter("message")


def test_ru_ts_has_no_unfinished_entries() -> None:
    unfinished = [
        m.findtext("source")
        for m in _messages(RU_TS)
        if (t := m.find("translation")) is None or t.get("type") == "unfinished" or not (t.text or "").strip()
    ]
    assert not unfinished, f"run scripts/i18n/update_translations.py and add to scripts/i18n/ru.py: {unfinished[:10]}"


def test_every_ui_string_is_in_the_ts(tmp_path: Path) -> None:
    """A fresh lupdate of desktop/sverka/ui finds no string the committed .ts lacks."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop" / "sverka" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    known = {m.findtext("source") for m in _messages(RU_TS)}
    new = sorted({m.findtext("source") or "" for m in _messages(fresh)} - known)
    assert not new, f"run scripts/i18n/update_translations.py: {new[:10]}"


def test_russian_window(window: object) -> None:
    """With the compiled .qm loaded, the menus and the keyboard map come out in Russian."""
    from sverka.ui.keymap import keymap
    from sverka.ui.main_window import MainWindow

    translator = QTranslator()
    assert translator.load("sverka_ru", str(resource_path("i18n")))
    QCoreApplication.installTranslator(translator)
    try:
        ru = MainWindow("тест")
        try:
            titles = [a.text() for a in ru.menuBar().actions()]
            assert "&Файл" in titles and "С&ервис" in titles
            assert titles.index("С&ервис") < titles.index("&Справка")  # Tools and Review before Help
            assert titles.index("Про&верка") < titles.index("&Справка")
            view = ru.menuBar().findChild(QMenu, "menu_view")
            assert view is not None and ru.names.toggleViewAction() in view.actions()
            sections = {row.section for row in keymap(ru)}
            assert {"Предложения", "Панель имён", "Правка"} <= sections
        finally:
            ru.close()
            ru.deleteLater()
    finally:
        QCoreApplication.removeTranslator(translator)
