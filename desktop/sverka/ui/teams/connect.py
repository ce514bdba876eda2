"""Opening a project, with a password prompt for a team server.

An annotator's own credentials open a team server (PostgreSQL). When the URL carries no
password and the server asks for one, the window asks; the password lives in the open
project's URL in memory only — what is written to the settings (last project, window title)
goes through :func:`sverka.db.credentials.without_password` / ``database_name``.
"""

from __future__ import annotations

from pathlib import Path

from sverka.db import credentials
from sverka.db.project import Project, ProjectError, open_project
from sverka.ui.qt import QInputDialog, QLineEdit, QWidget

ATTEMPTS = 3  # wrong passwords before the window gives up (the last refusal is shown)


def wants_password(message: str) -> bool:
    """The server refused for want of a (right) password."""
    text = message.lower()
    return "password" in text and ("authentication failed" in text or "no password" in text)


def ask_password(w: QWidget, url: str, again: bool) -> str | None:
    user = credentials.user_of(url) or "?"
    name = credentials.database_name(url)
    text = w.tr("Password of %1 for the team database %2:").replace("%1", user).replace("%2", name)
    if again:
        text = w.tr("Wrong password. ") + text
    password, ok = QInputDialog.getText(w, w.tr("Team server"), text, QLineEdit.EchoMode.Password)
    return password if ok else None


def open_asking(w: QWidget, target: str | Path, *, create: bool = False) -> Project:
    """:func:`open_project`; on a team server that wants a password, ask for it (up to
    :data:`ATTEMPTS` times). Raises :class:`ProjectError` as ``open_project`` does, also when
    the prompt is cancelled (with the server's refusal)."""
    url = str(target)
    attempt = 0
    while True:
        try:
            return open_project(target, create=create)
        except ProjectError as exc:
            attempt += 1
            if not credentials.is_server_url(url) or not wants_password(str(exc)) or attempt > ATTEMPTS:
                raise
            password = ask_password(w, url, again=attempt > 1)
            if password is None:
                raise
            target = credentials.with_password(credentials.without_password(url), password)


def stored_location(project: Project) -> str:
    """What the settings keep for a project: its file, or its URL without the password."""
    return str(project.path) if project.path is not None else credentials.without_password(project.url)


def title_name(project: Project) -> str:
    """The window title's name: the file name, or the server's database name."""
    return project.path.name if project.path is not None else credentials.database_name(project.url)
