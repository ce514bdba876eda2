"""Export formats: one module per format, each exposing a :class:`~.base.Writer` as ``WRITER``.

A new format is a new module here and one entry in :data:`FORMATS`.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from sverka.db.project import Project
from sverka.ops.export.files import atomic_write
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.writers import csv, jsonl, mqm_tsv
from sverka.ops.export.writers.base import Writer
from sverka.progress import Progress, no_progress

FORMATS: dict[str, Writer] = {w.name: w for w in (jsonl.WRITER, csv.WRITER, mqm_tsv.WRITER)}


def writer(fmt: str) -> Writer:
    """The writer of a format name (``jsonl``, ``csv``, ``mqm-tsv``); ValueError if unknown."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}")
    return FORMATS[fmt]


def write_export(
    project: Project, fmt: str, out: IO[str], options: ExportOptions | None = None, progress: Progress = no_progress
) -> int:
    """Write an export in format ``fmt`` to an open stream; returns the record (row) count."""
    return writer(fmt).write(project, out, options or ExportOptions(), progress)


def export_file(
    project: Project, fmt: str, path: Path, options: ExportOptions | None = None, progress: Progress = no_progress
) -> int:
    """Write an export in format ``fmt`` to ``path`` atomically; returns the record (row) count."""
    chosen, wanted = writer(fmt), options or ExportOptions()
    return atomic_write(
        path, chosen.encoding, lambda out: chosen.write(project, out, wanted, progress), _protected(project)
    )


def _protected(project: Project) -> list[Path]:
    """The open project's file: never an export target."""
    return [project.path] if project.path is not None else []
