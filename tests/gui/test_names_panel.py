"""The names panel on the demo project: list, search, highlight, keyboard curation with undo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot


def _select(panel: Any, canonical: str) -> None:
    panel.search.setText("")
    panel.reload()
    row = next(i for i, e in enumerate(panel.model.rows) if e.canonical == canonical)
    panel.table.selectRow(row)


def _names(panel: Any) -> set[str]:
    return {e.canonical for e in panel.model.rows}


def test_panel_lists_entities_and_searches_across_scripts(window: Any, qtbot: QtBot) -> None:
    panel = window.names
    assert "Almaty" in _names(panel) and "Kassym-Jomart Tokayev" in _names(panel)
    panel.search.setText("алма")
    qtbot.waitUntil(lambda: _names(panel) and "Almaty" in _names(panel) and "Kazakhstan" not in _names(panel))


def test_selecting_an_entity_highlights_its_mentions_in_both_columns(window: Any, qtbot: QtBot) -> None:
    panel = window.names
    _select(panel, "Almaty")
    spelled = {v.spelling for v in panel.variants if v.mentions}
    assert {"Almaty", "Алматы"} & spelled
    # Show an article where Almaty is mentioned, in either column.
    entity = panel.current_entity()
    from sqlalchemy import select

    from sverka.db.models import Mention, Sentence, Text, Variant

    with window.project.sessions() as session:
        article = session.scalar(
            select(Text.article_id)
            .join(Sentence, Sentence.text_id == Text.id)
            .join(Mention, Mention.sentence_id == Sentence.id)
            .join(Variant, Variant.id == Mention.variant_id)
            .where(Variant.entity_id == entity, Text.role == "translation")
            .limit(1)
        )
    window.show_article(article)
    delegate = panel.delegate
    model = window.alignment
    cols = {
        c for r in range(model.rowCount()) for c in range(model.columnCount()) if delegate.cell_spans(model.index(r, c))
    }
    assert cols == {0, 1}
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            for span in delegate.cell_spans(index):
                assert text[span.start : span.end] == span.surface and span.canonical == "Almaty"
    window.view.viewport().grab()  # paints the highlights without errors


def test_keyboard_merge_not_a_name_and_undo(window: Any, qtbot: QtBot) -> None:
    panel = window.names
    _select(panel, "Aktau")
    second = next(i for i, e in enumerate(panel.model.rows) if e.canonical == "Zhanaozen")
    panel.table.selectionModel().select(
        panel.model.index(second, 0),
        panel.table.selectionModel().SelectionFlag.Select | panel.table.selectionModel().SelectionFlag.Rows,
    )
    before = _names(panel)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_M)
    assert len(_names(panel)) == len(before) - 1
    window.undo.stack.undo()
    assert _names(panel) == before
    _select(panel, "Aktau")
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert "Aktau" not in _names(panel)
    window.undo.stack.undo()
    assert "Aktau" in _names(panel)


def test_split_rename_style_and_consistency_list(window: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = window.names
    _select(panel, "Almaty")
    row = next(i for i, v in enumerate(panel.variants) if v.mentions and v.spelling != "Almaty")
    spelling = panel.variants[row].spelling
    panel.variant_list.setCurrentRow(row)
    qtbot.keyClick(panel.variant_list, Qt.Key.Key_S)
    assert spelling in _names(panel)
    window.undo.stack.undo()
    assert spelling not in _names(panel)
    _select(panel, "Almaty")
    monkeypatch.setattr("sverka.ui.names_curation.QInputDialog.getText", lambda *a, **k: ("Almaty (city)", True))
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    assert "Almaty (city)" in _names(panel)
    _select(panel, "Almaty (city)")
    # An English spelling the translations do not use: every English mention breaks the style.
    en = next(i for i, v in enumerate(panel.variants) if v.lang == "en" and not v.mentions)
    chosen = panel.variants[en].spelling
    panel.variant_list.setCurrentRow(en)
    qtbot.keyClick(panel.variant_list, Qt.Key.Key_L)
    panel.tabs.setCurrentIndex(1)
    assert panel.check_list.count() >= 1
    item = panel.check_list.item(0)
    assert f"→ {chosen}" in item.text()
    panel._go_to_issue(item)
    assert window.alignment.article is not None
