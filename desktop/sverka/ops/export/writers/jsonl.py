"""JSON Lines: one record per line, every field of the chosen field sets."""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from typing import IO, Any

import orjson

from sverka.db.project import Project
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.records import iter_chunks, record_keys_of
from sverka.ops.export.writers.base import Writer
from sverka.progress import Progress


def _serializer() -> Callable[[dict[str, Any]], str]:
    """One record as a JSON string (orjson: the same JSON as ``json.dumps`` without spaces)."""
    dumps = orjson.dumps
    return lambda record: dumps(record).decode()


LINES_PER_WRITE = 1_000  # a chunk's lines go out in slices: one string of a whole chunk doubled the peak RSS


def json_lines(keys: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> bytes:
    """Rows (values in ``keys`` order) as UTF-8 JSON lines, each an object with these keys.

    The rows are serialized in one ``orjson.dumps`` of their list: a call per record cost
    orjson several times the serializing itself (7 µs a call with 3.12+). The list's record
    separators become newlines. The separator ``},{"<first key>":`` cannot occur inside a
    JSON string (a ``"`` in one is escaped) and occurs structurally only where an object
    in an array is followed by one starting with that key: between the records, or in a
    nested list of objects with that key first. So when it occurs exactly once per boundary
    it is the boundaries; otherwise the records are serialized one by one.
    """
    records = [dict(zip(keys, row, strict=True)) for row in rows]
    if not records:
        return b""
    first = orjson.dumps(keys[0])
    separator, boundary = b"},{" + first + b":", b"}\n{" + first + b":"
    body = orjson.dumps(records)[1:-1]
    if body.count(separator) == len(records) - 1:
        return body.replace(separator, boundary) + b"\n"
    newline = orjson.OPT_APPEND_NEWLINE
    return b"".join([orjson.dumps(record, option=newline) for record in records])


def _byte_sink(out: IO[str]) -> Callable[[bytes], Any]:
    """Where UTF-8 lines go: the stream's byte buffer when it has one and encodes UTF-8 (the
    export file, stdout), skipping a decode and an encode of every line; else decoded."""
    buffer = getattr(out, "buffer", None)
    encoding = getattr(out, "encoding", None)
    if buffer is not None and encoding and codecs.lookup(encoding).name == "utf-8":
        out.flush()
        return buffer.write
    return lambda data: out.write(data.decode())


def write(project: Project, out: IO[str], options: ExportOptions, progress: Progress) -> int:
    keys = record_keys_of(options)
    sink = _byte_sink(out)
    count = 0
    for chunk in iter_chunks(project, options, progress):
        rows = zip(*(chunk.columns[k] for k in keys), strict=True)
        for _ in range(0, len(chunk), LINES_PER_WRITE):
            sink(json_lines(keys, islice(rows, LINES_PER_WRITE)))
        count += len(chunk)
        del chunk, rows  # before the next chunk loads
    return count


WRITER = Writer("jsonl", write, description="JSONL: one record per sentence")
