"""The team server on PostgreSQL: one database role per annotator, row-level security, and
change notifications so open views refresh when someone else writes.

``team_init`` runs as the database's owner (the URL's user). It creates the schema, a group
role for the team and one for adjudicators (both named after the database, as roles are
cluster-wide), a login role per annotator, and:

- SELECT on everything for the team; writes only where annotators work: ``annotation``,
  ``note``, ``work_session``, ``event``, ``mqm_issue``, ``revision``, and the review mark,
  language and post-edit columns of ``sentence``;
- row-level security on those tables: a row is writable only when its ``annotator_id`` is
  the annotator whose ``db_role`` is the connecting role, or the gold annotator and the role
  is an adjudicator — enforced by policies, and by a trigger that says so in one line
  (``ana may not change the annotation of bob``) instead of a silent no-op;
- a trigger per statement that sends ``NOTIFY sverka_changes`` on every write.

Passwords: Sverka never stores or prints one. ``team_init`` can set an initial password per
role (asked by the CLI, sent once over the connection, hashed by the server); annotators
connect with their own credentials from a libpq service file or ``~/.pgpass``, e.g.
``postgresql+psycopg:///?service=sverka-ana``.
"""

from __future__ import annotations

import re
import select as select_module
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from sverka.db.models import Annotator, Event
from sverka.db.project import Project

CHANNEL = "sverka_changes"
OWNED_TABLES = ("annotation", "note", "work_session", "event", "mqm_issue", "revision")
SENTENCE_COLUMNS = ("reviewed_at", "reviewed_by", "lang_override", "edited")
_ROLE_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class TeamError(Exception):
    """The team cannot be set up as asked; the message is for the user."""


@dataclass(frozen=True)
class TeamRoles:
    team: str  # group role of every annotator
    adjudicators: str


def roles_for(database: str) -> TeamRoles:
    base = re.sub(r"[^a-z0-9_]", "_", database.lower())[:40]
    return TeamRoles(f"{base}_annotators", f"{base}_adjudicators")


def check_role_name(name: str) -> str:
    if not _ROLE_RE.match(name):
        raise TeamError(
            f"annotator {name!r} cannot be a database role: use lower-case letters, digits and _ (at most 63)"
        )
    return name


def _member_sql(group: str) -> str:
    # Direct membership, not pg_has_role: that is true of a superuser for every role, and the
    # owner (often a superuser) must stay unrestricted for imports and set-up.
    return (
        "EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        f"JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = '{group}' AND u.rolname = current_user)"
    )


def _security_sql(roles: TeamRoles) -> list[str]:
    team, adjudicators = _member_sql(roles.team), _member_sql(roles.adjudicators)
    statements = [
        f"""CREATE OR REPLACE FUNCTION sverka_may_write(who varchar) RETURNS boolean
        LANGUAGE sql STABLE AS $$
          SELECT NOT {team}
              OR EXISTS (SELECT 1 FROM annotator a WHERE a.id = who AND a.db_role = current_user)
              OR (EXISTS (SELECT 1 FROM annotator a WHERE a.id = who AND a.kind = 'gold') AND {adjudicators})
        $$""",
        """CREATE OR REPLACE FUNCTION sverka_check_owner() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
          who varchar;
          whose text;
        BEGIN
          who := CASE WHEN TG_OP = 'DELETE' THEN OLD.annotator_id ELSE NEW.annotator_id END;
          IF NOT sverka_may_write(who) OR (TG_OP = 'UPDATE' AND NOT sverka_may_write(OLD.annotator_id)) THEN
            SELECT COALESCE(a.name, 'no annotator') INTO whose FROM annotator a WHERE a.id = who;
            RAISE EXCEPTION '% may not change the % of %', current_user, TG_TABLE_NAME,
              COALESCE(whose, 'no annotator') USING ERRCODE = 'insufficient_privilege';
          END IF;
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END $$""",
        f"""CREATE OR REPLACE FUNCTION sverka_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
          RETURN NULL;
        END $$""",
    ]
    for table in OWNED_TABLES:
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS sverka_read ON {table}",
            f"CREATE POLICY sverka_read ON {table} FOR SELECT USING (true)",
            f"DROP POLICY IF EXISTS sverka_insert ON {table}",
            f"CREATE POLICY sverka_insert ON {table} FOR INSERT WITH CHECK (sverka_may_write(annotator_id))",
            f"DROP POLICY IF EXISTS sverka_update ON {table}",
            f"CREATE POLICY sverka_update ON {table} FOR UPDATE USING (sverka_may_write(annotator_id)) "
            "WITH CHECK (sverka_may_write(annotator_id))",
            # Deletes see every row so that the owner trigger refuses another's row aloud;
            # a policy alone would make the DELETE silently remove nothing.
            f"DROP POLICY IF EXISTS sverka_delete ON {table}",
            f"CREATE POLICY sverka_delete ON {table} FOR DELETE USING (true)",
            f"DROP TRIGGER IF EXISTS sverka_owner ON {table}",
            f"CREATE TRIGGER sverka_owner BEFORE INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION sverka_check_owner()",
        ]
    for table in ("event", "annotation", "note", "sentence", "mqm_issue"):
        statements += [
            f"DROP TRIGGER IF EXISTS sverka_notify ON {table}",
            f"CREATE TRIGGER sverka_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION sverka_notify()",
        ]
    return statements


def _grants_sql(roles: TeamRoles, database: str) -> list[str]:
    owned = ", ".join(OWNED_TABLES)
    columns = ", ".join(SENTENCE_COLUMNS)
    return [
        f'GRANT CONNECT ON DATABASE "{database}" TO {roles.team}',
        f"GRANT USAGE ON SCHEMA public TO {roles.team}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {roles.team}",
        f"GRANT INSERT, UPDATE, DELETE ON {owned} TO {roles.team}",
        f"GRANT UPDATE ({columns}) ON sentence TO {roles.team}",
    ]


def _ensure_role(conn: Connection, name: str, *, login: bool, password: str | None = None) -> bool:
    exists = conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(n)s", {"n": name}).first()
    if not exists:
        conn.exec_driver_sql(f"CREATE ROLE {name} {'LOGIN' if login else 'NOLOGIN'}")
    if password is not None:
        # Utility statements take no bind parameters; a standard SQL literal, never logged.
        conn.exec_driver_sql(f"ALTER ROLE {name} PASSWORD '{password.replace(chr(39), chr(39) * 2)}'")
    return not exists


def _register(session: Session, name: str) -> None:
    found = session.scalar(select(Annotator).where(Annotator.name == name))
    if found is None:
        session.add(Annotator(name=name, kind="person", db_role=name))
    elif found.kind != "person":
        raise TeamError(f"{name!r} is the name of the {found.kind} annotator; choose another")
    else:
        found.db_role = name
    session.flush()


@dataclass
class TeamSetup:
    database: str
    roles: TeamRoles
    annotators: list[str]
    adjudicators: list[str]
    created_roles: list[str]

    def summary(self) -> str:
        made = ", ".join(self.created_roles) or "none (all existed)"
        return (
            f"team database {self.database}: annotators {', '.join(self.annotators)}; "
            f"adjudicators {', '.join(self.adjudicators) or 'none'}; new roles: {made}"
        )


def change_token(session: Session) -> tuple[int, int, int]:
    """A value that changes whenever anyone commits, undoes or redoes an action: poll it
    (every second or two) and refresh the views when it differs from the last one seen.
    Works on a file and a server alike; on a server :func:`listen` avoids the polling."""
    row = session.execute(
        select(
            func.coalesce(func.max(Event.seq), 0),
            func.count(Event.id),
            func.count(Event.id).filter(Event.state == "undone"),
        )
    ).one()
    return int(row[0]), int(row[1]), int(row[2])


def poll_changes(project: Project, last: tuple[int, int, int] | None) -> tuple[bool, tuple[int, int, int]]:
    """(changed since ``last``, the new token) — the GUI's timer calls this."""
    with project.sessions() as session:
        token = change_token(session)
    return token != last, token


def libpq_conninfo(url: str) -> str:
    """The libpq URI of a SQLAlchemy PostgreSQL URL (the driver suffix dropped)."""
    parsed = make_url(url)
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


def listen(url: str, timeout: float = 5.0) -> Iterator[list[str]]:
    """On a team server: yield, after each wait of up to ``timeout`` seconds, the tables
    written by others meanwhile (``[]`` when nothing happened). Runs on its own connection;
    a GUI would run it in a worker thread and refresh on a non-empty batch."""
    import psycopg  # the `team` extra

    with psycopg.connect(libpq_conninfo(url), autocommit=True) as conn:
        conn.execute(f"LISTEN {CHANNEL}")
        while True:
            ready, _, _ = select_module.select([conn.fileno()], [], [], timeout)
            tables: list[str] = []
            if ready:
                tables = [n.payload for n in conn.notifies(timeout=0)]
            yield tables
