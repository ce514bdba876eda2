"""Issue 15 items 11 and 12: a NAME.ru.txt + NAME.en.txt pair is titled by its headline (or
NAME, never "NAME.ru"); two translations in one language are told apart by their file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from sverka.ui.main_window import MainWindow


def _drop(qtbot: QtBot, window: MainWindow, folder: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.files.last_import = None
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.last_import is not None, timeout=30000)


def _titles(window: MainWindow) -> list[str]:
    model = window.articles.model
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def test_pair_titles_and_twin_translations(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first, second, third = (tmp_path / name for name in ("first", "second", "third"))
    for folder in (first, second, third):
        folder.mkdir()
    ru = "Протесты в Актау\n\nЖители вышли на площадь. Они требовали снизить цены.\n"
    (first / "aktau.ru.txt").write_text(ru, "utf-8")
    (first / "aktau.en.txt").write_text("Protests in Aktau\n\nResidents came out. They wanted lower prices.\n", "utf-8")
    (second / "aktau.ru.txt").write_text(ru, "utf-8")  # the same original, a second English version
    (second / "aktau.en.txt").write_text("Aktau protests\n\nPeople went out. They asked for cheaper gas.\n", "utf-8")
    (third / "notes.ru.txt").write_text("Жители вышли на площадь. Они требовали снизить цены газа.\n", "utf-8")
    (third / "notes.en.txt").write_text("Residents came out. They wanted cheaper gas.\n", "utf-8")
    _drop(qtbot, window, first)
    _drop(qtbot, window, second)
    _drop(qtbot, window, third)
    titles = _titles(window)
    assert "Протесты в Актау" in titles  # the headline
    assert "notes" in titles  # no headline: the file's name without the language
    assert not any(t.endswith(".ru") for t in titles)

    model = window.articles.model
    row = titles.index("Протесты в Актау")
    qtbot.mouseClick(
        window.articles.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.articles.table.visualRect(model.index(row, 0)).center(),
    )
    assert titles.count("Протесты в Актау") == 1, titles
    assert window.alignment.article is not None and window.alignment.article.id == model.article_id(row)
    assert len(window.alignment.article.translations) == 2
    qtbot.waitUntil(lambda: window.header.translations.isVisible())
    choices = [window.header.translations.itemText(i) for i in range(window.header.translations.count())]
    assert len(choices) == 2 and len(set(choices)) == 2
    assert any(c.endswith("first/aktau.en.txt") for c in choices)  # the same file name: its folder too
    assert any(c.endswith("second/aktau.en.txt") for c in choices)
    header = str(window.alignment.headerData(1, Qt.Orientation.Horizontal))
    assert header.endswith(".en.txt")  # the column header says which one is shown
