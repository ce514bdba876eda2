"""Review ▸ QA findings by keyboard: Ctrl+Shift+Q opens the list of the article's findings,
Enter jumps to the row, M records a finding as an MQM issue, Ctrl+Z takes it back; a dropped
sentence has a marker in its empty cell and Ctrl+Shift+R visits it before merely unsure rows."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from support.pair import EN, RU
from sverka.db.project import open_project
from sverka.ops.ingest.importer import Importer
from sverka.ops.views import review as review_views
from sverka.ops.views.side_by_side import AlignRow
from sverka.ops.workflows.post_import import after_import
from sverka.ops.workflows.project import initialise
from sverka.ui.keymap import keymap
from sverka.ui.review.queue import check_order, next_in

# The translator wrote 29 for 19 and left out the last sentence.
EN_FLAWED = EN.replace("until January 19.", "until January 29.").replace(
    "The internet was shut down across the country.\n", ""
)
OMITTED = "Интернет был отключён по всей стране."


@pytest.fixture
def flawed_window(qtbot: QtBot, tmp_path: Path) -> Iterator[Any]:
    from sverka.ui.app import create_window

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "news.ru.txt").write_text(RU, encoding="utf-8")
    (folder / "news.en.txt").write_text(EN_FLAWED, encoding="utf-8")
    path = tmp_path / "flawed.sverka"
    project = open_project(path, create=True)
    try:
        initialise(project)
        after_import(project, Importer(project).import_paths([folder / "news.ru.txt", folder / "news.en.txt"]))
    finally:
        project.close()
    win = create_window([str(path)])
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()


def _issues(window: Any) -> list[Any]:
    with window.project.sessions() as session:
        return review_views.list_issues(session, article_ids=[window.alignment.article.id])


def test_panel_jumps_records_and_undoes(qtbot: QtBot, flawed_window: Any) -> None:
    window = flawed_window
    panel = window.review.qa
    assert not panel.isVisible()
    window.view.go_to(0, 0)
    qtbot.keyClick(window.view, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert panel.isVisible() and panel.list.hasFocus()
    kinds = [panel.list.topLevelItem(i).text(0) for i in range(panel.list.topLevelItemCount())]
    assert kinds == ["Number", "Omission"]
    omission = panel.list.topLevelItem(1)
    assert omission.text(2) == OMITTED and omission.text(1)

    panel.list.setCurrentItem(omission)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)  # Enter jumps to the row
    row = window.view.currentIndex().row()
    assert window.view.hasFocus()
    original = window.alignment.sentence_ids(row, 0)
    assert [window.alignment.cell(s).text.strip() for s in original] == [OMITTED]
    assert window.alignment.sentence_ids(row, 1) == ()  # the omission is a row of its own
    assert row != 0

    panel.list.setFocus()
    assert _issues(window) == []
    qtbot.keyClick(panel.list, Qt.Key.Key_M)  # one key: an MQM issue
    issues = _issues(window)
    assert len(issues) == 1
    issue = issues[0]
    assert issue.category == "accuracy/omission" and issue.start == issue.end
    assert OMITTED in issue.note

    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _issues(window) == []


def test_number_finding_prefills_the_span(qtbot: QtBot, flawed_window: Any) -> None:
    window = flawed_window
    panel = window.review.qa
    window.review.qa.toggle_action.trigger()
    assert panel.isVisible()
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    qtbot.keyClick(panel.list, Qt.Key.Key_M)
    (issue,) = _issues(window)
    assert issue.category == "accuracy/mistranslation" and issue.span == "29"
    # Help ▸ Keyboard shortcuts lists the panel's key and the menu entry's.
    rows = {(row.keys, row.section) for row in keymap(window, window.keys)}
    assert ("M", "QA findings") in rows and ("Ctrl+Shift+Q", "Review") in rows


# --- issue 12 item 4: the omission row's marker and the review queue (Ctrl+Shift+R) ------

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _omission_row(window: Any) -> int:
    model = window.alignment
    for row in range(model.rowCount()):
        if [model.cell(s).text.strip() for s in model.sentence_ids(row, 0)] == [OMITTED]:
            return row
    raise AssertionError("no row for the dropped sentence")


def test_the_empty_side_of_a_null_row_says_what_is_missing(flawed_window: Any) -> None:
    window = flawed_window
    model, delegate = window.alignment, window.view.delegate
    row = _omission_row(window)
    assert model.align_row(row).kind == "1-0"
    assert model.data(model.index(row, 1)) == ""
    assert delegate.empty_marker(model.index(row, 1)) == "— not translated —"
    assert delegate.empty_marker(model.index(row, 0)) is None  # the original has its text
    assert delegate.empty_marker(model.index(0, 1)) is None  # a plain 1-1 row has no marker
    window.view.viewport().grab()  # paints the marker without error


def test_ctrl_shift_r_visits_the_omission_before_an_unsure_row(qtbot: QtBot, flawed_window: Any) -> None:
    window = flawed_window
    model, view = window.alignment, window.view
    omission = _omission_row(window)
    flagged = window.review.queue.flagged_rows()
    assert omission in flagged
    # A plain row before the omission, made unsure as a low aligner score would.
    unsure = next(r for r in range(omission) if r not in flagged)
    model._rows[unsure] = dataclasses.replace(model._rows[unsure], origin="auto", score=0.1)
    assert model.align_row(unsure).needs_review
    view.go_to(unsure, 0)
    view.setFocus()
    seen = []
    for _ in range(len(flagged) + 1):
        qtbot.keyClick(view, Qt.Key.Key_R, CTRL_SHIFT)
        seen.append(view.currentIndex().row())
    assert omission in seen and seen.index(omission) < len(flagged)
    assert seen[len(flagged)] == unsure  # the unsure row only after every flagged one
    assert set(seen[: len(flagged)]) == flagged


def test_check_order_puts_null_and_flagged_rows_first() -> None:
    rows = [
        AlignRow(("a",), ("x",), origin="auto", score=0.1),  # unsure
        AlignRow(("b",), ("y",), origin="auto", score=0.9),
        AlignRow(("c",), (), origin="auto", score=0.2),  # omission (and unsure)
        AlignRow(("d",), ("z",), origin="auto", score=0.9),  # a QA finding
        AlignRow((), ("w",), origin="auto", score=0.3),  # addition
    ]
    order = check_order(rows, {3})
    assert order == [2, 3, 4, 0]
    assert next_in(order, 1) == 2 and next_in(order, 4) == 0 and next_in(order, 0) == 2
    assert next_in([], 0) is None
