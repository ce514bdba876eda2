"""Issue 15 item 8: the names panel's Consistency tab says where each sentence is — the
article, the sentence number and the words around the name — instead of identical lines."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot


def test_each_line_says_where_it_is(window: Any, qtbot: QtBot) -> None:
    panel = window.names
    qtbot.keyClick(window.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: panel.isVisible())
    panel.reload()
    row = next(i for i, e in enumerate(panel.model.rows) if e.canonical == "Almaty")
    panel.table.clearSelection()
    qtbot.mouseClick(
        panel.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.table.visualRect(panel.model.index(row, 0)).center(),
    )
    qtbot.waitUntil(lambda: bool(panel.variants))
    # An English spelling the translations do not use: every English mention breaks the style.
    row = next(i for i, v in enumerate(panel.variants) if v.lang == "en" and not v.mentions)
    panel.variant_list.setCurrentRow(row)
    panel.variant_list.setFocus()
    qtbot.keyClick(panel.variant_list, Qt.Key.Key_L)
    qtbot.mouseClick(panel.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=panel.tabs.tabBar().tabRect(1).center())
    qtbot.waitUntil(lambda: panel.check_list.count() >= 2)
    texts = [panel.check_list.item(i).text() for i in range(panel.check_list.count())]
    assert len(set(texts)) == len(texts)  # no two lines alike
    for text in texts:
        head, context, where = text.split("\n")
        assert "→" in head and "«" in context and "»" in context
        assert ", sentence " in where
    first = panel.check_list.item(0)
    rect = panel.check_list.visualItemRect(first)
    qtbot.mouseClick(panel.check_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    sentence = int(texts[0].split(", sentence ")[1])
    assert window.alignment.article is not None
    assert window.alignment.article.title.startswith(texts[0].split("\n")[2].strip().split(", sentence ")[0][:20])
    current = window.view.current_sentences()
    assert current and window.alignment.cell(current[0]) is not None
    assert sentence >= 1
