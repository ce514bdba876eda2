"""Schema 0003 on a team server: a PostgreSQL database at 0002 upgrades (the two indexes; the
full-text index is SQLite's own) and lists and searches its articles as before.

Marked `postgres`; the test starts its own server (scripts/setup.sh installs PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect

from support.pair import write_pairs
from support.postgres import database
from sverka.db.project import head_revision, open_project
from sverka.ops.ingest.importer import Importer
from sverka.ops.views.article_list import ArticleFilter, article_ids, project_languages
from sverka.ops.views.search_hits import find_hits

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    with database("upgrade") as url:
        yield url


def test_an_0002_server_database_upgrades_and_searches(pg_url: str, tmp_path: Path) -> None:
    engine = create_engine(pg_url)
    cfg = Config()
    cfg.set_main_option("script_location", "sverka.db:migrations")
    with engine.begin() as conn:  # a team database made by the release before this one
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.exec_driver_sql("INSERT INTO project_info(key, value) VALUES ('project_id', 'pg-0002')")
    engine.dispose()

    project = open_project(pg_url)  # upgrades 0002 -> head
    try:
        with project.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
            inspector = inspect(conn)
            assert "ix_text_lang" in {i["name"] for i in inspector.get_indexes("text")}
            assert "ix_article_order" in {i["name"] for i in inspector.get_indexes("article")}
            assert not any(name.startswith("sentence_fts") for name in inspector.get_table_names())
        Importer(project).import_paths([write_pairs(tmp_path / "in", 3)])
        with project.sessions() as session:
            assert sorted(project_languages(session)) == ["en", "ru"]
            listed = article_ids(session, ArticleFilter("Almaty"))
            assert len(listed) == 3 == len(article_ids(session))
            hits = find_hits(session, "Almaty", listed)
            assert hits and {h.article_id for h in hits} == set(listed)
    finally:
        project.close()
