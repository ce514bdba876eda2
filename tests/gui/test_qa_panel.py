"""Review ▸ QA findings by keyboard: Ctrl+Shift+Q opens the list of the article's findings,
Enter jumps to the row, M records a finding as an MQM issue, Ctrl+Z takes it back."""

from __future__ import annotations

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
from sverka.ops.workflows.post_import import after_import
from sverka.ops.workflows.project import initialise
from sverka.ui.keymap import keymap

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
