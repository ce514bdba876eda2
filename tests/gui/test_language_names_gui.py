"""Where a language shows in the window it is named, in the interface's language; the project's
languages are edited in Preferences and stored in the project."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from sverka.ops.settings import project_languages
from sverka.ui import language_names
from sverka.ui.main_window import MainWindow
from sverka.ui.qt import Qt


def _header(window: MainWindow, section: int) -> str:
    return str(window.alignment.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))


def test_headers_filter_and_language_menu_name_the_language(window: MainWindow) -> None:
    assert _header(window, 0).startswith("Original · Russian · ")
    assert _header(window, 1).startswith("Translation · English · ")
    combo = window.articles.lang
    names = {combo.itemText(i): combo.itemData(i) for i in range(1, combo.count())}
    assert names.get("Russian") == "ru" and names.get("English") == "en"  # named, filtered by code
    menu = window.row_edits.language_menu()
    assert {"Russian", "English", "Kazakh"} <= {a.text() for a in menu.actions()}
    menu.deleteLater()


def test_names_follow_a_russian_interface(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language_names, "_interface", "ru")
    assert " · русский · " in _header(window, 0)
    assert " · английский · " in _header(window, 1)


def test_preferences_store_the_project_languages(qtbot: QtBot, window: MainWindow) -> None:
    project = window.project
    assert project is not None
    prefs = window.preferences()
    assert prefs.project_languages.isEnabled()
    prefs.project_languages.setText("ru, xx")
    prefs._save()
    assert prefs.isVisible() and "xx" in prefs.project_languages_error.text()  # refused, stays open
    prefs.project_languages.setText("ru,en,KK")
    with qtbot.waitSignal(prefs.finished):
        prefs._save()
    assert project_languages(project) == ("ru", "en", "kk")
    prefs = window.preferences()
    assert prefs.project_languages.text() == "ru,en,kk"
    prefs.project_languages.setText("all")
    with qtbot.waitSignal(prefs.finished):
        prefs._save()
    assert project_languages(project) is None
