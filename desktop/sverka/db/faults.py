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
NOT_SAVED_SERVER = "the change in progress was not saved (the server keeps every committed one)"


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


# SQLSTATE classes and codes of a PostgreSQL server (https://www.postgresql.org/docs/current/errcodes-appendix.html).
_SERVER_STATES = {
    "28P01": "the server refused the password (check the user name and password)",
    "28000": "the server refused this user (not allowed to connect; see the server's pg_hba.conf)",
    "3D000": "no such database on the server",
    "42501": "no permission on the server (the database user lacks the grants Sverka needs)",
    "57P01": "the server shut down",
    "57P03": "the server is starting up or shutting down; try again shortly",
}


def server_problem(exc: BaseException, where: str) -> str | None:
    """A one-line message for a team server that cannot be reached or used (gone, wrong password,
    no permission), or None when ``exc`` is something else. The driver's first line follows in
    brackets; passwords never appear (``where`` is masked by the caller, the driver omits them)."""
    orig = getattr(exc, "orig", None) or exc
    state = getattr(orig, "sqlstate", None)
    first = (str(orig).strip().splitlines() or [""])[0]
    if first.startswith("connection failed: "):
        first = first[len("connection failed: ") :]
    if isinstance(state, str) and state in _SERVER_STATES:
        return f"{where}: {_SERVER_STATES[state]} ({first})"
    if (isinstance(state, str) and state.startswith("08")) or (state is None and _is_connection_failure(orig)):
        # A refused login carries no SQLSTATE through libpq's connection failure: its FATAL line says why.
        text = str(orig)
        for marker, why in _LOGIN_REFUSALS:
            if marker in text:
                return f"{where}: {why} ({first})"
        return f"{where}: cannot reach the database server; is it running, and is the address right? ({first})"
    return None


_LOGIN_REFUSALS = (
    ("password authentication failed", _SERVER_STATES["28P01"]),
    ("no password supplied", "the server wants a password (put it in the URL or in ~/.pgpass)"),
    ('database "', _SERVER_STATES["3D000"]),
    ('role "', "no such user on the server"),
    ("permission denied", _SERVER_STATES["42501"]),
    ("pg_hba.conf", _SERVER_STATES["28000"]),
)


def _is_connection_failure(orig: BaseException) -> bool:
    """psycopg reports a refused or lost connection as OperationalError without an SQLSTATE."""
    module = type(orig).__module__
    return module.startswith("psycopg") and type(orig).__name__ == "OperationalError"
