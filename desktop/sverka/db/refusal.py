"""A database's refusal of one write (a team server's row-level security or trigger), told
apart from other errors so front ends can report it as one line and go on."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError


def refusal(exc: BaseException) -> str | None:
    """The server's own first line when ``exc`` is a refusal by the database, else None."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return str(exc.orig).splitlines()[0]
    return None
