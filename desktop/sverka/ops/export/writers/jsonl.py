"""JSON Lines: one record per line, every field of the chosen field sets."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import IO, Any

from sverka.db.project import Project
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.records import iter_records
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


def write_records(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    dumps = _serializer()
    count = 0
    for record in records:
        out.write(dumps(record))
        out.write("\n")
        count += 1
    return count


def write(project: Project, out: IO[str], options: ExportOptions, progress: Progress) -> int:
    return write_records(iter_records(project, options, progress), out)


WRITER = Writer("jsonl", write, description="JSONL: one record per sentence")
