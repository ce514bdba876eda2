"""The GUI's WAL checkpoints run when the project is quiet, never inside a commit (issue 17)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text

import sverka.db.project as project_module
from sverka.db.project import Project, open_project
from sverka.db.wal import IdleCheckpoints, defer_checkpoints

PAGE = 4096


def _write_pages(project: Project, commits: int) -> None:
    """Commits of about one fresh page each (a 3 kB value per row)."""
    with project.transaction() as session:
        session.execute(text("CREATE TABLE IF NOT EXISTS filler (n INTEGER PRIMARY KEY, body TEXT)"))
    for n in range(commits):
        with project.transaction() as session:
            session.execute(text("INSERT INTO filler (body) VALUES (:b)"), {"b": f"{n}" * 3000})


def _wait_for(checkpoints: IdleCheckpoints, count: int, timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while checkpoints.checkpoints < count and time.monotonic() < end:
        time.sleep(0.02)
    assert checkpoints.checkpoints >= count


def test_commits_never_checkpoint_and_a_quiet_moment_does(project: Project) -> None:
    assert project.path is not None
    wal = Path(f"{project.path}-wal")
    checkpoints = IdleCheckpoints(project.engine, project.path, idle_s=0.2, longest_s=60)
    try:
        with project.sessions() as session:
            assert session.execute(text("PRAGMA wal_autocheckpoint")).scalar() == 0
        _write_pages(project, 1300)
        # SQLite's own checkpoint (at 1,000 pages) would have let the log start over: it grew on.
        assert wal.stat().st_size > 1200 * PAGE
        _wait_for(checkpoints, 1)
        side = sqlite3.connect(project.path)
        try:
            busy, log, done = side.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        finally:
            side.close()
        assert busy == 0 and log == done  # every committed page is in the database file
        # Checkpointed, the log starts over in place: the next commits do not grow it.
        size = wal.stat().st_size
        _write_pages(project, 20)
        assert wal.stat().st_size <= size
    finally:
        checkpoints.close()


def test_a_long_stream_of_commits_is_checkpointed_without_a_pause(project: Project) -> None:
    assert project.path is not None
    checkpoints = IdleCheckpoints(project.engine, project.path, idle_s=30, longest_s=0.3)
    try:
        end = time.monotonic() + 2.0
        while checkpoints.checkpoints == 0 and time.monotonic() < end:
            _write_pages(project, 5)
        assert checkpoints.checkpoints >= 1
    finally:
        checkpoints.close()


def test_closing_the_project_stops_the_checkpoints(project_path: Path) -> None:
    project = open_project(project_path)
    checkpoints = defer_checkpoints(project)
    assert checkpoints is not None
    _write_pages(project, 3)
    project.close()
    assert not checkpoints._thread.is_alive()
    assert not Path(f"{project_path}-wal").exists()  # the last connection folded the log in as before


def test_read_only_projects_are_left_alone(project_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(project_module, "write_blocker", lambda path: "the file is not writable")
    project = open_project(project_path)
    try:
        assert project.read_only is not None
        assert defer_checkpoints(project) is None
    finally:
        project.close()
