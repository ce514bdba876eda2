"""Project start-up: create, reopen, refuse foreign/newer/damaged files without touching them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sverka.db.project import APPLICATION_ID, ProjectError, head_revision, open_project


def test_new_project_has_pragmas_and_stamp(tmp_path: Path) -> None:
    path = tmp_path / "p.sverka"
    project = open_project(path, create=True)
    with project.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
    project.close()
    reopened = open_project(path)
    assert reopened.info("project_id")
    reopened.close()


def test_missing_project_is_not_created_without_flag(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="no such project"):
        open_project(tmp_path / "nope.sverka")
    assert not (tmp_path / "nope.sverka").exists()


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_newer_schema_is_refused_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "p.sverka"
    open_project(path, create=True).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _bytes(path)
    with pytest.raises(ProjectError, match="newer Sverka"):
        open_project(path)
    assert _bytes(path) == before


def test_foreign_sqlite_and_text_files_are_refused_unchanged(tmp_path: Path) -> None:
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    text = tmp_path / "notes.sverka"
    text.write_bytes(b"just some text, not a database at all" * 5)
    for path in (foreign, text):
        before = _bytes(path)
        with pytest.raises(ProjectError, match="not a Sverka project"):
            open_project(path)
        assert _bytes(path) == before


def test_damaged_project_is_reported_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "p.sverka"
    project = open_project(path, create=True)
    with project.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    project.close()
    data = bytearray(_bytes(path))
    data[4096:8192] = b"\xff" * 4096  # smash the second page
    path.write_bytes(bytes(data))
    with pytest.raises(ProjectError):
        open_project(path)
    assert _bytes(path) == bytes(data)


def test_check_command_reports_damage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from sverka.cli.main import main

    path = tmp_path / "p.sverka"
    assert main(["init", str(path)]) == 0
    assert main(["check", str(path)]) == 0
    assert "ok (schema" in capsys.readouterr().out
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    assert main(["check", str(path)]) == 1
    assert "damaged" in capsys.readouterr().err
