"""Keeping database passwords out of anything shown to the user or written down.

A team project is opened with a URL such as ``postgresql+psycopg://ana:S3cret@host/db``;
that URL ends up in error messages (ours and the driver's), window titles and logs. Every
message that may contain one goes through :func:`mask_credentials`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

MASK = "***"
# scheme://user:password@ — the password runs to the last '@' before the host part.
_URL_PASSWORD = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.-]*://[^\s/:@]*):(?P<secret>[^\s/]*)@")
# libpq key/value strings and URL query parameters: password=…, password='…'
_KEY_PASSWORD = re.compile(r"(?P<head>\b(?:password|passwd|pwd)\s*=\s*)(?P<secret>'[^']*'|\"[^\"]*\"|[^\s&;]+)", re.I)
_BACKGROUND = re.compile(r"\s*\(Background on this error at: [^)]*\)")


def mask_credentials(text: str) -> str:
    """``text`` with every URL password and ``password=`` value replaced by ``***``."""
    text = _URL_PASSWORD.sub(lambda m: f"{m['head']}:{MASK}@", text)
    return _KEY_PASSWORD.sub(lambda m: f"{m['head']}{MASK}", text)


def one_line(text: str) -> str:
    """A driver's multi-line error as one masked line (SQLAlchemy's help link dropped)."""
    return " ".join(mask_credentials(_BACKGROUND.sub("", text)).split())


def _url(text: str) -> URL | None:
    # SQLAlchemy on first use: every CLI error goes through this module, and `sverka --help`
    # must not pay for it (cli/main.py's start-up rule).
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(text)
    except ArgumentError:
        return None


def without_password(url: str) -> str:
    """``url`` with its password dropped (what may be written to settings or recent lists);
    a file path, or anything that is not a URL, comes back as it was."""
    parsed = _url(url) if "://" in url else None
    if parsed is None or parsed.password is None:
        return url
    return parsed._replace(password=None).render_as_string(hide_password=False)  # set() takes None as "keep"


def with_password(url: str, password: str) -> str:
    """``url`` with ``password`` for its user (kept in memory only, never stored)."""
    parsed = _url(url)
    if parsed is None:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)


def is_server_url(url: str) -> bool:
    """A PostgreSQL URL (a team server), not a project file."""
    parsed = _url(url) if "://" in url else None
    return parsed is not None and parsed.drivername.startswith("postgresql")


def user_of(url: str) -> str | None:
    parsed = _url(url) if "://" in url else None
    return parsed.username if parsed is not None else None


def database_name(url: str) -> str:
    """What to call a server project in a window title: its database name (or the libpq
    service that names it), never the user, password or host."""
    parsed = _url(url) if "://" in url else None
    if parsed is None:
        return url
    if parsed.database:
        return parsed.database
    service = parsed.query.get("service")
    return str(service if isinstance(service, str) else (service or ["team server"])[0])
