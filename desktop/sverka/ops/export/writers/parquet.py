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
from sverka.ops.export.writers.base import MissingExtra, Writer
from sverka.progress import Progress

ROWS_PER_GROUP = 5_000  # rows per row group: memory stays flat (the waiting column lists are most of the RSS)


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
    """Rows in, row groups out: a ParquetWriter fed in row groups of :data:`ROWS_PER_GROUP`.

    Rows arrive as whole chunk columns (:meth:`add_columns`, the plain export) or one record
    at a time (:meth:`add`, the split export's router); either way they wait as one list per
    column and become Arrow arrays as they are, with no per-row dict.
    """

    def __init__(self, pa: Any, path: Path, keys: Sequence[str], labels: Sequence[str]) -> None:
        self.pa = pa
        self.schema = arrow_schema(pa, keys, labels)
        self.keys = list(keys)
        self.index = {name: i for i, name in enumerate(labels)}
        self.json_keys = {k for k in keys if k not in COLUMN_SPECS}
        self.writer = pa.parquet.ParquetWriter(str(path), self.schema, compression="zstd")
        self.columns: dict[str, list[Any]] = {k: [] for k in self.keys}
        self.pending = 0
        self.count = 0

    def add(self, record: dict[str, Any]) -> None:
        for key, column in self.columns.items():
            column.append(record.get(key))
        self.pending += 1
        if self.pending >= ROWS_PER_GROUP:
            self.flush()

    def add_columns(self, columns: dict[str, list[Any]], rows: int) -> None:
        """A chunk's columns (every key of the sink, ``rows`` values each)."""
        for key, column in self.columns.items():
            column.extend(columns[key])
        self.pending += rows
        while self.pending >= ROWS_PER_GROUP:
            self.flush(ROWS_PER_GROUP)

    def _array(self, key: str, values: list[Any], type_: Any) -> Any:
        if key == "labels":
            index = self.index
            values = [[index[name] for name in names if name in index] for names in values]
        elif key in self.json_keys:  # a field without a column type travels as JSON text
            values = [_json_text(v) for v in values]
        return self.pa.array(values, type=type_)

    def flush(self, rows: int | None = None) -> None:
        """Write the first ``rows`` pending rows (all of them by default) as one row group."""
        take = self.pending if rows is None else min(rows, self.pending)
        if not take:
            return
        arrays = []
        for field in self.schema:
            column = self.columns[field.name]
            arrays.append(self._array(field.name, column[:take], field.type))
            del column[:take]
        self.writer.write_batch(self.pa.RecordBatch.from_arrays(arrays, schema=self.schema))
        self.count += take
        self.pending -= take

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
        return write_parquet(pa, tmp, iter_chunks(project, options, progress), keys, labels)


WRITER = Writer(
    "parquet",
    None,
    write_files=write_files,
    suffix=".parquet",
    description="Parquet: typed columns (pip install 'sverka[parquet]')",
)
