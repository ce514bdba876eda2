"""A Qt-free progress protocol: the CLI prints it, the GUI draws it.

Long jobs take a ``Progress`` callback and a ``CancelToken``; they call
``progress(done, total, message)`` now and then and check ``cancel.raise_if_cancelled()``
between units of work, so a cancelled job stops at a clean transaction boundary.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import Protocol, TextIO


class Cancelled(Exception):
    """Raised inside a job when its cancel token was set."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled


class Progress(Protocol):
    def __call__(self, done: int, total: int, message: str = "") -> None: ...


def no_progress(done: int, total: int, message: str = "") -> None:
    """A progress sink that ignores everything."""


class StderrProgress:
    """Prints ``message done/total`` on stderr, at most a few times a second."""

    def __init__(self, stream: TextIO | None = None, interval: float = 0.25) -> None:
        self.stream = stream or sys.stderr
        self.interval = interval
        self._last = 0.0
        self._tty = self.stream.isatty()

    def __call__(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        finished = total > 0 and done >= total
        if not finished and now - self._last < self.interval:
            return
        self._last = now
        text = f"{message} {done}/{total}" if total else f"{message} {done}"
        if self._tty:
            self.stream.write("\r" + text + ("\n" if finished else ""))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()
