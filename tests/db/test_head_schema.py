"""The written-out head schema (sverka.db.head_schema) is the models' and the migrations' head:
the open-time check and the direct read path of ``sverka stats`` rely on it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sverka.db import head_schema
from sverka.db.file_check import expected_columns
from sverka.db.models import Base
from sverka.db.project import head_revision, open_project

SNAPSHOTS = Path(__file__).resolve().parents[2] / "db" / "snapshots"


def _written_out() -> str:
    """What head_schema's table should say now (paste it there after a schema change)."""
    rows = "\n".join(
        f"    {t.name!r}: {tuple(c.name for c in t.columns)!r}," for t in Base.metadata.sorted_tables
    ).replace("'", '"')
    return f'REVISION = "{head_revision()}"\n\nTABLE_COLUMNS: dict[str, tuple[str, ...]] = {{\n{rows}\n}}'


def test_the_table_is_the_models_at_the_head_revision() -> None:
    models = {t.name: tuple(c.name for c in t.columns) for t in Base.metadata.sorted_tables}
    stale = "sverka/db/head_schema.py is stale; it should read:\n" + _written_out()
    assert head_revision() == head_schema.REVISION, stale
    assert list(head_schema.TABLE_COLUMNS.items()) == list(models.items()), stale


def test_the_table_is_the_head_snapshot_and_a_new_projects_schema(tmp_path: Path) -> None:
    fresh = tmp_path / "p.sverka"
    open_project(fresh, create=True).close()
    for path in (SNAPSHOTS / f"{head_revision()}.sverka", fresh):
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            for table, columns in expected_columns().items():
                assert table in tables, (path.name, table)
                if columns:
                    have = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
                    assert have == columns, (path.name, table)
        finally:
            conn.close()
    assert set(head_schema.EXTRA_TABLES) == {"sentence_fts"}
