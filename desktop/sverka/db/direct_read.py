"""Reading a current project file on plain ``sqlite3``, without SQLAlchemy.

Importing SQLAlchemy, its ORM and mapping the models is most of the time of a short read
such as ``sverka stats --json``, which scripts call thousands of times. For the common case
— an SQLite project file this user may write, already at the head schema, with no work a
killed run left pending — :func:`open_current` runs the same open-time checks as
:func:`sverka.db.project.open_project` (:mod:`sverka.db.file_check`) and returns a plain
connection. Every other case (a URL, a missing, foreign, damaged, older or newer file, a
read-only one, pending work, any SQLite error) gets None: the caller then takes the full
path, which reports, upgrades, repairs or opens read-only exactly as it always has.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sverka.db.faults import ProjectError
from sverka.db.file_check import check_sqlite_file, stat_file, write_blocker
from sverka.db.head_schema import REVISION
from sverka.db.revisions import head_revision
from sverka.paths import shown

__all__ = ["open_current"]

# The key prefix of sverka.db.pending's records (that module loads SQLAlchemy).
PENDING_PREFIX = "pending/"


def open_current(target: str) -> sqlite3.Connection | None:
    """A connection to the project file ``target`` inside one read transaction (every query
    sees the same snapshot), or None when the full open path must handle it. Close it."""
    if "://" in target:  # URLs, sqlite:/// ones too: parsing them is SQLAlchemy's
        return None
    # The same file the full path opens (sverka.db.project.locate).
    path = Path(os.path.realpath(os.path.expanduser(target)))
    try:
        if stat_file(path, shown(target)) is None:
            return None
        revision = check_sqlite_file(path, where=shown(target))
    except ProjectError:
        return None
    if revision != head_revision() or revision != REVISION or write_blocker(path) is not None:
        return None
    conn: sqlite3.Connection | None = None
    try:
        # Read-write like the full path's engine (a read-only connection to a WAL file would
        # leave -wal/-shm behind); nothing is written. mode=rw: a file removed since the check
        # is an error, never a new empty one. timeout: the engine's busy_timeout.
        conn = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=10, isolation_level=None)
        conn.execute("BEGIN")
        pending = conn.execute(
            "SELECT key FROM project_info WHERE key LIKE ? LIMIT 1", (PENDING_PREFIX + "%",)
        ).fetchone()
    except sqlite3.Error:
        if conn is not None:
            conn.close()
        return None
    if pending is not None:  # a killed run's work: the full path finishes it first
        conn.close()
        return None
    return conn
