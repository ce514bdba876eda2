"""JSON Lines: one record per line, every field of the chosen field sets."""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from typing import IO, Any

import msgspec

from sverka.db.project import Project
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.records import iter_chunks, record_keys_of
from sverka.ops.export.writers.base import Writer
from sverka.progress import Progress

_ENCODER = msgspec.json.Encoder()


def _serializer() -> Callable[[dict[str, Any]], str]:
    """One record as a JSON string (the JSON of ``json.dumps(…, ensure_ascii=False)`` without spaces)."""
    encode = _ENCODER.encode
    return lambda record: encode(record).decode()


LINES_PER_WRITE = 1_000  # a chunk's lines go out in slices: one string of a whole chunk doubled the peak RSS


def record_type(keys: Sequence[str]) -> Callable[..., Any] | None:
    """A msgspec Struct with these keys as its fields, in order, or None if a key is not an
    identifier. Made from a row's values in C, it encodes as the record's JSON object:
    building a dict per record was half the export's serializing at a million rows."""
    try:
        return msgspec.defstruct("Record", list(keys), gc=False)  # no cycles: values are plain data
    except TypeError:
        return None


def json_lines(keys: Sequence[str], rows: Iterable[tuple[Any, ...]], record: Callable[..., Any] | None = None) -> bytes:
    """Rows (values in ``keys`` order) as UTF-8 JSON lines, each an object with these keys;
    ``record``: :func:`record_type` of the keys, else a dict is built per row."""
    if record is not None:
        return _ENCODER.encode_lines([record(*row) for row in rows])
    return _ENCODER.encode_lines([dict(zip(keys, row, strict=True)) for row in rows])


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
    record = record_type(keys)
    sink = _byte_sink(out)
    count = 0
    for chunk in iter_chunks(project, options, progress):
        rows = zip(*(chunk.columns[k] for k in keys), strict=True)
        for _ in range(0, len(chunk), LINES_PER_WRITE):
            sink(json_lines(keys, islice(rows, LINES_PER_WRITE), record))
        count += len(chunk)
        del chunk, rows  # before the next chunk loads
    return count


WRITER = Writer("jsonl", write, description="JSONL: one record per sentence")
