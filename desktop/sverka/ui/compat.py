"""Work-arounds for bugs of the Qt binding in use.

PySide6 6.12 on CPython 3.11 drops one reference to ``None`` for every call of a method
returning nothing (``QPainter.save``, ``fillRect``, ``QModelIndex.data`` → None …) and one to
``True``/``False`` for every ``Signal.emit``. Those objects are reference-counted before
Python 3.12, so after some hundreds of thousands of calls — a few minutes of scrolling and
tagging — the interpreter aborts with "none_dealloc: deallocating None". Python 3.12 made
these objects immortal (PEP 683); on older versions we give them the same treatment by
adding 2**40 references once, which no session can use up.
"""

from __future__ import annotations

import ctypes
import sys

from sverka.db.project import Project

EXTRA_REFS = 1 << 40
_done = False


def protect_singletons() -> None:
    """Make None, True and False effectively immortal on CPython < 3.12 (idempotent)."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object (non-debug builds).
        ctypes.c_ssize_t.from_address(id(obj)).value += EXTRA_REFS
    _done = True


def pooled(project: Project) -> Project:
    """The same project on a small connection pool.

    ``make_engine`` uses NullPool, so every transaction opens a new SQLite connection and
    re-runs the pragmas: ~15-20 ms per tag on a 250 MB project. The GUI makes thousands
    of tiny transactions, so it keeps two connections open (GUI thread + writer thread).
    (Asked for in .notes-ui.md: a ``pooled=True`` option on make_engine.)
    """
    if not project.url.startswith("sqlite") or ":memory:" in project.url:
        return project
    from sqlalchemy import create_engine, event
    from sqlalchemy.orm import sessionmaker
    from sqlalchemy.pool import QueuePool

    from sverka.db import project as project_module

    engine = create_engine(
        project.url,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        connect_args={"check_same_thread": False, "timeout": 10},
    )
    event.listen(engine, "connect", project_module._sqlite_pragmas)
    project.engine.dispose()
    return Project(project.url, engine, sessionmaker(engine, expire_on_commit=False))
