"""Setting up a team server: the project's schema and default labels (workflows.project),
then the team's roles and row-level security (ops.teams.server)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.engine import make_url

from sverka.db.project import open_project
from sverka.ops.teams.annotators import gold_annotator
from sverka.ops.teams.server import (
    TeamError,
    TeamSetup,
    _ensure_role,
    _grants_sql,
    _register,
    _security_sql,
    check_role_name,
    roles_for,
)
from sverka.ops.workflows.project import initialise


def team_init(
    url: str,
    annotators: Sequence[str],
    adjudicators: Sequence[str] = (),
    passwords: dict[str, str] | None = None,
) -> TeamSetup:
    """Create (or bring up to date) the team database at ``url``; re-running adds people."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("postgresql"):
        raise TeamError(f"{url}: a team server is a PostgreSQL URL (postgresql+psycopg://…)")
    database = parsed.database or ""
    if not database:
        raise TeamError(f"{parsed.render_as_string()}: the URL names no database")
    people = list(dict.fromkeys([*annotators, *adjudicators]))
    if not people:
        raise TeamError("name at least one --annotator")
    for name in people:
        check_role_name(name)
    roles = roles_for(database)
    project = open_project(url, create=True)
    try:
        initialise(project)
        created = []
        with project.engine.begin() as conn:
            _ensure_role(conn, roles.team, login=False)
            _ensure_role(conn, roles.adjudicators, login=False)
            for name in people:
                if _ensure_role(conn, name, login=True, password=(passwords or {}).get(name)):
                    created.append(name)
                conn.exec_driver_sql(f"GRANT {roles.team} TO {name}")
            for name in adjudicators:
                conn.exec_driver_sql(f"GRANT {roles.adjudicators} TO {name}")
            # On the DB-API cursor without parameters: the functions' RAISE uses % itself.
            cursor = conn.connection.cursor()
            for statement in [*_grants_sql(roles, database), *_security_sql(roles)]:
                cursor.execute(statement)
            cursor.close()
        with project.transaction() as session:
            for name in people:
                _register(session, name)
            gold_annotator(session)
    finally:
        project.close()
    return TeamSetup(database, roles, list(annotators), list(adjudicators), created)
