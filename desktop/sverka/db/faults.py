"""What went wrong with the storage, in one line the user can act on.

SQLite reports a read-only file, a full disk and a failing disk as ``OperationalError``
with codes; the bare driver message ("disk I/O error") reads like a crash and, caught too
broadly, like damage. :func:`storage_problem` turns those codes into a sentence that names
the project and says whether the last change was kept. Damage (CORRUPT, NOTADB) stays a
separate verdict: only it may say "damaged".
"""

from __future__ import annotations

import sqlite3

# Primary result codes (https://sqlite.org/rescode.html).
SQLITE_PERM = 3
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
DAMAGE_CODES = frozenset({SQLITE_CORRUPT, SQLITE_NOTADB})
NOT_SAVED = "the change was not saved; the project file is intact"


class ProjectError(Exception):
    """A project cannot be opened or used; the message is meant for the user."""


class StorageError(ProjectError):
    """The storage refused a read or write (read-only, full disk, I/O error)."""


def primary_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def storage_problem(exc: BaseException, where: str, read_only_reason: str | None = None) -> str | None:
    """A one-line message for a storage fault, or None when ``exc`` is not one."""
    if not isinstance(exc, sqlite3.Error):
        return None
    code = primary_code(exc)
    name = getattr(exc, "sqlite_errorname", "") or ""
    if code in (SQLITE_READONLY, SQLITE_PERM):
        why = f" ({read_only_reason})" if read_only_reason else ""
        return f"{where}: the project is read-only{why}; {NOT_SAVED}"
    if code == SQLITE_FULL:
        return f"{where}: the disk is full; {NOT_SAVED}"
    if code == SQLITE_IOERR:
        if "READ" in name:
            return f"{where}: cannot read the project file (disk I/O error, {name})"
        return f"{where}: cannot write the project file (disk I/O error, {name}: disk full or failing?); {NOT_SAVED}"
    if code == SQLITE_CANTOPEN:
        return f"{where}: cannot open the project file ({exc}; is its folder missing or not writable?)"
    return None


def refusal(exc: BaseException) -> str | None:
    """The server's own first line when ``exc`` is a database's refusal of one write (a team
    server's row-level security or trigger), so front ends report it and go on; else None."""
    from sqlalchemy.exc import DBAPIError  # only when there is an error to look at

    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return str(exc.orig).splitlines()[0]
    return None
