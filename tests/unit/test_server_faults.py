"""Team-server faults in one line: which sentence each failure of a PostgreSQL login or
connection gets (the postgres-marked suites meet them on a real server)."""

from __future__ import annotations

import psycopg
import pytest

from sverka.db.faults import server_problem


class _Stated(Exception):
    def __init__(self, message: str, sqlstate: str) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (
            psycopg.OperationalError('connection failed: FATAL:  password authentication failed for user "u"'),
            "refused the password",
        ),
        (psycopg.OperationalError("connection failed: fe_sendauth: no password supplied"), "wants a password"),
        (psycopg.OperationalError('connection failed: FATAL:  database "x" does not exist'), "no such database"),
        (psycopg.OperationalError('connection failed: FATAL:  role "x" does not exist'), "no such user"),
        (psycopg.OperationalError("connection failed: Connection refused\nIs the server running?"), "cannot reach"),
        (psycopg.OperationalError("connection is bad: No such file or directory"), "cannot reach"),
        (_Stated("permission denied for table article", "42501"), "no permission"),
        (_Stated("terminating connection due to administrator command", "57P01"), "shut down"),
        (_Stated("server closed the connection", "08006"), "cannot reach"),
    ],
)
def test_server_faults_get_one_clear_line(exc: BaseException, expected: str) -> None:
    line = server_problem(exc, "team")
    assert line is not None and line.startswith("team: ") and expected in line and "\n" not in line


def test_other_errors_are_not_server_faults() -> None:
    assert server_problem(ValueError("nope"), "team") is None
    assert server_problem(_Stated("duplicate key", "23505"), "team") is None
