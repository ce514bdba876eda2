"""Issue 15 item 7: a search marks its hits in the sentences (both languages), says "hit 3 of
17", steps with Enter / F3 / Shift+F3 across articles, and with "Every spelling of a name"
"Alma-Ata" finds Алматы, Алма-Ате, Almaty … too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sverka.ui.main_window import MainWindow


def _marked(window: MainWindow) -> list[str]:
    """The words marked in the current cell, as the delegate paints them."""
    index = window.view.currentIndex()
    text = str(index.data())
    return [text[h.start : h.end] for h in window.search_hits.highlights(index)]


def _search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.articles.search.hasFocus()
    qtbot.keyClicks(window.articles.search, text)
    qtbot.waitUntil(lambda: window.articles.model.filter.text == text)


def test_hits_are_marked_counted_and_stepped_through(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "Alma-Ata")
    hits = window.search_hits.hits
    assert len(hits) == 3 and window.articles.hits.text() == "3 hits"
    assert len({h.article_id for h in hits}) >= 2  # the hits are in more than one article

    qtbot.keyClick(window.articles.search, Qt.Key.Key_Return)  # Enter: the first hit
    assert window.articles.hits.text() == "hit 1 of 3"
    assert window.alignment.article is not None and window.alignment.article.id == hits[0].article_id
    assert _marked(window) == ["Alma-Ata"]
    assert window.view.currentIndex().column() == 1  # an English hit: the translation column

    seen = [window.alignment.article.id]
    for n in (2, 3):
        qtbot.keyClick(window.view, Qt.Key.Key_F3)
        assert window.articles.hits.text() == f"hit {n} of 3"
        assert _marked(window) == ["Alma-Ata"]
        seen.append(window.alignment.article.id)
    assert seen == [h.article_id for h in hits]
    # … and the article list's selection follows the article shown
    selected = window.articles.table.selectionModel().selectedRows()
    assert [window.articles.model.article_id(i.row()) for i in selected] == [seen[-1]]
    qtbot.keyClick(window.view, Qt.Key.Key_F3)  # wraps around
    assert window.articles.hits.text() == "hit 1 of 3"
    qtbot.keyClick(window.view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.articles.hits.text() == "hit 3 of 3"


def test_every_spelling_of_a_name(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "Alma-Ata")
    plain = len(window.search_hits.hits)
    qtbot.mouseClick(window.articles.names, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.articles.model.filter.names)
    hits = window.search_hits.hits
    assert len(hits) > plain and window.articles.hits.text() == f"{len(hits)} hits"
    words = set()
    qtbot.keyClick(window.view, Qt.Key.Key_F3)
    for _ in hits:
        words.update(_marked(window))
        qtbot.keyClick(window.view, Qt.Key.Key_F3)
    assert {"Alma-Ata", "Almaty", "Алматы"} <= words
    assert any(w.startswith("Алма-Ат") for w in words)  # a Russian case form of the old name
    originals = {h.article_id for h in hits}
    assert len(originals) > 2  # articles that never write "Alma-Ata" are listed too
    assert window.articles.model.rowCount() == len(originals)
