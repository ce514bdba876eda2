"""JSON Lines: one record per line, every field of the chosen field sets."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from typing import IO, Any

from sverka.db.project import Project
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.records import iter_chunks, record_keys_of
from sverka.ops.export.writers.base import Writer
from sverka.progress import Progress


def _dumps_json(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


def _serializer() -> Callable[[dict[str, Any]], str]:
    """orjson when installed (several times faster; the same JSON for these records), else json."""
    try:
        import orjson
    except ImportError:
        return _dumps_json
    dumps = orjson.dumps
    return lambda record: dumps(record).decode()


LINES_PER_WRITE = 1_000  # a chunk's lines go out in slices: one string of a whole chunk doubled the peak RSS


def _lines_serializer() -> Callable[[Sequence[str], Iterable[tuple[Any, ...]]], str]:
    """Rows (values in ``keys`` order) as JSON lines in one string: with orjson the lines are
    bytes joined and decoded once per slice (a write and a decode per record cost as much as
    the serializing); else json's, with :func:`_serializer`'s whitespace."""
    try:
        import orjson
    except ImportError:

        def lines(keys: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> str:
            return "".join([_dumps_json(dict(zip(keys, row, strict=True))) + "\n" for row in rows])

        return lines
    dumps, newline = orjson.dumps, orjson.OPT_APPEND_NEWLINE

    def fast_lines(keys: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> str:
        return b"".join([dumps(dict(zip(keys, row, strict=True)), option=newline) for row in rows]).decode()

    return fast_lines


def write(project: Project, out: IO[str], options: ExportOptions, progress: Progress) -> int:
    keys = record_keys_of(options)
    lines = _lines_serializer()
    count = 0
    for chunk in iter_chunks(project, options, progress):
        rows = zip(*(chunk.columns[k] for k in keys), strict=True)
        for _ in range(0, len(chunk), LINES_PER_WRITE):
            out.write(lines(keys, islice(rows, LINES_PER_WRITE)))
        count += len(chunk)
        del chunk, rows  # before the next chunk loads
    return count


WRITER = Writer("jsonl", write, description="JSONL: one record per sentence")
