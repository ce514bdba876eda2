"""Tools menu: the Translation models dialog and Translate missing… with the tiny real model."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from support.tiny_argos import TinyPackages
from sverka.core.mt import packages
from sverka.db.models import Text
from sverka.ui.main_window import MainWindow

RU_EN = "argos/translate-ru_en@1.0"


def menu_texts(window: MainWindow) -> dict[str, list[str]]:
    menus = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            menus[action.text().replace("&", "")] = [x.text().replace("&", "") for x in menu.actions()]
    return menus


def ru_only_article(window: MainWindow) -> str:
    assert window.project is not None
    with window.project.sessions() as session:
        with_translation = select(Text.article_id).where(Text.role == "translation")
        return str(
            session.scalars(
                select(Text.article_id).where(Text.role == "original", Text.article_id.not_in(with_translation))
            ).one()
        )


def test_menu_reaches_both_actions(window: MainWindow) -> None:
    tools = menu_texts(window)["Tools"]
    assert "Translate missing…" in tools and "Translation models…" in tools
    names = list(menu_texts(window))
    assert names.index("Tools") < names.index("Help")


def test_translate_without_model_says_how_to_install(window: MainWindow) -> None:
    window.translate.translate_action.trigger()
    box = window.translate.message
    assert box is not None and box.isVisible()
    assert "No translation model" in box.text() and ".argosmodel" in box.text()
    offer = next(b for b in box.buttons() if b.text() == "Translation models…")
    offer.click()
    assert window.translate.dialog is not None and window.translate.dialog.isVisible()
    window.translate.dialog.reject()


def test_download_offline_gives_a_clear_message(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A closed loopback port: the same path as a machine without network, and nothing leaves it.
    monkeypatch.setenv("SVERKA_ARGOS_INDEX", "http://127.0.0.1:9/index.json")
    dialog = window.translate.show_models()
    assert dialog.table.rowCount() == 0 and "No model installed" in dialog.status.text()
    job = dialog.download()
    with qtbot.waitSignal(job.signals.failed, timeout=20000):
        pass
    qtbot.waitUntil(lambda: dialog.download_button.isEnabled())
    text = dialog.status.text()
    assert "Argos package index unavailable" in text and "sverka models install FILE" in text
    assert "Error:" not in text  # the exception class is not shown to the user
    dialog.reject()


@pytest.mark.slow
def test_models_dialog_install_and_remove(
    qtbot: QtBot, window: MainWindow, tiny_argos: TinyPackages, tmp_path: Path
) -> None:
    dialog = window.translate.show_models()
    job = dialog.install_file(tiny_argos.ru_en)
    with qtbot.waitSignal(job.signals.finished, timeout=30000):
        pass
    assert dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, column) for column in range(2)]
    assert [c.text() if c else None for c in cells] == ["translate-ru_en", "ru → en"]
    assert "Installed translate-ru_en" in dialog.status.text()

    junk = tmp_path / "junk.argosmodel"
    junk.write_text("junk")
    job = dialog.install_file(junk)
    with qtbot.waitSignal(job.signals.failed, timeout=30000):
        pass
    assert "not an Argos model" in dialog.status.text()
    assert dialog.table.rowCount() == 1

    dialog.table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    assert dialog.remove_selected(confirm=False)
    assert dialog.table.rowCount() == 0 and packages.installed_models() == []
    dialog.reject()


@pytest.mark.slow
def test_translate_missing_fills_the_russian_only_article(
    qtbot: QtBot, window: MainWindow, tiny_argos: TinyPackages
) -> None:
    packages.install_file(tiny_argos.ru_en)
    article = ru_only_article(window)
    window.show_article(article)
    assert window.alignment.columnCount() == 1  # no translation yet

    # A cancel right away saves nothing and breaks nothing.
    job = window.translate.translate_missing()
    assert job is not None
    job.cancel.cancel()
    with qtbot.waitSignal(job.signals.finished, timeout=60000):
        pass
    last = window.translate.last
    assert last is not None and last.cancelled and last.articles == 0
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.translate.translate_action.isEnabled()

    job = window.translate.translate_missing()
    assert job is not None
    with qtbot.waitSignal(job.signals.finished, timeout=60000):
        pass
    last = window.translate.last
    assert last is not None and last.ok and last.articles == 1 and last.article_ids == [article]
    model = window.alignment
    assert model.columnCount() == 2
    header = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == f"Translation · English · machine · {RU_EN}"
    rows = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert rows and all(rows)
    assert "Translated 1 article (" in window.statusBar().currentMessage()  # issue 15 item 9: not "1 articles"

    again = window.translate.translate_missing()
    assert again is not None
    with qtbot.waitSignal(again.signals.finished, timeout=60000):
        pass
    assert window.translate.last is not None and window.translate.last.articles == 0
    assert "Nothing to translate" in window.statusBar().currentMessage()
