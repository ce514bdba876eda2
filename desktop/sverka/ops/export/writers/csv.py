"""CSV: the columns of the chosen field sets, formula-safe cells, a BOM in files for spreadsheets."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import IO, Any

from sverka.db.project import Project
from sverka.ops.export.fields import FieldSet, csv_columns
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.records import iter_records
from sverka.ops.export.writers.base import Writer
from sverka.progress import Progress

# A spreadsheet runs cells starting with these as formulas (OWASP CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Spreadsheets skip leading whitespace and invisible characters before they look for a
# formula, and some read the full-width forms and a pipe (DDE) as formula starts too.
_FORMULA_CHARS = frozenset("=+-@|\uff1d\uff0b\uff0d\uff20\uff5c")
_INVISIBLE_LEAD = re.compile("[\\s\ufeff\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\u180e]*")


def _neutralize(value: str) -> str:
    if value.startswith(_FORMULA_START):
        return "'" + value
    match = _INVISIBLE_LEAD.match(value)
    first = value[match.end() : match.end() + 1] if match else value[:1]
    return "'" + value if first in _FORMULA_CHARS else value


def _keep(value: str) -> str:
    return value


def csv_cell(value: Any, guard: Callable[[str], str] = _neutralize) -> str:
    """A record value as a CSV cell (lists of notes as text, other structured lists as JSON)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        if value and all(isinstance(v, dict) for v in value) and not all("note" in v for v in value):
            # Structured lists (mentions, MQM errors…) stay machine-readable: JSON in one cell.
            return guard(json.dumps(value, ensure_ascii=False))
        parts = [v["note"] if isinstance(v, dict) and "note" in v else str(v) for v in value]
        return guard("; ".join(parts))
    return guard(str(value))


def write_records(
    records: Iterable[dict[str, Any]],
    out: IO[str],
    columns: Sequence[str],
    cells: Mapping[str, Callable[[Any], str]] | None = None,
    sources: Mapping[str, str] | None = None,
    formula_guard: bool = True,
) -> int:
    """The header and one row per record; ``cells`` renders the columns that need their own
    form, ``sources`` names the record key a column renders (default: the column's name);
    ``formula_guard`` False writes cells as they are (for pipelines, not spreadsheets)."""
    cells, sources = cells or {}, sources or {}
    guard = _neutralize if formula_guard else _keep
    keys = [sources.get(n, n) for n in columns]
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    count = 0
    for record in records:
        writer.writerow(
            [
                guard(cells[n](record.get(k))) if n in cells else csv_cell(record.get(k), guard)
                for n, k in zip(columns, keys, strict=True)
            ]
        )
        count += 1
    return count


def columns_and_cells(
    sets: Sequence[FieldSet],
) -> tuple[list[str], dict[str, Callable[[Any], str]], dict[str, str]]:
    cells: dict[str, Callable[[Any], str]] = {}
    sources: dict[str, str] = {}
    for fs in sets:
        cells.update(fs.csv_cells)
        sources.update(fs.csv_sources)
    return csv_columns(sets), cells, sources


def write(project: Project, out: IO[str], options: ExportOptions, progress: Progress) -> int:
    columns, cells, sources = columns_and_cells(options.chosen_field_sets())
    records = iter_records(project, options, progress)
    return write_records(records, out, columns, cells, sources, options.formula_guard)


WRITER = Writer(
    "csv", write, encoding="utf-8-sig", suffix=".csv", description="CSV: one row per sentence"
)  # the BOM makes spreadsheet programs read UTF-8
