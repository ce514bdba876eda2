"""Checkpoints of an SQLite project's write-ahead log, moved off the commit path of the GUI.

SQLite checkpoints the WAL inside the commit that takes it past ``wal_autocheckpoint`` pages
(1,000 by default): every hundred or so tags, one key press paid for copying the log into the
database file and syncing it (bench/bench_gui.py: those commits took 20-100 ms under load,
against ~1-2 ms for the others). :class:`IdleCheckpoints` turns that off on a project's
connections and runs a PASSIVE checkpoint on a thread of its own when the project has been
quiet for a moment — or, under a long stream of writes (an import), every few seconds. A
passive checkpoint neither waits for nor blocks the writer; durability does not change: a
commit is durable once its WAL frames are synced (``synchronous=FULL``), and a checkpoint
only moves committed pages into the database file.

The log is kept at no more than ``journal_size_limit`` once checkpointed, so a long import
does not leave a big file behind; after a checkpoint the next commits overwrite the log in
place instead of growing it (a synced append also has to sync the file's new size).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from sverka.db.project import Project

IDLE_S = 0.5  # no commit for this long: checkpoint now
LONGEST_S = 5.0  # commits without a pause for this long (a job): checkpoint anyway
WAL_LIMIT_BYTES = 8 * 1024 * 1024  # the log is cut back to this size after a checkpoint


def _no_autocheckpoint(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA wal_autocheckpoint=0")
    cur.execute(f"PRAGMA journal_size_limit={WAL_LIMIT_BYTES}")
    cur.close()


class IdleCheckpoints:
    """Runs the WAL checkpoints of one project file when it is quiet (module docstring).

    Stops by itself when the project's engine is disposed (``Project.close``)."""

    def __init__(self, engine: Engine, path: Path, idle_s: float = IDLE_S, longest_s: float = LONGEST_S) -> None:
        self.engine, self.path = engine, path
        self.idle_s, self.longest_s = idle_s, longest_s
        self.checkpoints = 0  # run so far (tests and the benchmark read it)
        self._commits = 0  # counted by the engine's commit event, on the committing thread
        self._checked = 0  # the count the last checkpoint covered
        self._last = self._first = 0.0  # the latest commit, the first one since the last checkpoint
        self._stop = threading.Event()
        event.listen(engine, "connect", _no_autocheckpoint)
        # Connections already in the pool keep the default: close them, new ones get the pragmas.
        engine.dispose()
        event.listen(engine, "commit", self._committed)
        event.listen(engine, "engine_disposed", self._disposed)
        self._thread = threading.Thread(target=self._run, name="sverka-wal-checkpoints", daemon=True)
        self._thread.start()

    def _committed(self, _conn: Any) -> None:
        now = time.monotonic()
        if self._commits == self._checked:
            self._first = now
        self._last = now
        self._commits += 1

    def _due(self) -> bool:
        if self._commits == self._checked:
            return False
        now = time.monotonic()
        return now - self._last >= self.idle_s or now - self._first >= self.longest_s

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        try:
            while not self._stop.wait(min(self.idle_s, self.longest_s) / 2):
                if not self._due():
                    continue
                seen = self._commits
                try:
                    if conn is None:
                        conn = sqlite3.connect(self.path, timeout=0, isolation_level=None, check_same_thread=False)
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                except sqlite3.Error:
                    continue  # busy, or a disk problem the next commit reports: try again later
                self._checked = seen
                self.checkpoints += 1
        finally:
            if conn is not None:
                conn.close()

    def _disposed(self, _engine: Engine) -> None:
        self.close()

    def close(self) -> None:
        """Stop the thread (waits for a checkpoint under way) and restore SQLite's own checkpoints."""
        if self._stop.is_set():
            return
        self._stop.set()
        if self._thread is not threading.current_thread():
            self._thread.join()
        # The engine_disposed listener stays (close is idempotent): this may run inside its dispatch.
        for name, fn in (("connect", _no_autocheckpoint), ("commit", self._committed)):
            if event.contains(self.engine, name, fn):
                event.remove(self.engine, name, fn)


def defer_checkpoints(project: Project) -> IdleCheckpoints | None:
    """Checkpoint ``project``'s log when it is quiet instead of inside a commit; None where there
    is nothing to do (a team server, a read-only file)."""
    path = project.path
    if project.read_only is not None or path is None or project.engine.dialect.name != "sqlite":
        return None
    return IdleCheckpoints(project.engine, path)
