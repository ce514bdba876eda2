"""The open-time checks of an SQLite project file, on plain ``sqlite3``.

Before a file is opened for real it is inspected *read-only*, creating nothing beside it: a
foreign, newer or damaged file is refused and left byte-identical, with no ``-wal``/``-shm``.
These checks need no SQLAlchemy (the expected tables come from :mod:`sverka.db.head_schema`),
so both the full open (:mod:`sverka.db.project`) and the direct read path of ``sverka stats``
(:mod:`sverka.db.direct_read`) run exactly the same ones.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from sverka import __version__
from sverka.db.faults import DAMAGE_CODES, ProjectError, primary_code, storage_problem
from sverka.db.head_schema import EXTRA_TABLES, HEAD_EXTRA_TABLES, TABLE_COLUMNS
from sverka.db.revisions import head_revision, known_revisions
from sverka.paths import shown

# Files up to this size get a full page check on open (~0.1 s); larger ones only when they
# are about to be upgraded, and on demand with `sverka check` (it is O(size): ~1 s at 250 MB).
QUICK_CHECK_LIMIT = 64 * 1024 * 1024
# "SVKA": marks an SQLite file as a Sverka project (PRAGMA application_id).
APPLICATION_ID = 0x53564B41
SQLITE_MAGIC = b"SQLite format 3\x00"


def sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def read_only_uri(path: Path) -> str:
    """A URI that reads ``path`` without creating anything beside it.

    With no ``-wal``/``-shm``/``-journal`` present nothing is pending and no WAL reader is
    attached, so ``immutable=1`` (no locks, no ``-shm``) reads exactly what is committed.
    When they exist they are used as they are (``mode=ro`` creates nothing new then).
    """
    if any(side.exists() for side in sidecars(path)):
        return f"{path.as_uri()}?mode=ro"
    return f"{path.as_uri()}?mode=ro&immutable=1"


def write_blocker(path: Path) -> str | None:
    """Why this user cannot write the project at ``path`` (None: they can)."""
    if not os.access(path, os.W_OK):
        return "the file is not writable"
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return f"its folder {shown(path.parent)} is not writable"
    for side in sidecars(path):
        if side.exists() and not os.access(side, os.W_OK):
            return f"{shown(side.name)} is not writable"
    return None


def stat_file(path: Path, where: str) -> os.stat_result | None:
    """The project file's status, None when absent; other failures (a symlink loop, a name
    too long, no permission on a folder) and non-files are one-line errors."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ProjectError(f"{where}: cannot open: {exc.strerror}") from exc
    if stat.S_ISDIR(status.st_mode):
        raise ProjectError(f"{where}: is a folder, not a project file")
    if not stat.S_ISREG(status.st_mode):
        raise ProjectError(f"{where}: not a project file (a device, FIFO or socket)")
    return status


def expected_columns() -> dict[str, set[str]]:
    expected = {table: set(columns) for table, columns in TABLE_COLUMNS.items()}
    expected.update({name: set() for name in EXTRA_TABLES})
    return expected


def check_tables(conn: sqlite3.Connection, where: str, revision: str, *, columns: bool = True) -> None:
    """A file that claims a schema must have its tables, and at the head its columns too (a
    crafted or truncated file would otherwise pass the check and fail every command later).
    Older revisions are upgraded on open: migrations so far add columns, not tables, so
    their tables are the head's (a migration that adds a table must list it here)."""
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    expected = expected_columns()
    if revision == head_revision():
        expected.update({name: set() for name in HEAD_EXTRA_TABLES})
    for table, wanted in expected.items():
        if table not in present:
            raise ProjectError(f"{where}: incomplete project (schema {revision} but no table {table!r})")
        have = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
        missing = sorted(wanted - have) if columns else []
        if missing:
            raise ProjectError(f"{where}: incomplete project (table {table!r} lacks column {missing[0]!r})")


def check_sqlite_file(path: Path, *, full: bool | None = None, where: str | None = None) -> str | None:
    """Inspect an existing file read-only, creating nothing beside it; return its revision.

    Raises ProjectError for a file that is not a Sverka project or is damaged. ``full``
    forces (or skips) the page-by-page check; by default small files get it.
    """
    where = where or shown(path)
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise ProjectError(f"{where}: cannot read: {exc.strerror}") from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise ProjectError(f"{where}: not a Sverka project (not an SQLite database)")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise ProjectError(f"{where}: not a Sverka project (an SQLite database of another program)")
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            if full if full is not None else path.stat().st_size <= QUICK_CHECK_LIMIT:
                ok = conn.execute("PRAGMA quick_check").fetchone()
                if not ok or ok[0] != "ok":
                    raise ProjectError(f"{where}: the project file is damaged ({ok[0] if ok else '?'})")
            try:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.OperationalError:
                row = None  # no such table: reported as "no schema version" by the caller
            if row and row[0] in known_revisions():
                check_tables(conn, where, row[0], columns=row[0] == head_revision())
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if primary_code(exc) in DAMAGE_CODES:
            raise ProjectError(f"{where}: the project file is damaged ({exc})") from exc
        raise ProjectError(storage_problem(exc, where) or f"{where}: cannot read the project file ({exc})") from exc
    return row[0] if row else None


def refuse_unknown(revision: str | None, where: str) -> None:
    if revision is None:
        raise ProjectError(f"{where}: not a Sverka project (no schema version)")
    if revision not in known_revisions():
        raise ProjectError(
            f"{where}: written by a newer Sverka (schema {revision}); "
            f"this is Sverka {__version__} — upgrade Sverka to open it"
        )
