"""Issue 13 in the window: a read-only project opens with a banner and writes nothing; a full
disk while tagging shows one dialog and keeps what was saved; the article filter takes any
paste (row 18); an import a kill left half-processed is finished when the project opens."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from support.pair import write_pairs
from sverka.db import project as project_module
from sverka.db.project import open_project
from sverka.ops.annotation.schemas import annotator_id
from sverka.ui.app import create_window
from sverka.ui.main_window import MainWindow


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(project_module._read_only_uri(path), uri=True)  # creates nothing beside it
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def _boxes(win: MainWindow) -> list[QMessageBox]:
    return [b for b in win.findChildren(QMessageBox) if b.isVisible()]


@pytest.fixture
def opened(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    windows: list[MainWindow] = []
    yield windows
    for win in windows:
        win.close()


def _open(qtbot: QtBot, path: Path, windows: list[MainWindow]) -> MainWindow:
    win = create_window([str(path)])
    qtbot.addWidget(win)
    windows.append(win)
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


@pytest.fixture
def read_only_demo(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    project = open_project(demo_path)
    with project.transaction() as session:
        annotator_id(session, "tester")  # they worked here before: labels keys reach the writer
    project.close()
    demo_path.chmod(0o444)
    if os.access(demo_path, os.W_OK):  # root writes a mode-0444 file anyway: be a user who cannot
        real = project_module.write_blocker
        monkeypatch.setattr(
            project_module,
            "write_blocker",
            lambda path: "the file is not writable" if Path(path) == demo_path else real(path),
        )
    try:
        yield demo_path
    finally:
        demo_path.chmod(0o644)


def test_a_read_only_project_opens_with_a_banner_and_writes_nothing(
    qtbot: QtBot, read_only_demo: Path, opened: list[MainWindow], tmp_path: Path
) -> None:
    before = _digest(read_only_demo)
    labels = _count(read_only_demo, "annotation")
    win = _open(qtbot, read_only_demo, opened)
    assert win.project is not None and win.project.read_only == "the file is not writable"
    banner = win.read_only_banner
    assert banner.isVisible() and "Read-only: the file is not writable" in banner.text()
    assert "(read-only)" in win.windowTitle()
    assert win.alignment.rowCount() > 0  # the sentences are there to read

    qtbot.keyClick(win.view, Qt.Key.Key_1)  # a label key
    qtbot.keyClick(win.view, Qt.Key.Key_Space)  # reviewed
    assert "read-only" in win.statusBar().currentMessage() and "not saved" in win.statusBar().currentMessage()
    assert win.import_paths([write_pairs(tmp_path / "pairs", 1)]) is None  # refused before any job starts
    assert not win.undo.stack.canUndo() and _boxes(win) == []  # said in the status bar, no dialog per key
    win.close()
    assert _digest(read_only_demo) == before and _count(read_only_demo, "annotation") == labels
    assert not Path(f"{read_only_demo}-wal").exists() and not Path(f"{read_only_demo}-shm").exists()


def test_a_writable_project_has_no_banner(window: MainWindow) -> None:
    assert not window.read_only_banner.isVisible() and "(read-only)" not in window.windowTitle()


def test_a_full_disk_while_tagging_shows_one_dialog_and_keeps_what_was_saved(
    qtbot: QtBot, demo_path: Path, opened: list[MainWindow]
) -> None:
    win = _open(qtbot, demo_path, opened)
    assert win.project is not None
    engine = win.project.engine
    with engine.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)

    def full(dbapi_conn: sqlite3.Connection, _record: object, _proxy: object) -> None:
        # SQLite's own "database or disk is full" (SQLITE_FULL) once the file would grow.
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    event.listen(engine, "checkout", full)
    engine.pool.dispose()  # every connection from now on is capped
    labeled = 0
    for _ in range(300):
        qtbot.keyClick(win.view, Qt.Key.Key_1)
        if _boxes(win):
            break
        labeled += 1
        qtbot.keyClick(win.view, Qt.Key.Key_J)
    [box] = _boxes(win)
    assert "the disk is full" in box.text() and "not saved" in box.text() and "intact" in box.text()
    for _ in range(3):  # more keys on the full disk: still one dialog
        win.undo.perform(lambda s: None)
        win.show_failure(box.text())
    assert len(_boxes(win)) == 1
    event.remove(engine, "checkout", full)
    box.done(0)
    win.close()
    conn = sqlite3.connect(demo_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert labeled > 0 and _count(demo_path, "event") >= labeled  # every tag made before the disk filled


@pytest.mark.parametrize(("query", "expected"), [("x" * 60_000, 0), ("%", 0), ("_", 0)])
def test_the_article_filter_takes_a_long_paste_and_literal_wildcards(
    window: MainWindow, query: str, expected: int
) -> None:
    assert window.articles.model.rowCount() > 0
    window.articles.search.setText(query)
    window.articles.apply_filter()  # was: OperationalError past 50,000 characters; "%" showed every article
    assert window.articles.model.rowCount() == expected


def test_an_import_a_kill_left_is_finished_when_the_project_opens(
    qtbot: QtBot, project_path: Path, opened: list[MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sverka.ops.workflows import resume

    project = open_project(project_path)

    def killed(*args: object, **kwargs: object) -> object:
        raise KeyboardInterrupt  # stands for the kill between the import's commits and its alignment

    monkeypatch.setattr(resume, "after_import", killed)
    with pytest.raises(KeyboardInterrupt):
        resume.import_paths(project, [write_pairs(tmp_path / "pairs", 3)])
    monkeypatch.undo()
    project.close()
    assert _count(project_path, "link") == 0

    win = _open(qtbot, project_path, opened)
    qtbot.waitUntil(lambda: not win.tasks.busy, timeout=60_000)
    assert _count(project_path, "link") > 0 and _count(project_path, "mention") > 0
    assert "Finished an interrupted import" in win.statusBar().currentMessage()
    conn = sqlite3.connect(f"{project_path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT count(*) FROM project_info WHERE key LIKE 'pending/%'").fetchone()[0] == 0
    finally:
        conn.close()


def test_an_undo_on_a_failing_disk_is_reported_once_and_the_log_keeps_the_step(
    qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sverka.db.faults import StorageError
    from sverka.ops.annotation import tagging
    from sverka.ui import undo as undo_module
    from sverka.ui.undo import UndoController
    from sverka.ui.workers import Tasks
    from sverka.ui.writer import Writer

    project = open_project(demo_path)
    try:
        with project.transaction() as session:
            who = annotator_id(session, "tester")
        controller = UndoController(Writer(Tasks()))
        controller.attach(project, who)
        sentence = _first_sentence_id(demo_path)
        assert controller.perform(lambda s: tagging.build_reviewed(s, sentence, who)) is not None
        said: list[str] = []
        controller.failed.connect(said.append)

        def disk_fails(*args: object) -> object:
            raise StorageError("demo.sverka: cannot write the project file (disk I/O error); the change was not saved")

        monkeypatch.setattr(undo_module.history, "undo", disk_fails)
        controller.stack.undo()
        assert said == ["demo.sverka: cannot write the project file (disk I/O error); the change was not saved"]
        monkeypatch.undo()
        controller.attach(project, who)  # the next open: the step is still in the log, still undoable
        assert controller.stack.canUndo()
    finally:
        project.close()


def _first_sentence_id(path: Path) -> str:
    conn = sqlite3.connect(project_module._read_only_uri(path), uri=True)
    try:
        return str(conn.execute("SELECT id FROM sentence ORDER BY id LIMIT 1").fetchone()[0])
    finally:
        conn.close()
