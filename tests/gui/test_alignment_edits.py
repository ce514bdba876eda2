"""Alignment rows edited from the keyboard: merge, split, relink, no translation, undo/redo;
the language override; the translation chooser; alignment of a GUI import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sverka.ops import history
from sverka.ops.alignment import edits as alignment_edits
from sverka.ops.views.side_by_side import AlignRow
from sverka.ui.main_window import MainWindow
from sverka.ui.models.alignment import LangRole, LinkRole

ALT = Qt.KeyboardModifier.AltModifier
# Popup menus ask the offscreen platform for things it cannot do; not a warning about our code.
POPUP_NOISE = r"This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints)"
CTRL = Qt.KeyboardModifier.ControlModifier
RU = (
    "Протесты в Жанаозене\n\nВторого января жители Жанаозена вышли на площадь. Они требовали снизить цену на газ. "
    "Цена выросла вдвое, до 120 тенге за литр. Вечером к ним присоединились жители Актау. Полиция не вмешивалась.\n"
)
EN = (
    "Protests in Zhanaozen\n\nOn 2 January residents of Zhanaozen came out to the square. They demanded a lower gas "
    "price, which had doubled to 120 tenge a litre. In the evening residents of Aktau joined them. "
    "The police did not intervene.\n"
)
UK = (
    "Протести в Жанаозені\n\nДругого січня мешканці Жанаозена вийшли на площу. Вони вимагали знизити ціну на газ. "
    "Ціна зросла вдвічі, до 120 тенге за літр. Увечері до них приєдналися мешканці Актау. Поліція не втручалася.\n"
)


def _kinds(window: MainWindow) -> list[str]:
    return [window.alignment.align_row(i).kind for i in range(window.alignment.rowCount())]  # type: ignore[union-attr]


def _row(window: MainWindow, row: int) -> AlignRow:
    found = window.alignment.index(row, 0).data(LinkRole)
    assert isinstance(found, AlignRow)
    return found


@pytest.fixture
def pair(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> MainWindow:
    """The window showing an imported article whose English merges two Russian sentences."""
    folder = tmp_path / "pair"
    folder.mkdir()
    for lang, body in (("ru", RU), ("en", EN), ("uk", UK)):
        (folder / f"2022-03-01-gas.{lang}.txt").write_text(body, "utf-8")
    window.import_paths([folder])
    qtbot.waitUntil(lambda: window.last_import is not None, timeout=20000)
    window.show_article(window.last_import.article_ids[0])
    return window


def test_import_aligns_like_the_cli(pair: MainWindow) -> None:
    assert pair.alignment.translation is not None and pair.alignment.translation.lang == "en"
    assert _kinds(pair) == ["1-1", "1-1", "2-1", "1-1", "1-1"]
    assert _row(pair, 2).origin == "auto" and _row(pair, 2).score is not None


def test_merge_split_undo_redo_by_key(qtbot: QtBot, pair: MainWindow) -> None:
    view = pair.view
    view.go_to(3, 0)
    qtbot.keyClick(view, Qt.Key.Key_M, ALT)
    assert _kinds(pair) == ["1-1", "1-1", "2-1", "2-2"]
    assert _row(pair, 3).origin == "manual"
    assert view.currentIndex().row() == 3  # the cursor stays on the merged row

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert _kinds(pair) == ["1-1", "1-1", "2-1", "1-1", "1-1"]
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert _kinds(pair) == ["1-1", "1-1", "2-1", "2-2"]

    view.go_to(2, 0)
    qtbot.keyClick(view, Qt.Key.Key_S, ALT)  # 2-1 -> 1-1 + 1-0
    assert _kinds(pair) == ["1-1", "1-1", "1-1", "1-0", "2-2"]
    assert all(_row(pair, r).origin == "manual" for r in (2, 3))
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert _kinds(pair) == ["1-1", "1-1", "2-1", "2-2"]


def test_relink_picked_rows_and_no_translation(qtbot: QtBot, pair: MainWindow) -> None:
    view = pair.view
    view.go_to(0, 0)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_rows() == [0, 1]
    qtbot.keyClick(view, Qt.Key.Key_R, ALT)
    assert _kinds(pair) == ["2-2", "2-1", "1-1", "1-1"]

    view.go_to(3, 1)  # the translation side of the last row
    qtbot.keyClick(view, Qt.Key.Key_0, ALT)
    assert _kinds(pair)[-2:] == ["0-1", "1-0"]
    pair.undo.stack.undo()
    pair.undo.stack.undo()
    assert _kinds(pair) == ["1-1", "1-1", "2-1", "1-1", "1-1"]


def test_plain_keys_still_tag(qtbot: QtBot, pair: MainWindow) -> None:
    """m, s and 0 without Alt never edit the alignment (a schema may bind them to labels)."""
    for key in (Qt.Key.Key_M, Qt.Key.Key_S, Qt.Key.Key_0):
        qtbot.keyClick(pair.view, key)
    assert _kinds(pair) == ["1-1", "1-1", "2-1", "1-1", "1-1"]


def test_refused_undo_is_a_message(qtbot: QtBot, pair: MainWindow) -> None:
    view = pair.view
    view.go_to(3, 0)
    qtbot.keyClick(view, Qt.Key.Key_M, ALT)
    merged = _row(pair, 3)
    assert pair.project is not None and merged.link_id is not None
    assert merged.box == (4, 6, 3, 5)
    # Someone else (here: the CLI) relinks across the merged row; the window's undo no longer fits.
    translation = pair.alignment.translation
    assert translation is not None
    history.execute(pair.project, lambda s: alignment_edits.build_relink(s, translation.id, 2, 5, 2, 4), None)
    before = pair.undo.stack.count()
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert pair.failure_box is not None and pair.failure_box.isVisible()
    assert "changed" in pair.failure_box.text()
    assert pair.undo.stack.count() == before - 1  # the step left the stack; no crash
    pair.failure_box.close()


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_language_override(qtbot: QtBot, pair: MainWindow) -> None:
    index = pair.alignment.index(1, 1)
    pair.view.go_to(1, 1)
    assert index.data(LangRole) is None
    menu = pair.row_edits.popup_language_menu()
    kk = next(a for a in menu.actions() if a.text() == "Kazakh")
    kk.trigger()
    menu.close()
    assert index.data(LangRole) == "kk"
    assert "set by hand" in index.data(Qt.ItemDataRole.ToolTipRole)
    qtbot.keyClick(pair.view, Qt.Key.Key_Z, CTRL)
    assert index.data(LangRole) is None


def test_translation_chooser_is_remembered(pair: MainWindow) -> None:
    combo = pair.header.translations
    assert not combo.isHidden() and combo.count() == 2
    article = pair.alignment.article
    assert article is not None
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert pair.alignment.translation is not None and pair.alignment.translation.lang == "uk"
    assert _kinds(pair) == ["1-1"] * 6
    pair.step_article(-1)
    pair.show_article(article.id)
    assert pair.alignment.translation.lang == "uk"
    assert pair.header.translations.currentText().startswith("Ukrainian")  # named, not "uk"


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_context_menu_offers_row_edits(pair: MainWindow) -> None:
    view = pair.view
    pos = view.visualRect(pair.alignment.index(2, 1)).center()
    menu = pair.row_edits.context_menu(pos, pair.actions_.rows)
    assert isinstance(menu, QMenu)
    assert view.currentIndex().row() == 2 and view.currentIndex().column() == 1
    texts = [a.text() for a in menu.actions()]
    assert any("Merge" in t for t in texts) and any("Language" in t for t in texts)
    menu.close()
    assert isinstance(pos, QPoint)


def test_realign_keeps_manual_rows(qtbot: QtBot, pair: MainWindow) -> None:
    pair.view.go_to(0, 0)
    qtbot.keyClick(pair.view, Qt.Key.Key_M, ALT)
    job = pair.row_edits.realign()
    assert job is not None
    qtbot.waitUntil(lambda: pair.row_edits.last_realign is not None, timeout=10000)
    assert pair.row_edits.last_realign.manual == 1
    assert _kinds(pair)[0] == "2-2" and _row(pair, 0).origin == "manual"


def test_model_with_edited_rows_passes_model_tester(qtmodeltester: ModelTester, qtbot: QtBot, pair: MainWindow) -> None:
    pair.view.go_to(0, 0)
    qtbot.keyClick(pair.view, Qt.Key.Key_M, ALT)
    qtmodeltester.check(pair.alignment)
    badge = pair.view.delegate._badge(pair.alignment.index(0, 0))
    assert badge == "2-2"  # manual rows are marked with their kind
    assert pair.view.delegate._badge(pair.alignment.index(0, 1)) is None  # one badge per row


def test_refused_undo_behind_a_job_is_a_message_and_the_stack_follows_the_log(qtbot: QtBot, pair: MainWindow) -> None:
    import threading

    from sverka.ui.workers import Job

    view = pair.view
    view.go_to(3, 0)
    qtbot.keyClick(view, Qt.Key.Key_M, ALT)
    translation = pair.alignment.translation
    assert pair.project is not None and translation is not None
    history.execute(pair.project, lambda s: alignment_edits.build_relink(s, translation.id, 2, 5, 2, 4), None)
    started, release = threading.Event(), threading.Event()

    def hold(progress: object, cancel: object) -> None:
        started.set()
        release.wait(20)

    pair.tasks.run(Job(hold))
    qtbot.waitUntil(started.is_set, timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)  # queued behind the job: the stack moves at once
    assert pair.undo.writer.queued and pair.undo.stack.index() == pair.undo.stack.count() - 1
    release.set()
    qtbot.waitUntil(lambda: pair.failure_box is not None and pair.failure_box.isVisible(), timeout=10000)
    assert "changed" in pair.failure_box.text()
    # The project kept the merge: the stack, rebuilt from the log, shows it done again.
    assert pair.undo.stack.index() == pair.undo.stack.count() and pair.undo.stack.canUndo()
    pair.failure_box.close()


def test_keys_answer_after_a_progress_dialog_was_shown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slow import shows its progress dialog; when it closes, the window's shortcuts (Alt+M)
    must answer again (they failed whenever an import on a busy machine took over 600 ms)."""
    import sverka.ui.workers as workers

    monkeypatch.setattr(workers, "SHOW_AFTER_MS", 0)  # every import counts as slow
    folder = tmp_path / "pair"
    folder.mkdir()
    for lang, body in (("ru", RU), ("en", EN)):
        (folder / f"2022-03-01-gas.{lang}.txt").write_text(body, "utf-8")
    window.import_paths([folder])
    qtbot.waitUntil(lambda: window.last_import is not None, timeout=20000)
    window.show_article(window.last_import.article_ids[0])
    window.view.go_to(0, 0)
    qtbot.keyClick(window.view, Qt.Key.Key_M, ALT)
    assert _row(window, 0).origin == "manual"
