"""A project the user cannot write: opened read-only, with a banner, and no write attempted.

``open_project`` tells why a file cannot be written (``Project.read_only``: the file or its
folder is not writable, a sidecar belongs to someone else). The window then reads everything
as usual — articles, search, names, exports — and the banner over the sentences says so in
plain words; every path that would write (a label key, an undo, an import, a translation, a
session) asks :func:`refusal` first and says "not saved" in the status bar instead of trying.
"""

from __future__ import annotations

from sverka.db.project import Project
from sverka.ui.qt import QLabel, QWidget


def refusal(project: Project | None, w: QWidget) -> str | None:
    """The status-bar line for a write refused up front, or None when ``project`` is writable."""
    if project is None or project.read_only is None:
        return None
    return w.tr("This project is read-only (%1): the change was not saved.").replace("%1", project.read_only)


class ReadOnlyBanner(QLabel):
    """The strip over the sentences while a read-only project is open (hidden otherwise)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setWordWrap(True)
        self.setMargin(6)
        # A fixed warning colour readable in the light and the dark theme alike.
        self.setStyleSheet("#readOnlyBanner { background: #fff3cd; color: #664d03; border-bottom: 1px solid #e0c36b; }")
        self.hide()

    def show_for(self, project: Project | None) -> None:
        if project is None or project.read_only is None:
            self.hide()
            return
        self.setText(
            self.tr(
                "Read-only: %1. You can read, search and export this project; labels, notes and "
                "other changes cannot be saved. Make the file writable and open it again to edit."
            ).replace("%1", project.read_only)
        )
        self.show()
