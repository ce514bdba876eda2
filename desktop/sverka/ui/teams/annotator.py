"""Who annotates in a window, chosen and remembered per project.

The settings keep one annotator name per project location (file path, or server URL without
its password); a project never opened before takes, on a team server, the person whose
database role opened it, else the name of the Preferences (asked once at first start).
"""

from __future__ import annotations

import hashlib

from sverka.db.project import Project
from sverka.ops.teams import annotators
from sverka.ui import settings
from sverka.ui.qt import QInputDialog, QWidget
from sverka.ui.teams.connect import stored_location


def _key(project: Project) -> str:
    # A digest: a path or URL holds slashes, which QSettings would read as groups.
    digest = hashlib.sha1(stored_location(project).encode("utf-8"), usedforsecurity=False).hexdigest()[:20]
    return f"annotator_of/{digest}"


def remembered(project: Project) -> str | None:
    value = settings.settings().value(_key(project))
    return str(value) if value else None


def remember(project: Project, name: str) -> None:
    settings.put(_key(project), name)


def annotator_for(project: Project, default: str) -> str:
    """This project's annotator: remembered, else the connection's person, else ``default``."""
    name = remembered(project)
    if name:
        return name
    with project.sessions() as session:
        connected = annotators.connected_annotator(session)
    return connected or default


def people(project: Project, gold: bool = False) -> list[str]:
    """The project's people (and with ``gold`` the gold annotator, when there is one)."""
    with project.sessions() as session:
        names = annotators.annotator_names(session)
        if gold and annotators.gold_id(session) is not None:
            names.append(annotators.GOLD)
        return names


def ask(w: QWidget, project: Project, current: str) -> str | None:
    """Team ▸ Annotator…: pick a person of the project or type a new name; None: cancelled."""
    names = people(project)
    if current not in names:
        names.insert(0, current)
    name, ok = QInputDialog.getItem(
        w,
        w.tr("Annotator"),
        w.tr("Who annotates in this project (remembered for it)?"),
        names,
        names.index(current),
        True,
    )
    name = name.strip()
    return name if ok and name else None
