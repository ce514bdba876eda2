"""The window's writer moves its project's WAL checkpoints off the commit path (issue 17)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sverka.db.project import Project
from sverka.ui.workers import Tasks
from sverka.ui.writer import Writer


def test_serving_a_project_defers_its_checkpoints_until_the_next_one(qtbot: QtBot, project: Project) -> None:
    tasks = Tasks()
    writer = Writer(tasks)
    try:
        writer.serve(project)
        first = writer.checkpoints
        assert first is not None and first._thread.is_alive()
        with project.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
        writer.serve(None)  # the project is put down: its thread ends, SQLite checkpoints as before
        assert writer.checkpoints is None and not first._thread.is_alive()
        project.engine.dispose()
        with project.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000
    finally:
        writer.serve(None)
        tasks.shutdown()
