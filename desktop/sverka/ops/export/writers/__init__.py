"""Export writers: one module per format, each a :class:`Writer`; a new format is one module
here and one entry in :data:`FORMATS`.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from sverka.db.project import Project
from sverka.ops.export.files import atomic_write
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.writers import (
    csv,
    doccano,
    jsonl,
    label_studio,
    mqm_tsv,
    parallel,
    parquet,
    spacy_docbin,
    tmx,
)
from sverka.ops.export.writers.base import MissingExtra, Writer
from sverka.progress import Progress, no_progress

FORMATS: dict[str, Writer] = {
    w.name: w
    for w in (
        jsonl.WRITER,
        csv.WRITER,
        mqm_tsv.WRITER,
        parquet.WRITER,
        spacy_docbin.WRITER,
        doccano.WRITER,
        label_studio.WRITER,
        tmx.WRITER,
        parallel.WRITER,
    )
}

__all__ = ["FORMATS", "MissingExtra", "Writer", "export_file", "write_export", "writer"]


def writer(fmt: str) -> Writer:
    """The writer of a format name (``jsonl``, ``csv``, ``mqm-tsv``, …); ValueError if unknown."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}")
    return FORMATS[fmt]


def write_export(
    project: Project, fmt: str, out: IO[str], options: ExportOptions | None = None, progress: Progress = no_progress
) -> int:
    """Write an export in format ``fmt`` to an open stream; returns the record (row) count."""
    chosen = writer(fmt)
    if chosen.write is None:
        raise ValueError(f"format {fmt} writes files: give -o FILE")
    return chosen.write(project, out, options or ExportOptions(), progress)


def export_file(
    project: Project, fmt: str, path: Path, options: ExportOptions | None = None, progress: Progress = no_progress
) -> int:
    """Write an export in format ``fmt`` to ``path`` atomically; returns the record (row) count."""
    chosen, wanted = writer(fmt), options or ExportOptions()
    if wanted.split:
        from sverka.ops.export.dataset import write_split

        return write_split(project, fmt, path, wanted, progress, _protected(project))
    if chosen.write_files is not None:
        return chosen.write_files(project, path, wanted, progress, _protected(project))
    write = chosen.write
    assert write is not None  # a writer has one of the two
    return atomic_write(path, chosen.encoding, lambda out: write(project, out, wanted, progress), _protected(project))


def _protected(project: Project) -> list[Path]:
    """The open project's file: never an export target."""
    return [project.path] if project.path is not None else []
