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
from sverka.ops.export.files import atomic_paths
from sverka.ops.export.labels import label_names
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.records import iter_records, record_keys_of
from sverka.ops.export.writers.base import MissingExtra, Writer
from sverka.progress import Progress

ROWS_PER_GROUP = 5_000  # one row group per batch: memory stays flat (a batch of dicts is most of the RSS)


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
    """Rows in, row groups out: a ParquetWriter fed in batches of :data:`ROWS_PER_GROUP`."""

    def __init__(self, pa: Any, path: Path, keys: Sequence[str], labels: Sequence[str]) -> None:
        self.pa = pa
        self.schema = arrow_schema(pa, keys, labels)
        self.keys = list(keys)
        self.index = {name: i for i, name in enumerate(labels)}
        self.json_keys = [k for k in keys if k not in COLUMN_SPECS]
        self.writer = pa.parquet.ParquetWriter(str(path), self.schema, compression="zstd")
        self.batch: list[dict[str, Any]] = []
        self.count = 0

    def add(self, record: dict[str, Any]) -> None:
        index = self.index
        record["labels"] = [index[name] for name in record["labels"] if name in index]
        for key in self.json_keys:  # a field without a column type travels as JSON text
            if record.get(key) is not None and not isinstance(record[key], str):
                record[key] = json.dumps(record[key], ensure_ascii=False)
        self.batch.append(record)
        if len(self.batch) >= ROWS_PER_GROUP:
            self.flush()

    def flush(self) -> None:
        if self.batch:
            self.writer.write_batch(self.pa.RecordBatch.from_pylist(self.batch, schema=self.schema))
            self.count += len(self.batch)
            self.batch = []

    def close(self) -> int:
        self.flush()
        self.writer.close()
        return self.count


def write_parquet(
    pa: Any, path: Path, records: Iterable[dict[str, Any]], keys: Sequence[str], labels: Sequence[str]
) -> int:
    sink = ParquetSink(pa, path, keys, labels)
    try:
        for record in records:
            sink.add(record)
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
        return write_parquet(pa, tmp, iter_records(project, options, progress), keys, labels)


WRITER = Writer(
    "parquet",
    None,
    write_files=write_files,
    suffix=".parquet",
    description="Parquet: typed columns (pip install 'sverka[parquet]')",
)
