"""Writing an export file atomically: a temp file beside it, renamed over it when complete.

The rename replaces whatever is at the target, so the target is checked first: a Sverka
project (the open one or any other) and special files (FIFOs, devices, folders) are refused,
never replaced. The file is created with the user's umask, like any file a program writes.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from sverka.db.project import APPLICATION_ID, SQLITE_MAGIC
from sverka.paths import special_file_kind


class RefusedTarget(ValueError):
    """The export target must not be replaced; ``str()`` is the one-line reason."""


def _is_sverka_project(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError:
        return False  # unreadable: the write reports it, if it fails too
    return (
        len(header) == 100
        and header.startswith(SQLITE_MAGIC)
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )


def check_target(path: Path, protected: Iterable[Path] = ()) -> None:
    """Raise RefusedTarget if writing an export to ``path`` (symlinks followed) would destroy something."""
    try:
        status = os.stat(path)
    except OSError:
        return  # nothing there (or unreachable): creating the file reports any real problem
    if not stat.S_ISREG(status.st_mode):
        raise RefusedTarget(f"{special_file_kind(status.st_mode)}, not a regular file; refusing to replace it")
    for project in protected:
        try:
            same = os.path.samefile(path, project)
        except OSError:
            same = False
        if same:
            raise RefusedTarget("is the open Sverka project; refusing to overwrite it")
    if _is_sverka_project(path):
        raise RefusedTarget("is a Sverka project; refusing to overwrite it")


def _create_temp(path: Path) -> tuple[int, Path]:
    """A new file beside ``path``, mode 0666 less the umask (mkstemp would make it 0600)."""
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), tmp
        except FileExistsError:
            continue


def atomic_write(path: Path, encoding: str, write: Callable[[IO[str]], int], protected: Iterable[Path] = ()) -> int:
    """Run ``write`` on a temp file, then rename it to ``path``: a failed export leaves no half file.

    ``protected`` are paths never to overwrite (the open project); see :func:`check_target`.
    """
    path = path.resolve()
    protected = list(protected)
    check_target(path, protected)
    fd, tmp = _create_temp(path)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as out:
            count = write(out)
        check_target(path, protected)  # again: the export took time, something may have appeared
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count


@contextmanager
def atomic_paths(paths: Sequence[Path], protected: Iterable[Path] = ()) -> Iterator[list[Path]]:
    """Temp paths beside ``paths`` for a writer that writes files itself (Parquet, spaCy, the
    files of a split); renamed over ``paths`` together when the block ends without an error,
    removed otherwise. Each temp file is created first, so it gets the user's umask too."""
    targets = [p.resolve() for p in paths]
    protected = list(protected)
    for target in targets:
        check_target(target, protected)
    temps: list[Path] = []
    try:
        for target in targets:
            fd, tmp = _create_temp(target)
            os.close(fd)
            temps.append(tmp)
        yield temps
        for target in targets:
            check_target(target, protected)
        for tmp, target in zip(temps, targets, strict=True):
            os.replace(tmp, target)
    finally:
        for tmp in temps:
            tmp.unlink(missing_ok=True)


def open_temp_text(path: Path, encoding: str = "utf-8") -> IO[str]:
    """A temp path of :func:`atomic_paths` opened for text (truncating it)."""
    return path.open("w", encoding=encoding, newline="")
