"""Parquet: one row per original sentence, typed columns (:mod:`..columns`), written with
pyarrow in row groups; ``labels`` is a list of class indices whose Hugging Face features
metadata makes ``datasets`` read it as ``List(ClassLabel(names=[…]))``.

pyarrow is the optional ``parquet`` extra (it is ~100 MB): without it this format says so in
one line. ``--split`` writes several of these files into a folder (:mod:`..split`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sverka.db.project import Project
from sverka.ops.export.columns import COLUMN_SPECS, Spec, hf_features_json, spec_of
from sverka.ops.export.fields import Chunk
from sverka.ops.export.files import atomic_paths
from sverka.ops.export.labels import label_names
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.records import iter_chunks, record_keys_of
from sverka.ops.export.writers.arrow_columns import column_array
from sverka.ops.export.writers.base import MissingExtra, Writer
from sverka.progress import Progress

# Memory, measured at 1M rows (pyarrow's import and the writer's first row group are ~55 MB
# of it whatever these are): a row group waits as Arrow arrays and costs the writer ~0.5 kB
# a row while it is written, and the file's footer keeps ~55 kB of metadata per group until
# close (200 groups of 5,000 rows were 11 MB); 10,000 rows is the least of the two. The
# Python rows become Arrow data a chunk of ARTICLES_PER_CHUNK articles at a time (the
# plain export; a smaller chunk than JSONL's, which has no pyarrow to carry) or every
# BATCH_ROWS records (the split export's router). Larger chunks no longer save CPU since each
# chunk's queries are built once (~5 ms a chunk left) but cost memory: 100 articles peaked at
# 148 MB, 200 at 162 MB (100,000 rows; 50: 140 MB).
ROWS_PER_GROUP = 10_000
ARTICLES_PER_CHUNK = 50
BATCH_ROWS = 5_000


def require_pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet  # the writer lives in the submodule
    except ImportError:
        raise MissingExtra(
            "Parquet export needs pyarrow: pip install 'sverka[parquet]' (or pip install pyarrow)"
        ) from None
    return pyarrow


def arrow_type(pa: Any, spec: Spec) -> Any:
    if spec == "labels":
        return pa.list_(pa.int64())
    if isinstance(spec, str):
        return {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}[spec]
    if spec[0] == "list":
        return pa.list_(arrow_type(pa, spec[1]))
    return pa.struct([pa.field(name, arrow_type(pa, inner)) for name, inner in spec[1]])


def arrow_schema(pa: Any, keys: Sequence[str], labels: Sequence[str]) -> Any:
    """The Arrow schema of these record keys, with the Hugging Face features metadata."""
    fields = [pa.field(k, arrow_type(pa, spec_of(k))) for k in keys]
    meta = {"info": {"features": hf_features_json(keys, labels)}}
    return pa.schema(fields, metadata={b"huggingface": json.dumps(meta).encode()})


class ParquetSink:
    """Rows in, row groups out: a ParquetWriter fed row groups of about :data:`ROWS_PER_GROUP`.

    Rows arrive as whole chunk columns (:meth:`add_columns`, the plain export) or one record
    at a time (:meth:`add`, the split export's router, which waits as one list per column
    until :data:`BATCH_ROWS`); either way the lists become an Arrow record batch at once
    (:func:`.arrow_columns.column_array`, no per-row dict) and the batches wait for their
    row group.
    """

    def __init__(self, pa: Any, path: Path, keys: Sequence[str], labels: Sequence[str]) -> None:
        self.pa = pa
        self.schema = arrow_schema(pa, keys, labels)
        self.keys = list(keys)
        self.index = {name: i for i, name in enumerate(labels)}
        self.json_keys = {k for k in keys if k not in COLUMN_SPECS}
        self.writer = pa.parquet.ParquetWriter(str(path), self.schema, compression="zstd")
        self.columns: dict[str, list[Any]] = {k: [] for k in self.keys}
        self.pending = 0  # rows waiting in self.columns
        self.batches: list[Any] = []  # record batches waiting for their row group
        self.batched = 0  # rows in self.batches
        self.count = 0

    def add(self, record: dict[str, Any]) -> None:
        for key, column in self.columns.items():
            column.append(record.get(key))
        self.pending += 1
        if self.pending >= BATCH_ROWS:
            self._queue(self._take_pending())

    def add_columns(self, columns: dict[str, list[Any]], rows: int) -> None:
        """A chunk's columns (every key of the sink, ``rows`` values each)."""
        if self.pending:  # rows keep their order whichever way they came
            self._queue(self._take_pending())
        if rows:
            self._queue(self._batch(columns))

    def _array(self, key: str, values: list[Any], type_: Any) -> Any:
        if key == "labels":
            index = self.index
            values = [[index[name] for name in names if name in index] for names in values]
        elif key in self.json_keys:  # a field without a column type travels as JSON text
            values = [_json_text(v) for v in values]
        return column_array(self.pa, values, type_)

    def _batch(self, columns: dict[str, list[Any]]) -> Any:
        arrays = [self._array(field.name, columns[field.name], field.type) for field in self.schema]
        return self.pa.RecordBatch.from_arrays(arrays, schema=self.schema)

    def _take_pending(self) -> Any:
        """The rows waiting in :attr:`columns` as one record batch (the lists start afresh)."""
        batch = self._batch(self.columns)
        self.columns = {k: [] for k in self.keys}
        self.pending = 0
        return batch

    def _queue(self, batch: Any) -> None:
        self.batches.append(batch)
        self.batched += batch.num_rows
        if self.batched >= ROWS_PER_GROUP:
            self.flush()

    def flush(self) -> None:
        """Write every waiting row as one row group."""
        if self.pending:
            batch = self._take_pending()
            self.batches.append(batch)
            self.batched += batch.num_rows
        if not self.batched:
            return
        table = self.pa.Table.from_batches(self.batches, schema=self.schema)
        self.batches = []
        self.writer.write_table(table, row_group_size=self.batched)
        self.count += self.batched
        self.batched = 0

    def close(self) -> int:
        self.flush()
        self.writer.close()
        return self.count


def _json_text(value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, list) and not value:
        return "[]"  # json.dumps([]), the value of most records
    return json.dumps(value, ensure_ascii=False)


def write_parquet(pa: Any, path: Path, chunks: Iterable[Chunk], keys: Sequence[str], labels: Sequence[str]) -> int:
    sink = ParquetSink(pa, path, keys, labels)
    try:
        for chunk in chunks:
            sink.add_columns(chunk.columns, len(chunk))
            del chunk  # before the next chunk loads
    finally:
        count = sink.close()
    return count


def project_labels(project: Project) -> list[str]:
    with project.sessions() as session:
        return label_names(session)


def write_files(
    project: Project, path: Path, options: ExportOptions, progress: Progress, protected: Sequence[Path]
) -> int:
    pa = require_pyarrow()
    keys = record_keys_of(options)
    labels = project_labels(project)
    with atomic_paths([path], protected) as (tmp,):
        chunks = iter_chunks(project, options, progress, articles=ARTICLES_PER_CHUNK)
        return write_parquet(pa, tmp, chunks, keys, labels)


WRITER = Writer(
    "parquet",
    None,
    write_files=write_files,
    suffix=".parquet",
    description="Parquet: typed columns (pip install 'sverka[parquet]')",
)
