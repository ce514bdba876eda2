"""Opening and creating project files: the fixed start-up sequence.

New file -> create tables, stamp the Alembic head, set the SQLite application id.
Existing file -> check it is a Sverka project *read-only first* (so a foreign or newer
file is left byte-identical, with no ``-wal``/``-shm`` beside it), back it up, then upgrade
to the head revision. A file the user may not write (or in a folder they may not write) is
opened read-only: reading works, a write fails with one line saying why.
The same code accepts a SQLAlchemy URL (e.g. ``postgresql+psycopg://…``) for team projects;
passwords never appear in messages (:mod:`sverka.db.credentials`).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Engine, create_engine, event, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from sverka import __version__
from sverka.db.credentials import mask_credentials, one_line
from sverka.db.faults import NOT_SAVED_SERVER, ProjectError, StorageError, server_problem, storage_problem
from sverka.db.file_check import (
    APPLICATION_ID,
    QUICK_CHECK_LIMIT,
    SQLITE_MAGIC,
    check_sqlite_file,
    read_only_uri,
    refuse_unknown,
    stat_file,
    write_blocker,
)
from sverka.db.models import Base, ProjectInfo, new_id
from sverka.db.revisions import head_revision, known_revisions
from sverka.paths import shown

if TYPE_CHECKING:
    from alembic.config import Config

# The checks live in sverka.db.file_check (plain sqlite3, shared with the direct read path);
# the old name stays for the callers and tests that use it.
_read_only_uri = read_only_uri

__all__ = ["Project", "ProjectError", "StorageError", "check_project", "open_project", "project_id", "to_url"]
__all__ += ["APPLICATION_ID", "QUICK_CHECK_LIMIT", "SQLITE_MAGIC", "head_revision", "known_revisions", "write_blocker"]


def _alembic_config() -> Config:
    from alembic.config import Config  # Alembic loads only when a schema is created or upgraded

    cfg = Config()
    cfg.set_main_option("script_location", "sverka.db:migrations")
    return cfg


@dataclass(frozen=True)
class Location:
    """Where a project lives: the URL to connect to, the file (for SQLite) and how to name it."""

    url: URL
    path: Path | None
    where: str  # for messages: the name as the user gave it, credentials masked


def _file_location(text: str, shown_as: str) -> Location:
    # realpath, not Path.resolve(): a symlink loop must become a one-line error below, not
    # a RuntimeError here.
    path = Path(os.path.realpath(os.path.expanduser(text)))
    return Location(URL.create("sqlite", database=str(path)), path, shown_as)


def locate(target: str | Path) -> Location:
    """Parse a project path or SQLAlchemy URL; raises ProjectError for what cannot be a project."""
    text = os.fspath(target)
    if isinstance(target, Path) or "://" not in text:
        return _file_location(text, shown(text))
    where = shown(mask_credentials(text))
    try:
        url = make_url(text)
    except (ArgumentError, ValueError) as exc:
        raise ProjectError(f"{where}: not a project file or a database URL") from exc
    if url.get_backend_name() == "sqlite":
        database = url.database or ""
        if database in ("", ":memory:") or url.query.get("mode") == "memory" or database.startswith("file::memory:"):
            raise ProjectError(f"{where}: an in-memory database cannot hold a project; give a file path")
        return _file_location(database, where)
    try:
        url.get_dialect().import_dbapi()  # the driver, so a missing one is named here
    except NoSuchModuleError as exc:
        raise ProjectError(
            f"{where}: unknown database URL scheme {url.drivername!r}; "
            "give a project file path, sqlite:///FILE or postgresql+psycopg://USER@HOST/DB"
        ) from exc
    except ImportError as exc:
        raise ProjectError(f"{where}: the database driver for {url.drivername!r} is not installed") from exc
    return Location(url, None, where)


def to_url(target: str | Path) -> str:
    """A file path becomes an SQLite URL; a string with ``://`` is taken as a URL."""
    return locate(target).url.render_as_string(hide_password=False)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    # FULL: a committed action survives power loss too, not only a crash.
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _report_faults(engine: Engine, where: str, read_only_reason: str | None) -> None:
    """Replace SQLite's read-only / full-disk / I/O errors by one-line StorageErrors."""

    def on_error(context: Any) -> BaseException | None:
        message = storage_problem(context.original_exception, where, read_only_reason)
        return StorageError(message) if message else None

    event.listen(engine, "handle_error", on_error)


def make_engine(url: str | URL, *, where: str | None = None, read_only: str | None = None) -> Engine:
    """An engine with Sverka's pragmas; ``read_only`` (the reason) opens an SQLite file read-only."""
    url = make_url(url) if isinstance(url, str) else url
    where = where or shown(url.render_as_string())
    if url.get_backend_name() == "sqlite":
        # A small pool: the GUI makes thousands of tiny transactions, and opening a connection
        # (plus its pragmas) for each one tripled the cost of a tag. LIFO hands out the connection
        # used last, whose page cache is warm: FIFO alternated two and each tag re-read its pages.
        options: dict[str, Any] = {}
        if read_only is not None and url.database:
            uri = read_only_uri(Path(url.database))
            options["creator"] = lambda: sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=10)
        engine = create_engine(
            url,
            pool_size=2,
            max_overflow=3,
            pool_use_lifo=True,
            connect_args={"check_same_thread": False, "timeout": 10},
            **options,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        _report_faults(engine, where, read_only)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    _report_server_loss(engine, where)
    return engine


def _report_server_loss(engine: Engine, where: str) -> None:
    """A team server that goes away (or restarts) mid-session: one StorageError line, never a
    driver traceback. Refusals of one write (row-level security, grants) stay as they are:
    front ends report those per action (``faults.refusal``)."""

    def on_error(context: Any) -> BaseException | None:
        state = getattr(context.original_exception, "sqlstate", None)
        # No SQLSTATE: libpq could not (re)connect at all (server_problem tells it from others).
        lost = state is None or (isinstance(state, str) and (state.startswith("08") or state == "57P01"))
        if context.is_disconnect or lost:
            message = server_problem(context.original_exception, where)
            if message is not None:
                return StorageError(f"{message}; {NOT_SAVED_SERVER}")
        return None

    event.listen(engine, "handle_error", on_error)


@dataclass
class Project:
    """An open project: its URL, engine and session factory.

    ``read_only`` is the reason the project cannot be written (None when it can); the GUI
    shows it in a banner, and any write fails with a :class:`StorageError` saying so.
    """

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    file: Path | None = None
    read_only: str | None = None

    @property
    def path(self) -> Path | None:
        if self.file is not None:
            return self.file
        parsed = make_url(self.url)
        if parsed.drivername.startswith("sqlite") and parsed.database:
            return Path(parsed.database)
        return None

    @property
    def display_name(self) -> str:
        return self.path.name if self.path else make_url(self.url).render_as_string()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        with self.sessions.begin() as session:
            yield session

    def info(self, key: str) -> str | None:
        with self.sessions() as session:
            row = session.get(ProjectInfo, key)
            return row.value if row else None

    def close(self) -> None:
        self.engine.dispose()


def _upgrade(engine: Engine, backup_of: Path | None, current: str, where: str) -> None:
    if current == head_revision():
        return  # the usual case: no Alembic import at all (it costs ~0.3 s)
    from alembic import command

    if backup_of is not None:
        check_sqlite_file(backup_of, full=True, where=where)  # never upgrade (and back up) a damaged file
        backup = backup_of.with_name(f"{backup_of.name}.{current}.bak")
        try:
            shutil.copy2(backup_of, backup)
        except OSError as exc:
            raise ProjectError(f"{where}: cannot back up before upgrading ({shown(backup)}: {exc.strerror})") from exc
    cfg = _alembic_config()
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            # Python's sqlite3 (before 3.12) opens no transaction before DDL, so a crash in the
            # middle would keep half the ALTERs with the old revision, and the next upgrade
            # would fail on them: an explicit BEGIN makes the whole upgrade one transaction.
            conn.exec_driver_sql("BEGIN")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()


def _create_schema(engine: Engine) -> None:
    from alembic import command

    cfg = _alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
        Base.metadata.create_all(conn)
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "head")
        from sverka.db.search import create_search_index

        create_search_index(conn)
    with Session(engine) as session, session.begin():
        session.add_all(
            [
                ProjectInfo(key="project_id", value=new_id()),
                ProjectInfo(key="created_by", value=f"Sverka {__version__}"),
            ]
        )


def _open_file(location: Location, create: bool) -> tuple[Engine, str | None]:
    """The engine for an SQLite project file (made or checked first) and its read-only reason."""
    path, where = location.path, location.where
    assert path is not None
    if stat_file(path, where) is None:
        if not create:
            raise ProjectError(f"{where}: no such project (create it with `sverka init`)")
        if not os.path.isdir(path.parent):
            raise ProjectError(f"{where}: folder {shown(path.parent)} does not exist")
        if not os.access(path.parent, os.W_OK | os.X_OK):
            raise ProjectError(f"{where}: cannot create it: folder {shown(path.parent)} is not writable")
        engine = make_engine(location.url, where=where)
        _create_schema(engine)
        return engine, None
    current = check_sqlite_file(path, where=where)
    refuse_unknown(current, where)
    assert current is not None
    blocker = write_blocker(path)
    if blocker is not None and current != head_revision():
        raise ProjectError(f"{where}: needs an upgrade to schema {head_revision()}, but it is read-only ({blocker})")
    engine = make_engine(location.url, where=where, read_only=blocker)
    _upgrade(engine, path, current, where)
    return engine, blocker


def open_project(target: str | Path, *, create: bool = False) -> Project:
    """Open (or with ``create=True`` create) a project at a path or SQLAlchemy URL."""
    location = locate(target)
    where = location.where
    engine: Engine | None = None
    blocker: str | None = None
    try:
        if location.path is not None:
            engine, blocker = _open_file(location, create)
        else:
            engine = make_engine(location.url, where=where)
            current = _server_revision(engine, where, create)
            if current is None:
                _create_schema(engine)
            else:
                _upgrade(engine, None, current, where)
    except SQLAlchemyError as exc:
        if engine is not None:
            engine.dispose()
        problem = server_problem(exc, where)
        if problem is not None:
            raise ProjectError(one_line(problem)) from exc
        detail = one_line(str(getattr(exc, "orig", None) or exc))
        raise ProjectError(f"{where}: cannot open project ({exc.__class__.__name__}: {detail})") from exc
    except ProjectError:
        if engine is not None:
            engine.dispose()
        raise
    url = location.url.render_as_string(hide_password=False)
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Project(url=url, engine=engine, sessions=sessions, file=location.path, read_only=blocker)


def _server_revision(engine: Engine, where: str, create: bool) -> str | None:
    """For a server database: None when empty (create), else its checked revision."""
    with engine.connect() as conn:
        inspector = inspect(conn)
        tables = set(inspector.get_table_names())
        if not tables:
            if not create:
                raise ProjectError(f"{where}: empty database (create it with `sverka init`)")
            return None
        if "alembic_version" not in tables or "project_info" not in tables:
            raise ProjectError(f"{where}: not a Sverka project (other tables present)")
        from alembic.runtime.migration import MigrationContext

        current = MigrationContext.configure(conn).get_current_revision()
        refuse_unknown(current, where)
        if current == head_revision():
            for table in Base.metadata.sorted_tables:
                if table.name not in tables:
                    raise ProjectError(f"{where}: incomplete project (schema {current} but no table {table.name!r})")
    return current


def check_project(target: str | Path) -> str:
    """Full integrity check of a project file (read-only); returns its schema revision."""
    location = locate(target)
    if location.path is None:
        raise ProjectError(f"{location.where}: `check` works on project files; a server database checks itself")
    if stat_file(location.path, location.where) is None:
        raise ProjectError(f"{location.where}: no such project")
    revision = check_sqlite_file(location.path, full=True, where=location.where)
    refuse_unknown(revision, location.where)
    assert revision is not None
    return revision


def project_id(project: Project) -> str:
    with project.sessions() as session:
        return session.scalars(select(ProjectInfo.value).where(ProjectInfo.key == "project_id")).one()
