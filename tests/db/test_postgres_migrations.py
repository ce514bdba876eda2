"""The schema migrations run on PostgreSQL too (team mode), from an older revision to the head."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from support.postgres import database
from sverka.db.models import Base
from sverka.db.search import include_name

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    with database("migrations") as url:
        yield url


def test_an_0002_team_database_upgrades_to_the_models(pg_url: str) -> None:
    engine = create_engine(pg_url)
    cfg = Config()
    cfg.set_main_option("script_location", "sverka.db:migrations")
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0002")
        with engine.connect() as conn:
            assert "ix_annotation_sentence_id" in {i["name"] for i in inspect(conn).get_indexes("annotation")}
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with engine.connect() as conn:
            indexes = {i["name"] for i in inspect(conn).get_indexes("annotation")}
            context = MigrationContext.configure(conn, opts={"include_name": include_name})
            diffs = compare_metadata(context, Base.metadata)
        assert "ix_annotation_sentence_id" not in indexes
        assert diffs == []
    finally:
        engine.dispose()
