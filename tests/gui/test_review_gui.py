"""Post-editing and MQM review in the window, by keyboard: F2/e edit, i marks an error, Alt+D
shows the revisions; Ctrl+Z undoes; scores show in the row and the header; keys yield to labels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sverka.db.project import open_project
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.records import iter_records
from sverka.ops.review import postedit
from sverka.ops.views import review as review_views
from sverka.ui.main_window import MainWindow
from sverka.ui.review.dialogs import MqmDialog, PostEditDialog, RevisionsDialog, diff_html
from sverka.ui.review.scores import article_summary, score_chip


def _go_to_translated_row(window: MainWindow) -> str:
    """Put the cursor on the first row with exactly one translated sentence; its id."""
    model = window.alignment
    for row in range(model.rowCount()):
        ids = model.sentence_ids(row, 1)
        if len(ids) == 1 and model.sentence_ids(row, 0):
            window.view.go_to(row, 1)
            window.view.setFocus()
            return ids[0]
    raise AssertionError("the demo article has no translated row")


def _wording(path: Path, sid: str) -> str:
    project = open_project(path)
    try:
        with project.sessions() as session:
            return postedit.sentence_history(session, sid).current
    finally:
        project.close()


def test_postedit_by_keyboard_and_undo(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    sid = _go_to_translated_row(window)
    before = _wording(demo_path, sid)
    qtbot.keyClick(window.view, Qt.Key.Key_E)
    dialog = window.review.dialog
    assert isinstance(dialog, PostEditDialog) and dialog.isVisible()
    assert dialog.text() == before
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Escape)  # Esc cancels: nothing written
    assert not dialog.isVisible() and _wording(demo_path, sid) == before

    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    dialog = window.review.dialog
    assert isinstance(dialog, PostEditDialog) and dialog.isVisible()
    dialog.set_text("A reviewer's better wording.")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible()
    assert _wording(demo_path, sid) == "A reviewer's better wording."
    row = window.alignment.row_of(sid)
    assert row is not None
    assert window.alignment.index(row, 1).data() == "A reviewer's better wording."
    assert "post-edited" in str(window.alignment.headerData(1, Qt.Orientation.Horizontal))

    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _wording(demo_path, sid) == before
    assert window.alignment.index(row, 1).data() == before.strip()


def test_mark_error_score_in_row_and_header(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    sid = _go_to_translated_row(window)
    qtbot.keyClick(window.view, Qt.Key.Key_I)
    dialog = window.review.dialog
    assert isinstance(dialog, MqmDialog) and dialog.isVisible()
    dialog.set_span(0, 3)
    dialog.set_category("terminology")
    qtbot.keyClick(dialog.categories, Qt.Key.Key_2)  # severity keys work outside the note
    assert dialog.severity_name() == "major"
    qtbot.keyClicks(dialog.note, "wrong term")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    row = window.alignment.row_of(sid)
    assert row is not None
    assert window.review.scores == {sid: 5.0}
    chips = window.view.delegate._chips(window.alignment.index(row, 1))
    assert ("MQM 5", score_chip(5.0)[1]) in chips  # type: ignore[index]
    assert window.review.score_label.text().startswith("MQM 5 ·")
    project = open_project(demo_path)
    try:
        with project.sessions() as session:
            (issue,) = review_views.list_issues(session, sentence_ids=[sid])
        records = [r for r in iter_records(project, ExportOptions()) if sid in r["translation_sentence_ids"]]
    finally:
        project.close()
    assert (issue.start, issue.end, issue.category, issue.severity, issue.note) == (
        0,
        3,
        "terminology",
        "major",
        "wrong term",
    )
    assert records and records[0]["mqm"][0]["note"] == "wrong term"

    # The dialog lists it; Delete removes it (undoably).
    qtbot.keyClick(window.view, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    dialog = window.review.dialog
    assert isinstance(dialog, MqmDialog)
    dialog.existing.setCurrentRow(0)
    qtbot.keyClick(dialog.existing, Qt.Key.Key_Delete)
    assert window.review.scores == {}
    dialog.reject()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.review.scores == {sid: 5.0}


def test_revisions_dialog_shows_diff(qtbot: QtBot, window: MainWindow) -> None:
    sid = _go_to_translated_row(window)
    window.undo.perform(
        lambda s: postedit.build_postedit(s, sid, "Completely new words here.", window.annotator_id or "")
    )
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    dialog = window.review.dialog
    assert isinstance(dialog, RevisionsDialog) and dialog.isVisible()
    assert dialog.table.rowCount() == 2  # the imported wording, then the post-edit
    origins = [item.text() for r in range(2) if (item := dialog.table.item(r, 1)) is not None]
    assert origins == ["imported", "post-edited"]
    assert "line-through" in dialog.diff.toHtml() and "Completely" in dialog.diff.toPlainText()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_label_hotkeys_win_over_e_and_i(qtbot: QtBot, window: MainWindow) -> None:
    _go_to_translated_row(window)
    label = window.catalog.active[0]
    window.catalog.keys["e"] = label  # a schema that binds e to a label
    try:
        qtbot.keyClick(window.view, Qt.Key.Key_E)
        assert window.review.dialog is None  # the key went to the label, no editor opened
    finally:
        del window.catalog.keys["e"]
    qtbot.keyClick(window.view, Qt.Key.Key_F2)  # F2 always edits
    assert isinstance(window.review.dialog, PostEditDialog)
    window.review.dialog.reject()


def test_score_helpers_and_diff_html() -> None:
    assert score_chip(0) is None
    assert score_chip(1.0)[0] == "MQM 1"  # type: ignore[index]
    assert article_summary(None) == ""
    parts = postedit.word_diff("a big cat", "a small cat")
    html = diff_html(parts)
    assert "line-through" in html and "big" in html and "small" in html
