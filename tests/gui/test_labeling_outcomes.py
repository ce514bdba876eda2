"""What a label key decides, seen in the window and on disk: on or off for every sentence of
a multi-sentence row (the first sentence decides), and one-key-and-move-on moves only when
the label went on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from support.pair import write_pair
from sverka.db.project import open_project
from sverka.ops.export.records import ExportOptions, iter_records
from sverka.ui.main_window import MainWindow

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def labels_on_disk(window: MainWindow) -> dict[str, list[str]]:
    """Labels of every original sentence, read from the project file by a second connection."""
    assert window.project is not None and window.project.path is not None
    project = open_project(window.project.path)
    try:
        return {r["sentence_id"]: r["labels"] for r in iter_records(project, ExportOptions())}
    finally:
        project.close()


@pytest.fixture
def pair(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> MainWindow:
    """The window on an imported article whose row 1 holds two Russian sentences (2-1)."""
    window.import_paths(write_pair(tmp_path / "in", "2022-01-05-almaty"))
    qtbot.waitUntil(lambda: window.last_import is not None, timeout=20000)
    window.show_article(window.last_import.article_ids[0])
    assert window.alignment.align_row(1).kind == "2-1"  # type: ignore[union-attr]
    window.view.go_to(1, 0)
    return window


def _key(window: MainWindow, digit: str) -> tuple[Qt.Key, str]:
    label = window.catalog.for_key(digit)
    assert label is not None
    return Qt.Key(ord(digit)), label.name


def test_a_label_goes_on_and_off_both_sentences_of_a_2_1_row(qtbot: QtBot, pair: MainWindow) -> None:
    key, name = _key(pair, "1")
    both = pair.current_sentences()
    assert len(both) == 2
    qtbot.keyClick(pair.view, key)
    assert [labels_on_disk(pair)[sid] for sid in both] == [[name], [name]]
    qtbot.keyClick(pair.view, key)
    assert [labels_on_disk(pair)[sid] for sid in both] == [[], []]
    qtbot.keyClick(pair.view, Qt.Key.Key_Z, CTRL)  # one step for the whole row
    assert [labels_on_disk(pair)[sid] for sid in both] == [[name], [name]]


def test_on_a_mixed_row_the_first_sentence_decides(qtbot: QtBot, pair: MainWindow) -> None:
    key, name = _key(pair, "1")
    first, second = pair.current_sentences()
    # Make the row mixed: split it, tag the second sentence alone, merge the rows again.
    qtbot.keyClick(pair.view, Qt.Key.Key_S, ALT)
    pair.view.go_to(2, 0)
    assert list(pair.current_sentences()) == [second]
    qtbot.keyClick(pair.view, key)
    pair.view.go_to(1, 0)
    qtbot.keyClick(pair.view, Qt.Key.Key_M, ALT)
    assert list(pair.current_sentences()) == [first, second]
    assert [labels_on_disk(pair)[sid] for sid in (first, second)] == [[], [name]]

    qtbot.keyClick(pair.view, key)  # the first has it not: it goes on, the second keeps it
    assert [labels_on_disk(pair)[sid] for sid in (first, second)] == [[name], [name]]
    qtbot.keyClick(pair.view, Qt.Key.Key_Z, CTRL)  # undo takes back only what was added
    assert [labels_on_disk(pair)[sid] for sid in (first, second)] == [[], [name]]

    # The other way round: the first has it, the second not: it comes off the row.
    qtbot.keyClick(pair.view, Qt.Key.Key_Z, CTRL)  # the merge
    qtbot.keyClick(pair.view, Qt.Key.Key_Z, CTRL)  # the second's label
    pair.view.go_to(1, 0)
    assert list(pair.current_sentences()) == [first]
    qtbot.keyClick(pair.view, key)
    qtbot.keyClick(pair.view, Qt.Key.Key_M, ALT)
    pair.view.go_to(1, 0)
    assert [labels_on_disk(pair)[sid] for sid in (first, second)] == [[name], []]
    qtbot.keyClick(pair.view, key)
    assert [labels_on_disk(pair)[sid] for sid in (first, second)] == [[], []]


def test_move_on_only_when_the_label_went_on(qtbot: QtBot, window: MainWindow) -> None:
    window.actions_.advance.setChecked(True)
    key, name = _key(window, "2")
    sid = window.current_sentences()[0]
    qtbot.keyClick(window.view, key)
    assert window.view.currentIndex().row() == 1 and labels_on_disk(window)[sid] == [name]
    qtbot.keyClick(window.view, Qt.Key.Key_Up)
    qtbot.keyClick(window.view, key)  # off again: the annotator stays to pick another label
    assert window.view.currentIndex().row() == 0 and labels_on_disk(window)[sid] == []


def test_move_on_after_tagging_a_2_1_row_but_not_after_untagging_it(qtbot: QtBot, pair: MainWindow) -> None:
    pair.actions_.advance.setChecked(True)
    key, name = _key(pair, "1")
    both = pair.current_sentences()
    qtbot.keyClick(pair.view, key)
    assert pair.view.currentIndex().row() == 2
    assert [labels_on_disk(pair)[sid] for sid in both] == [[name], [name]]
    qtbot.keyClick(pair.view, Qt.Key.Key_Up)
    qtbot.keyClick(pair.view, key)
    assert pair.view.currentIndex().row() == 1
    assert [labels_on_disk(pair)[sid] for sid in both] == [[], []]
