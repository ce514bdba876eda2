"""SIGKILL a ``sverka`` command at a random point, many times, within a test's time budget.

A fresh interpreter costs seconds on a loaded machine, which would leave room for a handful of
kills; so each run is a ``fork`` of the test process calling :func:`sverka.cli.main.main` with
the command's arguments — the CLI's own code path in its own process, killed for real, with
the start-up already paid. Kill points are drawn from a seeded generator over the length of an
uninterrupted run, so a failure names a seed and a delay that reproduce it.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# Kill points per suite; SVERKA_KILL_POINTS raises it for a longer run (the 100).
DEFAULT_POINTS = 25


def points(default: int = DEFAULT_POINTS) -> int:
    return int(os.environ.get("SVERKA_KILL_POINTS", default))


def rng(name: str) -> random.Random:
    """The suite's generator: SVERKA_KILL_SEED picks another series (its value is printed on failure)."""
    return random.Random(f"{name}/{os.environ.get('SVERKA_KILL_SEED', '13')}")


@dataclass
class Run:
    pid: int
    stdin: int | None  # write end of the child's stdin, when one was asked for
    stdout: int | None  # read end of the child's stdout, when one was asked for
    started: float

    def kill(self) -> int:
        """SIGKILL (if still running) and reap; returns the wait status's exit code or -signal."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        return self.wait()

    def wait(self) -> int:
        _, status = os.waitpid(self.pid, 0)
        for fd in (self.stdin, self.stdout):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self.stdin = self.stdout = None
        return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)


def start(argv: Sequence[str], *, pipes: bool = False) -> Run:
    """Fork a child running ``sverka ARGV``; with ``pipes`` its stdin/stdout are pipes to us."""
    child_in = child_out = None
    if pipes:
        child_in, parent_in = os.pipe()
        parent_out, child_out = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 70
        try:
            devnull = os.open(os.devnull, os.O_RDWR)
            os.dup2(child_in if child_in is not None else devnull, 0)
            os.dup2(child_out if child_out is not None else devnull, 1)
            os.dup2(devnull, 2)
            if pipes:
                os.close(parent_in)
                os.close(parent_out)
            import io
            import sys

            sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding="utf-8")
            sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8", line_buffering=True)
            sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), encoding="utf-8")
            from sverka.cli.main import main

            code = main(list(argv))
            sys.stdout.flush()
        finally:
            os._exit(code)
    if pipes:
        assert child_in is not None and child_out is not None
        os.close(child_in)
        os.close(child_out)
        return Run(pid, parent_in, parent_out, time.monotonic())
    return Run(pid, None, None, time.monotonic())


def run_to_end(argv: Sequence[str]) -> tuple[int, float]:
    """An uninterrupted run: its exit code and how long it took (the range of kill points)."""
    run = start(argv)
    code = run.wait()
    return code, time.monotonic() - run.started


def killed_after(argv: Sequence[str], delay: float) -> int:
    run = start(argv)
    time.sleep(delay)
    return run.kill()


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` of a project file, after a kill (a normal connection: the
    WAL a killed writer left is recovered as any next opener would)."""
    conn = sqlite3.connect(path)
    try:
        return "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()
