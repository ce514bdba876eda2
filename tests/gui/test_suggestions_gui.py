"""Suggestions in the window: chips appear once there are enough labels, `a` accepts a row's
suggestions as the annotator's own in one step, one Ctrl+Z takes them back."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from support.suggest_corpus import label_articles, labeled_project, original_sentences
from sverka.ops.annotation.sessions import QueueFilter
from sverka.ops.views import side_by_side
from sverka.ui.qt import Qt

pytest.importorskip("sklearn")


@pytest.fixture(scope="module")
def masters(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    few, truth = labeled_project(tmp_path_factory.mktemp("few"), labeled_articles=1)
    many, _ = labeled_project(tmp_path_factory.mktemp("many"), labeled_articles=16)
    return {"few": few, "many": many, "truth": truth}


def _window(qtbot: QtBot, master: Path, tmp_path: Path) -> Iterator[Any]:
    from sverka.ui.app import create_window

    path = tmp_path / "p.sverka"
    shutil.copy2(master, path)
    win = create_window([str(path)])
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()


@pytest.fixture
def trained(qtbot: QtBot, masters: dict[str, Any], tmp_path: Path) -> Iterator[Any]:
    yield from _window(qtbot, masters["many"], tmp_path)


@pytest.fixture
def untrained(qtbot: QtBot, masters: dict[str, Any], tmp_path: Path) -> Iterator[Any]:
    yield from _window(qtbot, masters["few"], tmp_path)


def _ready(qtbot: QtBot, win: Any) -> None:
    qtbot.waitUntil(lambda: not win.suggestions.training and win.suggestions.model is not None, timeout=90_000)


def _go_to_suggested_row(win: Any, article: int) -> str:
    """Show ``article`` and put the cursor on its first original sentence with a suggestion."""
    ids = original_sentences(win.project)[article]
    with win.project.sessions() as session:
        win.show_article(side_by_side.article_of_sentence(session, ids[0]), ids[0])
    for sid in ids:
        win.show_article(win.alignment.article.id, sid)
        if win.suggestions.row_suggestions(win.view.currentIndex()):
            return sid
    raise AssertionError("no row with suggestions")


def test_chips_appear_once_labels_reach_the_threshold(qtbot: QtBot, untrained: Any, masters: dict[str, Any]) -> None:
    win = untrained
    _ready(qtbot, win)
    assert win.suggestions.model.model.labels == []  # one article: below the threshold
    assert "0 of 11 labels" in win.suggestions.status.text()
    assert "10 sentences have it and 10 lack it" in win.suggestions.status.toolTip()
    label_articles(win.project, masters["truth"], range(1, 16))  # labels made elsewhere (a script)
    sid = original_sentences(win.project)[20][0]
    win.show_article(win.alignment.article.id)
    win.toggle_label(win.catalog.active[0].id)  # a label by key: the retrain follows, debounced
    qtbot.waitUntil(lambda: bool(win.suggestions.model and win.suggestions.model.model.labels), timeout=90_000)
    assert sid
    found = _go_to_suggested_row(win, 20)
    chips = win.view.delegate._chips(win.view.currentIndex())
    assert any(text.startswith("◇ ") and text.endswith("%") and colour.alpha() == 0 for text, colour in chips), chips
    assert "2 of 11 labels" in win.suggestions.status.text()
    assert found


def test_a_accepts_the_rows_suggestions_and_one_undo_takes_them_back(qtbot: QtBot, trained: Any) -> None:
    win = trained
    _ready(qtbot, win)
    sid = _go_to_suggested_row(win, 20)
    suggested = [s.label_id for s in win.suggestions.row_suggestions(win.view.currentIndex())]
    before = win.undo.stack.count()
    qtbot.keyClick(win.view, Qt.Key.Key_A)
    assert list(win.alignment.cell(sid).labels) == suggested
    assert win.undo.stack.count() == before + 1
    assert win.undo.stack.undoText().startswith("accept suggestions: ")
    assert win.suggestions.row_suggestions(win.view.currentIndex()) == []  # the chips became labels
    assert win.suggestions.acceptance() == (1, 1) and "accepted 1/1 (100%)" in win.suggestions.status.text()
    qtbot.keyClick(win.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.alignment.cell(sid).labels == ())
    assert [s.label_id for s in win.suggestions.row_suggestions(win.view.currentIndex())] == suggested


def test_a_session_queue_in_uncertainty_order(qtbot: QtBot, trained: Any) -> None:
    win = trained
    _ready(qtbot, win)
    win.session.start(QueueFilter(order="uncertainty"))
    qtbot.waitUntil(lambda: win.session.active and bool(win.current_sentences()))
    first = win.current_sentences()[0]
    model = win.suggestions.model
    from sverka.ops.suggest.model import score_sentences, unlabeled_sentences

    with win.project.sessions() as session:
        pool = unlabeled_sentences(session, model.schema.id)
        scores = {s.sentence_id: s.uncertainty for s in score_sentences(session, model, pool)}
    assert scores[first] == max(scores.values())  # the least sure of the queue comes first
