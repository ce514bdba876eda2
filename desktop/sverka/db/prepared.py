"""Statements of the hottest write paths, compiled once and run on the raw SQLite connection.

A tag is a key press followed by a durable commit (issue 17: within 1.5x of a raw sqlite3
one-row insert + commit). SQLAlchemy's core execution of an already-cached statement still
costs ~0.1-0.3 ms a statement in Python (execution context, parameter processing, result
wrapping); a tag runs five. :class:`Prepared` compiles a core statement once per dialect and,
on SQLite, hands the compiled SQL and the bound values — converted by the same type
processors SQLAlchemy uses, so the stored bytes are identical — straight to the DBAPI
connection of the session's transaction. Other databases (a team server) run the statement
through SQLAlchemy as before.

Errors keep their meaning: when the raw call fails, the statement is run once more through
SQLAlchemy, whose error handling turns it into what every caller expects (``StorageError``
for a full disk or a read-only file, ``IntegrityError`` for a duplicate, one line each).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any, cast

from sqlalchemy import ClauseElement, Connection, Dialect, Executable, Insert
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler


def _constant(value: Any) -> Callable[[], Any]:
    return lambda: value


@dataclass(frozen=True)
class _Compiled:
    sql: str
    names: tuple[str, ...]  # the positional parameters, in order
    binds: tuple[Callable[[Any], Any] | None, ...]  # each one's bind processor
    defaults: Mapping[str, Callable[[], Any]]  # Python-side column defaults of an INSERT
    results: tuple[Callable[[Any], Any] | None, ...]  # each result column's processor


_CONNECTION = "sverka.prepared.connection"  # session.info key: (transaction, connection, DBAPI connection)


def _connection(session: Session) -> tuple[Connection, sqlite3.Connection | None]:
    """The session transaction's connection, and its DBAPI connection on SQLite (else None).

    Asked once per transaction: ``Session.connection()`` walks the transaction machinery on
    every call, and a tag runs three statements."""
    transaction = session.get_transaction()
    known = session.info.get(_CONNECTION)
    if known is not None and transaction is not None and known[0] is transaction and transaction.is_active:
        return known[1], known[2]
    conn = session.connection()
    raw = cast(sqlite3.Connection, conn.connection.driver_connection) if conn.dialect.name == "sqlite" else None
    session.info[_CONNECTION] = (session.get_transaction(), conn, raw)
    return conn, raw


class Prepared:
    """A core statement run like SQLAlchemy would, minus its per-call Python overhead on SQLite."""

    def __init__(self, statement: Executable) -> None:
        self.statement = statement
        self._compiled: dict[str, _Compiled] = {}

    def _compile(self, dialect: Dialect) -> _Compiled:
        found = self._compiled.get(dialect.name)
        if found is not None:
            return found
        compiled = cast(SQLCompiler, cast(ClauseElement, self.statement).compile(dialect=dialect))
        names = tuple(compiled.positiontup or ())
        processors: Mapping[str, Any] = compiled._bind_processors  # one callable each (no tuple-IN here)
        defaults: dict[str, Callable[[], Any]] = {}
        for name in names:  # values written into the statement itself (e.g. state="done")
            bind = compiled.binds.get(name)
            if bind is not None and not bind.required and bind.callable is None:
                defaults[name] = _constant(bind.effective_value)
        if isinstance(self.statement, Insert):
            for column in self.statement.table.columns:
                default = column.default
                if column.key in names and default is not None and getattr(default, "is_scalar", False):
                    defaults[column.key] = _constant(default.arg)  # type: ignore[attr-defined]
                elif column.key in names and default is not None and getattr(default, "is_callable", False):
                    defaults[column.key] = partial(default.arg, None)  # type: ignore[attr-defined]
        results = tuple(
            column.type.dialect_impl(dialect).result_processor(dialect, None) if hasattr(column, "type") else None
            for column in getattr(self.statement, "selected_columns", ())
        )
        found = _Compiled(compiled.string, names, tuple(processors.get(n) for n in names), defaults, results)
        self._compiled[dialect.name] = found
        return found

    def execute(self, session: Session, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """Run with ``params`` in the session's transaction; the result rows (all fetched)."""
        conn, raw = _connection(session)
        if raw is None:
            return self._through_sqlalchemy(conn, params)
        plan = self._compile(conn.dialect)
        values = []
        for name, bind in zip(plan.names, plan.binds, strict=True):
            value = params[name] if name in params else plan.defaults[name]()
            values.append(bind(value) if bind is not None else value)
        try:
            rows = raw.execute(plan.sql, values).fetchall()
        except sqlite3.Error:
            # Said the way SQLAlchemy says it (StorageError, IntegrityError ...): run it again there.
            return self._through_sqlalchemy(conn, params)
        if not rows or not any(plan.results):
            return rows
        return [tuple(p(v) if p is not None else v for p, v in zip(plan.results, row, strict=False)) for row in rows]

    def _through_sqlalchemy(self, conn: Connection, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        result = conn.execute(self.statement, dict(params))
        # An INSERT or DELETE returns no rows: its result is closed, and iterating it raises.
        return [tuple(row) for row in result] if result.returns_rows else []
