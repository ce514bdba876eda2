"""A pool of worker processes for the pure CPU work of a big import, on the other cores.

Segmentation, language identification, alignment and name matching are pure Python that
holds the GIL, so threads cannot run them side by side; processes can. The import submits
that work a batch ahead to :class:`CpuPool` and writes the previous batch's rows meanwhile.

- Workers are *spawned* (never forked): a fork from the GUI's writer thread would copy a
  process with Qt's and SQLite's threads mid-flight, and a frozen app (PyInstaller) can
  only spawn — its entry calls :func:`multiprocessing.freeze_support` first.
- Only module-level functions of ``sverka.core`` / ``sverka.ops`` are submitted, with plain
  data in and out: a worker never touches the project file, so the writing process stays
  the only one holding it.
- Whatever keeps the pool from working — it cannot start (a sandbox without semaphores, a
  single core, ``SVERKA_WORKERS=0``) or a worker dies — the
  job runs in-process instead, with the same result.
- A worker exits when the process that started it dies, even by ``kill -9``.
- :meth:`CpuPool.close` with ``cancel=True`` drops the jobs not started and does not wait
  for the running ones (a job is one batch: a fraction of a second).
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

T = TypeVar("T")

# Below this many articles an import stays in-process: starting a worker (a new Python that
# imports the aligner, the gazetteer and the language profiles) costs ~0.7 s of CPU, the
# pickling more. Measured on 2 shared cores at load 5-6 (bench/bench_import_files.py): 500
# articles took 18 s with two workers against 16 s without, 5,000 articles 95 s against 143 s.
MIN_ARTICLES = 1000


def worker_count() -> int:
    """Workers to start: ``SVERKA_WORKERS`` if set, else one per core up to two (the writing
    process keeps working too); 0 means in-process."""
    raw = os.environ.get("SVERKA_WORKERS", "").strip()
    if raw:
        try:
            return max(0, int(raw))
        except ValueError:
            return 0
    cores = os.cpu_count() or 1
    return 0 if cores < 2 else min(2, cores)


class _Done(Future[Any]):
    """A job run in-process: its result (or exception) is there at once."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        try:
            self.set_result(fn(*args))
        except BaseException as exc:  # handed to .result(), as a worker's would be
            self.set_exception(exc)


class _Retried(Future[Any]):
    """A job sent to a worker; if the pool broke under it, it runs in-process on .result()."""

    def __init__(self, pool: CpuPool, inner: Future[Any], fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self._pool, self._inner, self._fn, self._args = pool, inner, fn, args

    def result(self, timeout: float | None = None) -> Any:
        try:
            return self._inner.result(timeout)
        except BrokenProcessPool:
            self._pool.fallbacks += 1
            return self._fn(*self._args)

    def cancel(self) -> bool:
        """Drop the job if no worker has taken it yet."""
        return self._inner.cancel()


class CpuPool:
    """Runs ``submit``-ted functions in worker processes (or in-process, see the module)."""

    def __init__(
        self, workers: int | None = None, warm: Callable[[], None] | None = None, *, min_articles: int | None = None
    ) -> None:
        """``workers``: None asks :func:`worker_count`. ``warm`` runs once in every worker
        as it starts (load the models the jobs need). Nothing starts before :meth:`start`:
        until then, and for a small import that never calls it, jobs run in-process."""
        self.workers = worker_count() if workers is None else workers
        self._warm = warm
        self.min_articles = min_articles
        self._executor: ProcessPoolExecutor | None = None
        self._started = False
        self._ready: list[Future[None]] = []
        self.sent = 0  # jobs handed to the workers
        self.fallbacks = 0  # jobs of a started pool that ran in-process after all

    def start(self, articles: int) -> None:
        """Start the workers if ``articles`` make it worth it (idempotent): ``min_articles``,
        by default :data:`MIN_ARTICLES`."""
        least = MIN_ARTICLES if self.min_articles is None else self.min_articles
        if self._started or self.workers <= 0 or articles < least:
            return
        self._started = True
        try:
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(self._warm,),
            )
            # Start every worker now, not at its first job: their start-up overlaps the
            # writer's work on the first batch.
            self._ready = [self._executor.submit(_ready) for _ in range(self.workers)]
        except (OSError, ImportError, NotImplementedError, RuntimeError):
            self._executor = None

    @property
    def parallel(self) -> bool:
        """True when jobs go to worker processes."""
        return self._executor is not None

    @property
    def warm(self) -> bool:
        """True once every worker has started and run ``warm``: until then a job would
        wait for them (a second or more), so a caller with work of its own may do it."""
        return self.parallel and all(f.done() for f in self._ready)

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        if self._executor is not None:
            try:
                job = _Retried(self, self._executor.submit(fn, *args), fn, args)
                self.sent += 1
                return job
            except (BrokenProcessPool, RuntimeError):  # a dead pool, or one shut down
                self._executor = None
        if self._started:
            self.fallbacks += 1
        return _Done(fn, args)

    def close(self, *, cancel: bool = False) -> None:
        """Stop the workers; ``cancel``: drop queued jobs and do not wait for running ones."""
        if self._executor is not None:
            self._executor.shutdown(wait=not cancel, cancel_futures=cancel)
            self._executor = None

    def __enter__(self) -> CpuPool:
        return self

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        self.close(cancel=exc is not None)


def _start_worker(warm: Callable[[], None] | None) -> None:
    """A worker's start: it ends itself when the writing process dies (a kill -9 leaves no
    worker waiting for jobs forever: the executor's queues never tell it), then ``warm``."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        sentinel = parent.sentinel

        def watch() -> None:
            multiprocessing.connection.wait([sentinel])
            os._exit(0)

        threading.Thread(target=watch, name="sverka-parent-watch", daemon=True).start()
    if warm is not None:
        warm()


def _ready() -> None:
    """The first job of each worker: returns once its ``warm`` has run."""


def in_process() -> CpuPool:
    """A pool that runs every job in the calling process."""
    return CpuPool(workers=0)
