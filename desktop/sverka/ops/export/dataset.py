"""A split export: ``DIR/train.parquet`` (or ``.jsonl``), ``validation``, ``test`` and the
dataset card ``DIR/README.md``, which ``datasets.load_dataset(DIR)`` loads as three splits."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sverka.db.project import Project
from sverka.ops.export.card import SplitCounts, card_text
from sverka.ops.export.files import atomic_paths, open_temp_text
from sverka.ops.export.labels import label_names
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.records import iter_records, record_keys_of
from sverka.ops.export.split import SPLIT_NAMES, article_stats, assign_splits, stats_options
from sverka.progress import Progress, no_progress

SPLIT_FORMATS = ("parquet", "jsonl")


def write_split(
    project: Project,
    fmt: str,
    folder: Path,
    options: ExportOptions,
    progress: Progress = no_progress,
    protected: Sequence[Path] = (),
) -> int:
    """Write the split files and the card into ``folder`` (made if missing); returns the rows."""
    from sverka.ops.export.writers import parquet  # the writers package imports this module's neighbours

    if fmt not in SPLIT_FORMATS:
        raise ValueError(f"--split writes {' or '.join(SPLIT_FORMATS)}, not {fmt}")
    shares = list(options.split or ())
    pa = parquet.require_pyarrow() if fmt == "parquet" else None
    if folder.exists() and not folder.is_dir():
        raise ValueError(f"{folder}: not a folder (--split writes a folder of files)")
    folder.mkdir(parents=True, exist_ok=True)
    assignment = assign_splits(article_stats(iter_records(project, stats_options(options))), shares, options.seed)
    names = [n for n, share in zip(SPLIT_NAMES, shares, strict=False) if share > 0]
    suffix = f".{fmt}"
    files = {n: f"{n}{suffix}" for n in names}
    keys = record_keys_of(options)
    with project.sessions() as session:
        labels = label_names(session)
    counts = SplitCounts()
    if "qa" in keys:
        counts.qa = {n: Counter() for n in names}
    qa_seen: set[tuple[str, str, str]] = set()  # (article, kind, detail): a finding of several rows counts once
    targets = [folder / files[n] for n in names] + [folder / "README.md"]
    with atomic_paths(targets, protected) as temps:
        sinks: dict[str, Any] = {}
        for name, tmp in zip(names, temps, strict=False):
            if pa is not None:
                sinks[name] = parquet.ParquetSink(pa, tmp, keys, labels)
            else:
                sinks[name] = _JsonlSink(tmp)
            counts.labels[name] = Counter()
        try:
            seen: dict[str, set[str]] = {n: set() for n in names}
            for record in iter_records(project, options, progress):
                name = assignment.get(record["article_id"], names[0])
                counts.rows[name] = counts.rows.get(name, 0) + 1
                counts.labels[name].update(record["labels"])
                counts.languages[record["lang"]] += 1
                seen[name].add(record["article_id"])
                if counts.qa is not None:
                    for finding in record["qa"]:
                        key = (record["article_id"], finding["kind"], finding["detail"])
                        if key not in qa_seen:
                            qa_seen.add(key)
                            counts.qa[name][finding["kind"]] += 1
                sinks[name].add(record)
        finally:
            for sink in sinks.values():
                sink.close()
        counts.articles = {n: len(ids) for n, ids in seen.items()}
        counts.bytes = {n: tmp.stat().st_size for n, tmp in zip(names, temps, strict=False)}
        with project.sessions() as session:
            agreement = list(options.agreement(session)) if options.agreement is not None else []
            text = card_text(session, files, counts, keys, labels, options.license, options.resolve, agreement)
        with open_temp_text(temps[-1]) as out:
            out.write(text)
    return sum(counts.rows.values())


class _JsonlSink:
    def __init__(self, path: Path) -> None:
        from sverka.ops.export.writers.jsonl import _serializer

        self.out = open_temp_text(path)
        self.dumps = _serializer()

    def add(self, record: dict[str, Any]) -> None:
        self.out.write(self.dumps(record) + "\n")

    def close(self) -> int:
        self.out.close()
        return 0
