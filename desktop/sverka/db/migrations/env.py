"""Alembic environment: runs on the connection Sverka hands over (see sverka.db.project)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from sverka.db.models import Base
from sverka.db.search import include_name

config = context.config
connection = config.attributes.get("connection")


def _run(conn: object) -> None:
    # Batch mode: SQLite cannot ALTER most things, so tables are recreated.
    context.configure(
        connection=conn,  # type: ignore[arg-type]
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:  # the `alembic` command line, for developers (db/alembic.ini)
    url = config.get_main_option("sqlalchemy.url") or "sqlite:///dev.sverka"
    with create_engine(url).connect() as conn:
        _run(conn)
