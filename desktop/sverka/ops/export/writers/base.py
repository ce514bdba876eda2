"""What every export format module provides."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

from sverka.db.project import Project
from sverka.ops.export.options import ExportOptions
from sverka.progress import Progress


@dataclass(frozen=True)
class Writer:
    """``write(project, out, options, progress)`` writes the whole export to ``out`` and returns
    how many records (or rows) it wrote; ``encoding`` is the one its files use."""

    name: str
    write: Callable[[Project, IO[str], ExportOptions, Progress], int]
    encoding: str = "utf-8"
