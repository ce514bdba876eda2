"""The migrations build exactly the schema the models describe."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from sverka.db.models import Base
from sverka.db.search import include_name


def test_upgrade_from_empty_matches_models(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'm.sqlite'}")
    cfg = Config()
    cfg.set_main_option("script_location", "sverka.db:migrations")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        diffs = compare_metadata(context, Base.metadata)
        tables = set(inspect(conn).get_table_names())
    engine.dispose()
    assert diffs == []
    assert "sentence_fts" in tables  # the search index comes with the schema


def test_start_up_reads_the_same_revisions_as_alembic() -> None:
    from alembic.script import ScriptDirectory

    from sverka.db.project import head_revision, known_revisions

    cfg = Config()
    cfg.set_main_option("script_location", "sverka.db:migrations")
    script = ScriptDirectory.from_config(cfg)
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}
