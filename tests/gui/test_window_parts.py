"""The window as parts: extension points instead of patching, the one key table, the one
writer, and what the window reads from a command's result (the Changes flags)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from pytestqt.qtbot import QtBot

from support.pair import write_pair
from sverka.ops import history
from sverka.ops.annotation import schema_edit, tagging
from sverka.ops.names import commands as names_commands
from sverka.ui.delegates import SentenceDelegate
from sverka.ui.keys import Binding, KeyTable, Press, Rank, Where, key_is
from sverka.ui.main_window import MainWindow
from sverka.ui.models.alignment import LabelsRole, ReviewedRole
from sverka.ui.workers import Job


def test_parts_plug_into_declared_extension_points(window: MainWindow) -> None:
    view = window.view
    assert type(view.itemDelegate()) is SentenceDelegate and view.itemDelegate() is view.delegate
    assert window.review.chips in view.delegate.chip_providers
    assert window.names.highlights in view.delegate.highlighters
    assert window.review.edit_action in window.bench.row_menu.actions
    assert window.bench.row_menu.actions is window.actions_.rows
    assert window.review.score_label.parent() is window.header


def _press(key: Qt.Key, text: str, kind: QEvent.Type = QEvent.Type.KeyPress) -> QKeyEvent:
    return QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)


def test_key_table_precedence_and_shortcut_override(qapp: object) -> None:
    ran: list[str] = []
    table = KeyTable()
    here = Where.SENTENCES
    table.add(Binding("e", "tool", here, Rank.TOOL, key_is(Qt.Key.Key_E), lambda: ran.append("tool")))
    table.add_source(
        lambda: [Binding("e", "label", here, Rank.LABEL, key_is(Qt.Key.Key_E), lambda: ran.append("label"))]
    )
    table.add(Binding("e", "second label", here, Rank.LABEL, key_is(Qt.Key.Key_E), lambda: ran.append("second")))
    table.add(Binding("F2", "rename", Where.NAMES, Rank.VIEW, key_is(Qt.Key.Key_F2), lambda: ran.append("F2"), True))
    table.add(Binding("M", "merge", Where.NAMES, Rank.VIEW, key_is(Qt.Key.Key_M), lambda: ran.append("M")))
    assert table.dispatch(here, _press(Qt.Key.Key_E, "e"))
    assert ran == ["label"]  # a label's key beats the tool's; the first declared label wins
    assert not table.dispatch(here, _press(Qt.Key.Key_X, "x"))  # unbound: on to Qt
    assert not table.dispatch(Where.SPELLINGS, _press(Qt.Key.Key_F2, ""))  # another place
    override = _press(Qt.Key.Key_F2, "", QEvent.Type.ShortcutOverride)
    assert table.dispatch(Where.NAMES, override) and override.isAccepted() and ran == ["label"]
    assert not table.dispatch(Where.NAMES, _press(Qt.Key.Key_M, "m", QEvent.Type.ShortcutOverride))
    assert table.dispatch(Where.NAMES, _press(Qt.Key.Key_F2, ""))
    assert ran == ["label", "F2"]
    assert table.rows(Where.NAMES) == [("F2", "rename"), ("M", "merge")]
    assert Press(Qt.Key.Key_E, "E", Qt.KeyboardModifier.ShiftModifier).plain
    assert not Press(Qt.Key.Key_E, "E", Qt.KeyboardModifier.ShiftModifier).bare


def test_every_sentence_key_is_dispatched_by_the_table(qtbot: QtBot, window: MainWindow) -> None:
    keys = {b.keys for b in window.keys.bindings(Where.SENTENCES) if b.run is not None}
    assert {"j", "k", "n", "e", "i"} <= keys and set(window.catalog.keys) <= keys


def _record_threads(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    threads: list[threading.Thread] = []
    real = history.execute

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(history, "execute", recorded)
    return threads


def test_commands_answer_at_once_when_the_writer_is_idle(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads = _record_threads(monkeypatch)
    window.view.go_to(1, 0)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    assert window.alignment.index(1, 0).data(LabelsRole)  # done when the key returns
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.alignment.index(1, 0).data(LabelsRole)
    assert threads == [threading.main_thread()]  # the writer's turn, no hand-off
    assert not window.undo.writer.queued


def test_writes_behind_a_job_wait_their_turn_in_order(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads = _record_threads(monkeypatch)
    started, release = threading.Event(), threading.Event()

    def hold(progress: object, cancel: object) -> None:
        started.set()
        release.wait(20)

    window.tasks.run(Job(hold))
    qtbot.waitUntil(started.is_set, timeout=5000)
    steps = window.undo.stack.count()
    window.view.go_to(1, 0)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    index = window.alignment.index(1, 0)
    assert window.undo.writer.queued and not index.data(LabelsRole) and not index.data(ReviewedRole)
    release.set()
    qtbot.waitUntil(lambda: not window.undo.writer.queued, timeout=10000)
    index = window.alignment.index(1, 0)
    assert index.data(LabelsRole) and index.data(ReviewedRole)
    assert window.undo.stack.count() == steps + 2
    assert len(threads) == 2 and threading.main_thread() not in threads  # on the writer thread
    stack = window.undo.stack
    assert "reviewed" not in stack.text(steps) and "reviewed" in stack.text(steps + 1)  # in the order pressed


def test_names_curation_does_not_reload_the_labels(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    reloads: list[int] = []
    monkeypatch.setattr(window, "reload_labels", lambda: reloads.append(1))
    entity = window.names.model.rows[0].id
    assert window.undo.perform(lambda s: names_commands.build_rename(s, entity, "Renamed")) is not None
    assert reloads == []
    label = window.catalog.active[0]
    assert window.undo.perform(lambda s: schema_edit.build_update_label(s, label.id, name="Renamed label"))
    assert reloads == [1]  # a schema edit still does


def test_a_two_sentence_cell_takes_a_label_on_or_off_as_one(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.import_paths(write_pair(tmp_path / "pair"))
    qtbot.waitUntil(lambda: window.last_import is not None, timeout=20000)
    window.show_article(window.last_import.article_ids[0])
    model = window.alignment
    row = next(r for r in range(model.rowCount()) if len(model.sentence_ids(r, 0)) == 2)
    window.view.go_to(row, 0)
    first, second = window.current_sentences()
    label = window.catalog.active[0].id
    who = window.annotator_id or ""
    window.undo.perform(lambda s: tagging.build_add(s, second, label, who))  # only the second has it

    def has(sid: str) -> bool:
        cell = model.cell(sid)
        return cell is not None and label in cell.labels

    window.toggle_label(label)  # the first lacks it: on, for both
    assert has(first) and has(second)
    window.toggle_label(label)  # the first has it: off, for both
    assert not has(first) and not has(second)
