"""The GUI's one writer: every project write of the window is serialized with the jobs' writes.

Long jobs (import, translation, name detection, re-alignment) run on the one-thread pool of
:class:`sverka.ui.workers.Tasks`. Interactive writes — a command, its undo, its redo — go
through :meth:`Writer.call`, which gives them the writer's turn:

* the writer thread is idle (no job running or waiting, no write queued): the write runs at
  once, on the GUI thread. Nothing else can write meanwhile — jobs are handed to the pool
  only from the GUI thread, which is busy with this write — so the order is the writer's and
  a key answers without a thread hand-off (bench/bench_gui.py: the hand-off alone cost
  0.3 ms p50 and 5 ms p99 on a loaded 2-core machine);
* a job holds or awaits the writer: the write goes to the writer thread ahead of queued jobs
  and its result arrives through ``done`` when it is made, in the order of the calls — the
  window stays responsive meanwhile, and never waits on SQLite's busy timeout behind a job.

The project's WAL is checkpointed when it is quiet, on a thread of its own
(:mod:`sverka.db.wal`), never inside a key press's commit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from sverka.db.project import Project
from sverka.db.wal import IdleCheckpoints, defer_checkpoints
from sverka.ui.qt import QObject, QRunnable, Signal
from sverka.ui.workers import Tasks

T = TypeVar("T")
INTERACTIVE = 1  # pool priority: interactive writes start before queued jobs (priority 0)


BUSY_WAIT_S = 0.05  # a job holds the writer: wait this long (it may be ending), then let the result come later


class _Relay(QObject):
    """Carries finished writes back to the GUI thread (only writes queued behind a job).

    One relay lives as long as its writer. It used to be one per write, deleted (deleteLater)
    once its result arrived, but the GUI thread could get the result and delete the relay
    while the writer thread was still inside ``emit`` on it: a use-after-free that crashed the
    process later, in Qt's event processing (issue 13). A long-lived relay outlives every emit:
    the window waits for the writer thread (``Tasks.shutdown``) before it is destroyed.
    """

    arrived = Signal(object)  # the _Write whose result is in


class _Write(QRunnable, Generic[T]):
    def __init__(self, fn: Callable[[], T]) -> None:
        super().__init__()
        self.fn = fn
        self.result: T | None = None
        self.error: BaseException | None = None
        self.finished = threading.Event()
        self.lock = threading.Lock()
        self.relay: _Relay | None = None  # set (under the lock) when the GUI stopped waiting
        self.setAutoDelete(False)  # the writer keeps it until the result is read

    def run(self) -> None:
        try:
            self.result = self.fn()
        except BaseException as exc:  # handed to the caller on the GUI thread
            self.error = exc
        with self.lock:
            self.finished.set()
            relay = self.relay
        if relay is not None:
            relay.arrived.emit(self)

    def detach(self, relay: _Relay) -> bool:
        """Stop waiting: the result goes through ``relay``; False when it is already there."""
        with self.lock:
            if self.finished.is_set():
                return False
            self.relay = relay
            return True


class Writer(QObject):
    """Serializes the GUI's writes with the jobs on the tasks' writer thread (module docstring)."""

    def __init__(self, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        # Writes queued behind a job -> what to call with their result (in the order of the calls).
        self._queued: dict[_Write[Any], tuple[Callable[[Any], None], Callable[[BaseException], None] | None]] = {}
        self._relay = _Relay(self)
        self._relay.arrived.connect(self._deliver)
        self.checkpoints: IdleCheckpoints | None = None

    def serve(self, project: Project | None) -> None:
        """Write to ``project`` from now on: its checkpoints move off the commit path."""
        if self.checkpoints is not None:
            self.checkpoints.close()
        self.checkpoints = defer_checkpoints(project) if project is not None else None

    @property
    def queued(self) -> bool:
        """Writes are waiting behind a job (their results have not arrived yet)."""
        return bool(self._queued)

    def call(
        self,
        fn: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> bool:
        """Run ``fn`` in the writer's turn; ``done(result)`` follows on the GUI thread.

        Returns True when it is done already (the writer was idle, or the job ahead ended at
        once): then an exception of ``fn`` is raised here, to the caller. Queued behind a job
        (False), an exception goes to ``failed`` when it happens (and is raised in the event
        loop without one)."""
        if not self.tasks.working and not self._queued:  # the writer's turn is now: run here
            done(fn())
            return True
        write: _Write[T] = _Write(fn)
        self.tasks.writer.start(write, INTERACTIVE)
        # Still running or queued: its result comes later, through the relay (to this thread).
        if (self._queued or not write.finished.wait(BUSY_WAIT_S)) and write.detach(self._relay):
            self._queued[write] = (done, failed)
            return False
        if write.error is not None:
            raise write.error
        done(write.result)  # type: ignore[arg-type]
        return True

    def _deliver(self, write: _Write[Any]) -> None:
        done, failed = self._queued.pop(write)
        if write.error is None:
            done(write.result)
        elif failed is not None:
            failed(write.error)
        else:
            raise write.error
