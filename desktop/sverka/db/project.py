"""Opening and creating project files: the fixed start-up sequence.

New file -> create tables, stamp the Alembic head, set the SQLite application id.
Existing file -> check it is a Sverka project *read-only first* (so a foreign or newer
file is left byte-identical), back it up, then upgrade to the head revision.
The same code accepts a SQLAlchemy URL (e.g. ``postgresql+psycopg://…``) for team projects.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from sverka import __version__
from sverka.db.models import Base, ProjectInfo, new_id

if TYPE_CHECKING:
    from alembic.config import Config

# Files up to this size get a full page check on open (~0.1 s); larger ones only when they
# are about to be upgraded, and on demand with `sverka check` (it is O(size): ~1 s at 250 MB).
QUICK_CHECK_LIMIT = 64 * 1024 * 1024
# "SVKA": marks an SQLite file as a Sverka project (PRAGMA application_id).
APPLICATION_ID = 0x53564B41
SQLITE_MAGIC = b"SQLite format 3\x00"


class ProjectError(Exception):
    """A project cannot be opened or created; the message is meant for the user."""


def _alembic_config() -> Config:
    from alembic.config import Config  # Alembic loads only when a schema is created or upgraded

    cfg = Config()
    cfg.set_main_option("script_location", "sverka.db:migrations")
    return cfg


_REVISION_RE = re.compile(r"^(down_)?revision\s*(?::[^=]*)?=\s*['\"]?([\w.-]+|None)['\"]?", re.MULTILINE)


@cache
def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, read from the migration files without importing Alembic
    (it costs ~0.6 s at every start-up; opening a current project never needs it)."""
    graph: dict[str, str | None] = {}
    for script in (files("sverka.db") / "migrations" / "versions").iterdir():
        if not script.name.endswith(".py"):
            continue
        found = {bool(down): value for down, value in _REVISION_RE.findall(script.read_text("utf-8"))}
        if False in found:
            graph[found[False]] = None if found.get(True, "None") == "None" else found[True]
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, found {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revision_graph())


def to_url(target: str | Path) -> str:
    """A file path becomes an SQLite URL; a string with ``://`` is taken as a URL."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    # FULL: a committed action survives power loss too, not only a crash.
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        # A small pool: the GUI makes thousands of tiny transactions, and opening a connection
        # (plus its pragmas) for each one tripled the cost of a tag.
        engine = create_engine(
            url,
            pool_size=2,
            max_overflow=3,
            connect_args={"check_same_thread": False, "timeout": 10},
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


@dataclass
class Project:
    """An open project: its URL, engine and session factory."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def path(self) -> Path | None:
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


def _check_sqlite_file(path: Path, *, full: bool | None = None) -> str | None:
    """Inspect an existing file read-only; return its Alembic revision.

    Raises ProjectError for a file that is not a Sverka project or is damaged. ``full``
    forces (or skips) the page-by-page check; by default small files get it.
    """
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise ProjectError(f"{path}: cannot read: {exc.strerror}") from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise ProjectError(f"{path}: not a Sverka project (not an SQLite database)")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise ProjectError(f"{path}: not a Sverka project (an SQLite database of another program)")
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            if full if full is not None else path.stat().st_size <= QUICK_CHECK_LIMIT:
                ok = conn.execute("PRAGMA quick_check").fetchone()
                if not ok or ok[0] != "ok":
                    raise ProjectError(f"{path}: the project file is damaged ({ok[0] if ok else '?'})")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ProjectError(f"{path}: the project file is damaged or unreadable ({exc})") from exc
    return row[0] if row else None


def _refuse_unknown(revision: str | None, where: str) -> None:
    if revision is None:
        raise ProjectError(f"{where}: not a Sverka project (no schema version)")
    if revision not in known_revisions():
        raise ProjectError(
            f"{where}: written by a newer Sverka (schema {revision}); "
            f"this is Sverka {__version__} — upgrade Sverka to open it"
        )


def _upgrade(engine: Engine, backup_of: Path | None, current: str) -> None:
    if current == head_revision():
        return  # the usual case: no Alembic import at all (it costs ~0.3 s)
    from alembic import command

    if backup_of is not None:
        _check_sqlite_file(backup_of, full=True)  # never upgrade (and back up) a damaged file
        shutil.copy2(backup_of, backup_of.with_name(f"{backup_of.name}.{current}.bak"))
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


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


def open_project(target: str | Path, *, create: bool = False) -> Project:
    """Open (or with ``create=True`` create) a project at a path or SQLAlchemy URL."""
    url = to_url(target)
    parsed = make_url(url)
    is_sqlite = parsed.drivername.startswith("sqlite")
    path = Path(parsed.database) if is_sqlite and parsed.database else None
    where = str(target)

    exists = path.exists() if path is not None else True
    if path is not None and not exists:
        if not create:
            raise ProjectError(f"{where}: no such project (create it with `sverka init`)")
        if not path.parent.exists():
            raise ProjectError(f"{where}: folder {path.parent} does not exist")
    current = _check_sqlite_file(path) if path is not None and exists else None
    if path is not None and exists:
        _refuse_unknown(current, where)

    engine = make_engine(url)
    try:
        if path is None:
            current = _server_revision(engine, where, create)
        if current is None:
            _create_schema(engine)
        else:
            _upgrade(engine, path, current)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise ProjectError(f"{where}: cannot open project ({exc.__class__.__name__}: {exc})") from exc
    except ProjectError:
        engine.dispose()
        raise
    return Project(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


def _server_revision(engine: Engine, where: str, create: bool) -> str | None:
    """For a server database: None when empty (create), else its checked revision."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if not tables:
            if not create:
                raise ProjectError(f"{where}: empty database (create it with `sverka init`)")
            return None
        if "alembic_version" not in tables or "project_info" not in tables:
            raise ProjectError(f"{where}: not a Sverka project (other tables present)")
        from alembic.runtime.migration import MigrationContext

        current = MigrationContext.configure(conn).get_current_revision()
    _refuse_unknown(current, where)
    return current


def check_project(target: str | Path) -> str:
    """Full integrity check of a project file (read-only); returns its schema revision."""
    path = Path(target)
    if not path.exists():
        raise ProjectError(f"{target}: no such project")
    revision = _check_sqlite_file(path, full=True)
    _refuse_unknown(revision, str(target))
    assert revision is not None
    return revision


def project_id(project: Project) -> str:
    with project.sessions() as session:
        return session.scalars(select(ProjectInfo.value).where(ProjectInfo.key == "project_id")).one()
