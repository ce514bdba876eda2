"""Issue 15 item 7: a search marks its hits in the sentences (both languages), says "hit 3 of
17", steps with Enter / F3 / Shift+F3 across articles, and with "Every spelling of a name"
"Alma-Ata" finds Алматы, Алма-Ате, Almaty … too."""

from __future__ import annotations

import pytest
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


def test_the_first_hits_answer_and_the_rest_follow(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17: a search shows its first hits at once ("2+ hits") and finds the rest while
    the user reads; the hits, their order and the count end up those of the whole search,
    and stepping past the hits found so far (or back from the first) never stops short."""
    from sverka.ops.views.search_hits import HitFinder, find_hits
    from sverka.ui import search_hits

    project = window.project
    assert project is not None
    monkeypatch.setattr(search_hits, "FIRST_HITS", 2)
    monkeypatch.setattr(HitFinder, "ARTICLES_PER_STEP", 1)
    window.articles.search.setText("the")
    window.articles.apply_filter()  # the search answers with its first hits, the rest to come
    with project.sessions() as session:
        whole = find_hits(session, "the", window.articles.model.ids())
    assert len(whole) > 4 and len({h.article_id for h in whole}) > 2
    early = window.search_hits.hits
    assert 2 <= len(early) < len(whole) and window.articles.hits.text() == f"{len(early)}+ hits"
    qtbot.waitUntil(lambda: window.search_hits.hits == whole)
    assert window.articles.hits.text() == f"{len(whole)} hits"

    # Stepping runs ahead of the slices: F3 past the last hit found goes on to the next one.
    window.articles.search.setText("Almaty")  # any other search resets the hits …
    window.articles.apply_filter()
    window.articles.search.setText("the")  # … and this one starts over with the first two
    window.articles.apply_filter()
    window.search_hits._rest.stop()  # no slices: only stepping finds more
    seen = [window.search_hits.step(1) for _ in range(len(whole))]
    assert seen == whole and window.articles.hits.text() == f"hit {len(whole)} of {len(whole)}"
    assert window.search_hits.step(1) == whole[0]  # past the very last: round to the first
    assert window.articles.hits.text() == f"hit 1 of {len(whole)}"

    # Shift+F3 from the first hit goes round to the last hit of the whole search.
    window.articles.search.setText("Almaty")
    window.articles.apply_filter()
    window.articles.search.setText("the")
    window.articles.apply_filter()
    window.search_hits._rest.stop()
    assert window.search_hits.step(-1) == whole[-1]
    assert window.articles.hits.text() == f"hit {len(whole)} of {len(whole)}"


def test_a_label_during_a_search_keeps_its_hits(qtbot: QtBot, window: MainWindow) -> None:
    """A tag never moves a hit: the search is not run again (it took seconds at 1M sentences)."""
    _search(qtbot, window, "the")
    qtbot.waitUntil(lambda: not window.search_hits.finding)
    hits, finder = list(window.search_hits.hits), window.search_hits._finder
    window.search_hits.step(1)
    seen: list[object] = []
    window.undo.changed.connect(seen.append)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_1)  # the schema's first label on the hit's sentence
    qtbot.waitUntil(lambda: bool(seen))  # the tag is written and its change announced
    assert window.search_hits._finder is finder and window.search_hits.hits == hits
    assert window.articles.hits.text() == f"hit 1 of {len(hits)}"
