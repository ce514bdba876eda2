"""What every export format module provides."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sverka.db.project import Project
from sverka.ops.export.options import ExportOptions
from sverka.progress import Progress

# (project, target path, options, progress, protected paths) -> records written
FilesFn = Callable[[Project, Path, ExportOptions, Progress, Sequence[Path]], int]


class MissingExtra(RuntimeError):
    """A format needs an optional extra that is not installed; ``str()`` says what to install."""


@dataclass(frozen=True)
class Writer:
    """``write(project, out, options, progress)`` writes the whole export to a text stream and
    returns how many records (or rows) it wrote; ``encoding`` is the one its files use.

    Formats that write files themselves (binary, or several files) give ``write_files``
    instead, which writes atomically beside the target (see ``files.atomic_paths``); they
    cannot go to stdout. ``suffix`` is the file name ending the GUI proposes.
    """

    name: str
    write: Callable[[Project, IO[str], ExportOptions, Progress], int] | None
    encoding: str = "utf-8"
    write_files: FilesFn | None = None
    suffix: str = ".jsonl"
    description: str = ""
