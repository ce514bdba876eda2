"""Keeping database passwords out of anything shown to the user or written down.

A team project is opened with a URL such as ``postgresql+psycopg://ana:S3cret@host/db``;
that URL ends up in error messages (ours and the driver's), window titles and logs. Every
message that may contain one goes through :func:`mask_credentials`.
"""

from __future__ import annotations

import re

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
