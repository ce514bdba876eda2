"""The project layer under faults (issue 13 rows 5, 9, 10, 12, 13, 19, 22), tested on the
mechanism itself so it holds as root too (root may write a mode-0444 file; SQLite's own
read-only mode may not)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from sverka.db import project as project_module
from sverka.db.credentials import mask_credentials, one_line
from sverka.db.faults import StorageError, storage_problem
from sverka.db.project import Project, ProjectError, check_project, locate, open_project


def _sidecars(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.glob(path.name + "-*"))


@pytest.fixture
def closed_project(tmp_path: Path) -> Path:
    path = tmp_path / "p.sverka"
    open_project(path, create=True).close()
    assert _sidecars(path) == []
    return path


def test_a_project_that_cannot_be_written_opens_read_only(
    closed_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(project_module, "write_blocker", lambda path: "the file is not writable")
    before = closed_project.read_bytes()
    project = open_project(closed_project)
    try:
        assert project.read_only == "the file is not writable"
        with project.sessions() as session:
            assert session.execute(text("SELECT count(*) FROM article")).scalar() == 0
        refused = r"p\.sverka: the project is read-only \(the file is not writable\)"
        with pytest.raises(StorageError, match=refused), project.transaction() as session:
            session.execute(text("INSERT INTO project_info(key, value) VALUES ('k', 'v')"))
    finally:
        project.close()
    assert closed_project.read_bytes() == before and _sidecars(closed_project) == []


def test_read_only_uses_existing_sidecars_and_creates_none(
    closed_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writer = sqlite3.connect(closed_project)  # another process holds it open: -wal/-shm exist
    writer.execute("INSERT INTO project_info(key, value) VALUES ('pending', 'in the WAL')")
    writer.commit()
    assert _sidecars(closed_project) == ["p.sverka-shm", "p.sverka-wal"]
    monkeypatch.setattr(project_module, "write_blocker", lambda path: "test")
    project = open_project(closed_project)
    try:
        assert project.info("pending") == "in the WAL"  # not immutable: the WAL is read
    finally:
        project.close()
        writer.close()


def test_checking_creates_nothing_beside_the_file(closed_project: Path) -> None:
    check_project(closed_project)
    assert _sidecars(closed_project) == []


def test_storage_faults_are_classified() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x)")
    try:
        conn.execute("PRAGMA query_only = 1")  # SQLITE_READONLY, as from a read-only file
        conn.execute("INSERT INTO t VALUES (1)")
    except sqlite3.OperationalError as exc:
        readonly = exc
    assert storage_problem(readonly, "p.sverka", "its folder is not writable") == (
        "p.sverka: the project is read-only (its folder is not writable); "
        "the change was not saved; the project file is intact"
    )
    assert storage_problem(ValueError("x"), "p.sverka") is None
    assert storage_problem(sqlite3.OperationalError("database is locked"), "p.sverka") is None


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("postgresql+psycopg://u:S3cret@h/db", "postgresql+psycopg://u:***@h/db"),
        ("postgresql://u:p@ss:w0rd@h:5432/db?x=1", "postgresql://u:***@h:5432/db?x=1"),
        ("connect host=h password=S3cret user=u", "connect host=h password=*** user=u"),
        ("PASSWORD = 'two words'", "PASSWORD = ***"),
        ("pg://u@h/db?sslmode=require&password=S3cret", "pg://u@h/db?sslmode=require&password=***"),
        ("sqlite:////tmp/a:b@c.sverka", "sqlite:////tmp/a:b@c.sverka"),
    ],
)
def test_credentials_are_masked(text: str, masked: str) -> None:
    assert mask_credentials(text) == masked


def test_driver_errors_become_one_masked_line() -> None:
    message = (
        'failed for "u:S3cret@h"\n\tIs the server running? postgresql://u:S3cret@h/db\n'
        "(Background on this error at: https://sqlalche.me/e/21/e3q8)"
    )
    assert one_line(message) == 'failed for "u:S3cret@h" Is the server running? postgresql://u:***@h/db'


def test_display_names_hide_passwords(closed_project: Path) -> None:
    opened = open_project(closed_project)
    opened.close()
    server = Project(url="postgresql+psycopg://u:S3cret@h/db", engine=opened.engine, sessions=opened.sessions)
    assert "S3cret" not in server.display_name
    assert "S3cret" not in locate("postgresql+psycopg://u:S3cret@127.0.0.1/db").where


def test_names_that_look_like_url_parts_are_plain_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    name = "report?v=2#draft.sverka"
    open_project(name, create=True).close()
    assert (tmp_path / name).is_file()
    reopened = open_project(name)
    assert reopened.path == tmp_path / name and reopened.display_name == name
    reopened.close()
    assert check_project(name) == project_module.head_revision()
    assert locate("sqlite:///relative.sverka").path == tmp_path / "relative.sverka"  # in a URL, '?' starts a query


@pytest.mark.parametrize("target", ["sqlite://", "sqlite:///:memory:", "sqlite:///file::memory:?cache=shared"])
def test_in_memory_databases_are_refused(target: str) -> None:
    with pytest.raises(ProjectError, match="in-memory"):
        open_project(target, create=True)


def test_incomplete_schema_is_refused_by_open_and_check(closed_project: Path) -> None:
    with sqlite3.connect(closed_project) as conn:
        conn.execute("DROP TABLE sentence_fts")
    conn.close()
    for action in (open_project, check_project):
        with pytest.raises(ProjectError, match=r"incomplete project .*'sentence_fts'"):
            action(closed_project)
